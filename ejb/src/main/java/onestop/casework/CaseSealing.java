package onestop.casework;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import onestop.casework.CaseEnums.DocumentKind;
import onestop.documents.ContentTypes;
import onestop.documents.DocumentInfo;
import onestop.documents.DocumentStore;
import onestop.seal.SealRequest;
import onestop.seal.SealService;
import onestop.seal.SealedDocument;

import java.time.Instant;
import java.util.Locale;

/**
 * What a case sends out under its department's licensing seal (行政許可專用章). A notice is sealed
 * whenever the department has a seal in force, by the person acting, who must be one allowed to
 * apply it: otherwise {@code seal.notAuthorised} rolls the whole action back. A notice goes out
 * unsealed only when the department has no seal in force, or when no person acts (the deemed
 * acceptance of 行政許可法 第32條, made by the hourly job: nobody applies a seal for it). The case
 * document says which it is ({@link CaseDocument#getSealUseId()}). Joins the caller's transaction.
 */
@Stateless
@PermitAll
public class CaseSealing {
    @PersistenceContext
    private EntityManager em;

    @EJB
    private SealService seals;

    @EJB
    private DocumentStore documents;

    /** Seals (or, as above, stores unsealed) a notice of the case and adds it to the case's documents. */
    public void notice(CaseFile c, DocumentKind kind, CaseNotices.Notice notice, String actor, Instant now) {
        if (!CaseService.SYSTEM.equals(actor) && seals.hasActiveSeal(c.getDepartmentCode())) {
            SealedDocument sealed = seals.seal(new SealRequest(c.getDepartmentCode(), notice.pdf(), notice.placement(),
                    c.getNumber(), sealKind(kind)));
            add(c, kind, sealed.sha256(), sealed.pdf().length, sealed.sealUseId(), actor, now);
        } else {
            DocumentInfo stored = documents.store(notice.pdf(), ContentTypes.PDF);
            add(c, kind, stored.sha256(), stored.sizeBytes(), null, actor, now);
        }
    }

    private void add(CaseFile c, DocumentKind kind, String sha256, long size, Long sealUseId, String actor, Instant now) {
        if (c.getId() == null) {
            em.flush();
        }
        em.persist(new CaseDocument(c.getId(), null, kind, sha256, ContentTypes.PDF, fileName(c, kind), size, now, actor,
                sealUseId));
    }

    private static String fileName(CaseFile c, DocumentKind kind) {
        return c.getNumber() + "-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".pdf";
    }

    /** The document kind the seal's usage log records (the decision letter is a notice too). */
    static String sealKind(DocumentKind kind) {
        return kind == DocumentKind.DECISION ? "DECISION_NOTICE" : kind.name();
    }
}
