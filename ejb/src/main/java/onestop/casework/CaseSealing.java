package onestop.casework;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import onestop.indexing.DocumentText;
import onestop.casework.CaseEnums.Decision;
import onestop.casework.CaseEnums.DocumentKind;
import onestop.catalog.ItemCatalog;
import onestop.documents.ContentTypes;
import onestop.documents.DocumentInfo;
import onestop.documents.DocumentStore;
import onestop.seal.LicenseRequest;
import onestop.seal.LicenseService;
import onestop.seal.SealRequest;
import onestop.seal.SealService;
import onestop.seal.SealViews.LicenseView;
import onestop.seal.SealedDocument;

import java.time.Instant;
import java.util.Locale;

/**
 * What a case sends out under its department's licensing seal (行政許可專用章): its notices, and
 * the license of an approved case whose item yields one ({@link LicenseTerms}). A notice is sealed
 * whenever the department has a seal in force, by the person acting, who must be one allowed to
 * apply it: otherwise {@code seal.notAuthorised} rolls the whole action back. A notice goes out
 * unsealed only when the department has no seal in force, or when no person acts (the deemed
 * acceptance of 行政許可法 第32條, made by the hourly job: nobody applies a seal for it). The case
 * document says which it is ({@link CaseDocument#getSealUseId()}). The license is issued, sealed, at
 * the issue step, once per case: its number is kept on the case, and an issue that finds it there
 * issues nothing new. Joins the caller's transaction.
 */
@Stateless
@PermitAll
public class CaseSealing {
    @PersistenceContext
    private EntityManager em;

    @EJB
    private SealService seals;

    @EJB
    private LicenseService licenses;

    @EJB
    private DocumentStore documents;

    @EJB
    private ItemCatalog catalog;

    @Inject
    private Event<CaseDocumentAdded> documentAdded;

    /** Seals (or, as above, stores unsealed) a notice of the case and adds it to the case's documents. */
    public void notice(CaseFile c, DocumentKind kind, CaseNotices.Notice notice, String actor, Instant now) {
        if (!CaseService.SYSTEM.equals(actor) && seals.hasActiveSeal(c.getDepartmentCode())) {
            SealedDocument sealed = seals.seal(new SealRequest(c.getDepartmentCode(), notice.pdf(), notice.placement(),
                    c.getNumber(), sealKind(kind)));
            DocumentText.written(sealed.sha256(), notice.text(), notice.pages());
            add(c, kind, sealed.sha256(), sealed.pdf().length, sealed.sealUseId(), actor, now);
        } else {
            DocumentInfo stored = documents.store(notice.pdf(), ContentTypes.PDF);
            DocumentText.written(stored.sha256(), notice.text(), notice.pages());
            add(c, kind, stored.sha256(), stored.sizeBytes(), null, actor, now);
        }
    }

    /** Whether an approval of the case yields a license: by the type of its item version and its handling. */
    public boolean yieldsLicense(CaseFile c) {
        return LicenseTerms.yieldsLicense(catalog.typeOf(c.getItemCode(), c.getItemVersion()), c.getMode());
    }

    /**
     * At the issue step: issues the license of an approved case whose item yields one, sealed by
     * the person issuing, and adds it to the case's documents. Nothing when the case has its license
     * already (a retried issue keeps the number), was denied, or its item yields none.
     */
    public void license(CaseFile c, String actor, Instant now) {
        if (c.getDecision() != Decision.APPROVED || c.getLicenseNumber() != null || !yieldsLicense(c)) {
            return;
        }
        LicenseView issued = licenses.issue(new LicenseRequest(c.getDepartmentCode(), c.getItemCode(), c.getNumber(),
                c.getApplicant().name(), c.getApplicant().identifier(),
                LicenseTerms.scope(c.getItemName(), c.getLicenseScope()), c.getDecidedOn(), c.getLicenseValidUntil(),
                LicenseTerms.title(c.getItemName())));
        c.licensed(issued.number());
        add(c, DocumentKind.LICENSE, issued.documentSha256(), documents.info(issued.documentSha256()).sizeBytes(),
                issued.sealUseId(), actor, now);
    }

    private void add(CaseFile c, DocumentKind kind, String sha256, long size, Long sealUseId, String actor, Instant now) {
        if (c.getId() == null) {
            em.flush();
        }
        record(new CaseDocument(c.getId(), null, kind, sha256, ContentTypes.PDF, fileName(c, kind), size, now, actor,
                sealUseId));
    }

    /** Adds a document to its case and announces it (the search index takes it from there). */
    public void record(CaseDocument document) {
        em.persist(document);
        documentAdded.fire(new CaseDocumentAdded(document.getCaseId(), document.getId()));
    }

    private static String fileName(CaseFile c, DocumentKind kind) {
        return c.getNumber() + "-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".pdf";
    }

    /** The document kind the seal's usage log records (the decision letter is a notice too). */
    static String sealKind(DocumentKind kind) {
        return kind == DocumentKind.DECISION ? "DECISION_NOTICE" : kind.name();
    }
}
