package onestop.casework;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import onestop.documents.ContentTypes;
import onestop.documents.DocumentStore;
import onestop.indexing.DocumentText;
import onestop.indexing.HitContext;
import onestop.indexing.IndexSource;
import onestop.search.IndexedDocument;
import onestop.seal.License;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The licenses issued for cases, as documents of their case in the search index
 * ({@code license:<id>}): the sealed PDF's text, titled with the license's number and title. A
 * license that names no case (or an unknown one) is not indexed.
 *
 * <p>Seen by the departments that may read both the case and the license: the issuing department
 * when it is one of the case's ({@code LicenseService} shows a license to its own department only),
 * and by those who see everything.
 */
@ApplicationScoped
public class LicenseIndexSource implements IndexSource {
    public static final String KIND = "license";

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
        License l = key == null ? null : em.find(License.class, key);
        if (l == null || l.getCaseNumber() == null) {
            return Optional.empty();
        }
        Optional<CaseFile> found = em.createNamedQuery("CaseFile.byNumber", CaseFile.class)
                .setParameter("number", l.getCaseNumber().strip().toUpperCase(Locale.ROOT)).getResultStream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        CaseFile c = found.get();
        Set<String> departments = new LinkedHashSet<>(CaseIndexFields.departments(c));
        departments.retainAll(Set.of(l.getDepartment().getCode()));
        DocumentText.Result text = DocumentText.standard().extract(store, l.getDocumentSha256(), ContentTypes.PDF);
        return Optional.of(CaseIndexFields.document(documentId(id), l.getIssuedAt(), c, departments,
                "證照 " + l.getNumber() + " · " + l.getTitle(), text));
    }

    @Override
    public List<String> ids(String after, int limit) {
        return CaseIndexFields.idsAfter(em, "select l.id from License l where l.caseNumber is not null and l.id > :after"
                + " order by l.id", after, limit);
    }

    @Override
    public Map<String, HitContext> contexts(Collection<String> ids) {
        Map<String, HitContext> out = new LinkedHashMap<>();
        CaseIndexFields.contexts(em, "select l.id, " + CaseIndexFields.CONTEXT_COLUMNS
                        + ", l.id, 'LICENSE', l.number from License l, CaseFile c where c.number = upper(l.caseNumber)"
                        + " and l.id in :ids", CaseIndexFields.numeric(ids))
                .forEach((id, h) -> out.put(id, new HitContext(h.caseNumber(), h.itemCode(), h.itemName(), h.applicant(),
                        h.status(), null, h.documentKind(), h.documentName())));
        return out;
    }

    /** The licenses issued for a case, for re-indexing when the case's departments change. */
    List<String> idsOfCase(String caseNumber) {
        return em.createQuery("select l.id from License l where upper(l.caseNumber) = :number", Long.class)
                .setParameter("number", caseNumber).getResultStream().map(String::valueOf).toList();
    }
}
