package onestop.casework;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import onestop.casework.CaseEnums.Decision;
import onestop.casework.CaseEnums.DocumentKind;
import onestop.documents.DocumentStore;
import onestop.indexing.DocumentText;
import onestop.indexing.HitContext;
import onestop.indexing.IndexSource;
import onestop.search.IndexedDocument;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The documents of cases in the search index, one entry each ({@code document:<id>}), beside the
 * case's own entry: the notices the case produced and the uploaded scans. Text comes from
 * {@link DocumentText} under its limits; an image (or a PDF without text) is indexed by its
 * metadata only: what it is, the material it was handed in for, its file name. The entry's status
 * says whether the text is there ({@code TEXT}) or why not ({@code TEXT_IMAGE}, {@code TEXT_ENCRYPTED}, ...).
 *
 * <p>An entry carries its case's number, item, applicant and departments ({@link CaseIndexFields}),
 * so {@code applicant:… 北側樓梯} finds the document of that applicant's case that mentions the
 * staircase, and the same people see it as see the case. Documents never change; an entry is
 * written when the document is added and again when the case gains joint departments.
 */
@ApplicationScoped
public class CaseDocumentIndexSource implements IndexSource {
    public static final String KIND = "document";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private DocumentStore store;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<IndexedDocument> load(String id) {
        Long key = CaseIndexFields.numeric(id);
        CaseDocument d = key == null ? null : em.find(CaseDocument.class, key);
        CaseFile c = d == null ? null : em.find(CaseFile.class, d.getCaseId());
        if (c == null || d.getKind() == DocumentKind.LICENSE) {
            return Optional.empty();            // a license is indexed as such (LicenseIndexSource), with its own scope
        }
        DocumentText.Result text = DocumentText.standard().extract(store, d.getSha256(), d.getContentType());
        return Optional.of(CaseIndexFields.document(documentId(id), d.getAddedAt(), c, CaseIndexFields.departments(c),
                title(d, c), text));
    }

    @Override
    public List<String> ids(String after, int limit) {
        return CaseIndexFields.idsAfter(em, "select d.id from CaseDocument d where d.id > :after"
                + " and d.kind <> onestop.casework.CaseEnums.DocumentKind.LICENSE order by d.id", after, limit);
    }

    @Override
    public Map<String, HitContext> contexts(Collection<String> ids) {
        return CaseIndexFields.contexts(em, "select d.id, " + CaseIndexFields.CONTEXT_COLUMNS
                + ", d.id, d.kind, d.fileName from CaseDocument d, CaseFile c where c.id = d.caseId and d.id in :ids",
                CaseIndexFields.numeric(ids));
    }

    /** What the document is, then its file name: {@code 受理通知書 · SCJ-2026-000001-acceptance-notice.pdf}. */
    static String title(CaseDocument d, CaseFile c) {
        String what = switch (d.getKind()) {
            case SCAN -> c.getMaterials().stream()
                    .filter(m -> d.getMaterialPosition() != null && m.getPosition() == d.getMaterialPosition())
                    .map(CaseMaterial::getName).findFirst().orElse("申請材料");
            case ACCEPTANCE_NOTICE -> "受理通知書";
            case REFUSAL_NOTICE -> "不予受理通知書";
            case CORRECTION_NOTICE -> "補正材料通知書";
            case DECISION -> c.getDecision() == Decision.DENIED ? "不予行政許可決定書" : "准予行政許可決定書";
            case LICENSE -> "證照";
        };
        return what + " · " + d.getFileName();
    }

    /** Every document of a case, for re-indexing when the case's departments change. */
    List<String> idsOfCase(long caseId) {
        return em.createQuery("select d.id from CaseDocument d where d.caseId = :id", Long.class)
                .setParameter("id", caseId).getResultStream().map(String::valueOf).toList();
    }
}
