package onestop.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Queries over items and their versions; joins the caller's transaction. */
@ApplicationScoped
public class CatalogRepository {
    @PersistenceContext
    private EntityManager em;

    public Optional<ServiceItem> item(String code) {
        return em.createNamedQuery("ServiceItem.byCode", ServiceItem.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    public List<ServiceItemVersion> versions(ServiceItem item) {
        return em.createNamedQuery("ServiceItemVersion.ofItem", ServiceItemVersion.class)
                .setParameter("item", item).getResultList();
    }

    /** The draft or in-review version of an item, if someone is working on one. */
    public Optional<ServiceItemVersion> open(ServiceItem item) {
        return em.createNamedQuery("ServiceItemVersion.open", ServiceItemVersion.class)
                .setParameter("item", item).getResultStream().findFirst();
    }

    public List<ServiceItemVersion> published(ServiceItem item) {
        return em.createNamedQuery("ServiceItemVersion.published", ServiceItemVersion.class)
                .setParameter("item", item).getResultList();
    }

    /** The published version in effect on a day. */
    public Optional<ServiceItemVersion> inEffect(ServiceItem item, LocalDate day) {
        return published(item).stream().filter(v -> !v.getEffectiveDate().isAfter(day)).findFirst();
    }

    /** Every item's version in effect on a day, by item code. */
    public List<ServiceItemVersion> allInEffect(LocalDate day) {
        return em.createNamedQuery("ServiceItemVersion.inEffect", ServiceItemVersion.class)
                .setParameter("day", day).getResultList();
    }

    public List<ServiceItem> items() {
        return em.createQuery("select i from ServiceItem i order by i.code", ServiceItem.class).getResultList();
    }

    public List<ServiceItemVersion> openVersions() {
        return em.createQuery("select v from ServiceItemVersion v join fetch v.item where v.status <> "
                + "onestop.catalog.VersionStatus.PUBLISHED", ServiceItemVersion.class).getResultList();
    }

    public List<ServiceItemVersion> inBatch(String batch) {
        return em.createQuery("select v from ServiceItemVersion v join fetch v.item where v.importBatch = :batch "
                + "and v.status = onestop.catalog.VersionStatus.IN_REVIEW order by v.id", ServiceItemVersion.class)
                .setParameter("batch", batch).getResultList();
    }

    public List<FeeCancellation> feeCancellations(ServiceItem item) {
        return em.createNamedQuery("FeeCancellation.ofItem", FeeCancellation.class).setParameter("item", item)
                .getResultList();
    }

    public int nextNumber(ServiceItem item) {
        Integer max = em.createQuery("select max(v.number) from ServiceItemVersion v where v.item = :item", Integer.class)
                .setParameter("item", item).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    /**
     * The whole catalog in three queries, for imports: items by code, the open (draft or
     * review) version and the latest published version of each item, by item id. Switches the
     * persistence context to flush at commit, so that the lookups of a large import do not flush
     * (and dirty-check) thousands of pending entities each time.
     */
    public Snapshot snapshot() {
        em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
        java.util.Map<String, ServiceItem> items = new java.util.HashMap<>();
        items().forEach(i -> items.put(i.getCode(), i));
        java.util.Map<Long, ServiceItemVersion> open = new java.util.HashMap<>();
        openVersions().forEach(v -> open.put(v.getItem().getId(), v));
        java.util.Map<Long, ServiceItemVersion> latest = new java.util.HashMap<>();
        em.createQuery("select v from ServiceItemVersion v where v.status = onestop.catalog.VersionStatus.PUBLISHED",
                ServiceItemVersion.class).getResultList().forEach(v -> latest.merge(v.getItem().getId(), v,
                (a, b) -> a.getNumber() >= b.getNumber() ? a : b));
        return new Snapshot(items, open, latest);
    }

    /** See {@link #snapshot()}. */
    public record Snapshot(java.util.Map<String, ServiceItem> items, java.util.Map<Long, ServiceItemVersion> open,
                           java.util.Map<Long, ServiceItemVersion> latestPublished) {
    }

    public void persist(Object entity) {
        em.persist(entity);
    }
}
