package onestop.casework;

import jakarta.persistence.EntityManager;
import onestop.indexing.DocumentText;
import onestop.indexing.HitContext;
import onestop.search.DocumentType;
import onestop.search.IndexedDocument;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the index entries of a case and of its documents take from the case: its number, item,
 * applicant and hall, and the departments whose staff may see it. The departments follow
 * {@link CaseAccess#mayRead}: the case's own department and every department a joint task was
 * opened for (they join at acceptance, so the case's documents are re-indexed then).
 */
final class CaseIndexFields {
    /** The columns of {@link #contexts}' queries, in {@link #context}'s order, for a case aliased {@code c}. */
    static final String CONTEXT_COLUMNS = "c.number, c.itemCode, c.itemName, c.applicant.name, c.status";

    private CaseIndexFields() {
    }

    static Set<String> departments(CaseFile c) {
        Set<String> departments = new LinkedHashSet<>();
        departments.add(c.getDepartmentCode());
        c.getJointTasks().forEach(t -> departments.add(t.getDepartmentCode()));
        return departments;
    }

    /** An entry with the case's fields set; the caller adds title, status and body. */
    static IndexedDocument.Builder entry(String id, DocumentType type, Instant date, CaseFile c) {
        return IndexedDocument.builder(id, type, date)
                .number(c.getNumber())
                .item(c.getItemCode())
                .departments(departments(c))
                .hall(c.getHallCode())
                .applicantId(c.getApplicant().identifier())
                .itemName(c.getItemName())
                .applicantName(c.getApplicant().name())
                .visibleToPublic(false);
    }

    /** The entry of a document of the case: its text, or its metadata only when it has none (the status says why). */
    static IndexedDocument document(String id, Instant date, CaseFile c, Set<String> departments, String title,
                                    DocumentText.Result text) {
        return entry(id, DocumentType.DOCUMENT, date, c)
                .departments(departments)
                .title(title)
                .status(text.indexStatus())
                .body(text.text())
                .build();
    }

    /** A page of entity ids for a rebuild: {@code jpql} selects ids greater than {@code :after}, in order. */
    static List<String> idsAfter(EntityManager em, String jpql, String after, int limit) {
        return em.createQuery(jpql, Long.class)
                .setParameter("after", after == null ? 0L : Long.parseLong(after)).setMaxResults(limit)
                .getResultStream().map(String::valueOf).toList();
    }

    /**
     * Runs a query whose first column is the entity id and whose next columns are
     * {@link #CONTEXT_COLUMNS}, then, for documents, the document's id, kind and name.
     */
    static Map<String, HitContext> contexts(EntityManager em, String jpql, Collection<Long> ids) {
        Map<String, HitContext> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<Object[]> rows = em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList();
        for (Object[] r : rows) {
            boolean document = r.length > 6;
            out.put(String.valueOf(r[0]), new HitContext((String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    ((CaseStatus) r[5]).name(), document ? (Long) r[6] : null,
                    document ? String.valueOf(r[7]) : null, document ? (String) r[8] : null));
        }
        return out;
    }

    /** Entity ids of an index source as numbers; anything else cannot be one of them. */
    static List<Long> numeric(Collection<String> ids) {
        return ids.stream().filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf).toList();
    }

    /** One entity id as a number, or null when it cannot be one. */
    static Long numeric(String id) {
        List<Long> one = numeric(List.of(id));
        return one.isEmpty() ? null : one.get(0);
    }
}
