package onestop.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import onestop.indexing.IndexSource;
import onestop.indexing.IndexingOutbox;
import onestop.search.DocumentType;
import onestop.search.IndexedDocument;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The item guides in the search index: every published version of every item, one document each
 * ({@code item:<version id>}). Only the version in effect today of an item that is not cancelled
 * is {@code visibleToPublic}; the others stay findable by staff, marked by status:
 * {@value #CURRENT}, {@value #SUPERSEDED}, {@value #SCHEDULED} (in effect from a later date) or
 * {@value #CANCELLED}.
 *
 * <p>Which version is current changes with publications, cancellations and the calendar (an
 * effective date arriving), so every such event re-indexes all published versions of the item:
 * {@link #enqueueItem}. The indexing worker calls {@link #announceChangesOn} daily.
 */
@ApplicationScoped
public class ItemGuideSource implements IndexSource {
    public static final String KIND = "item";
    public static final String CURRENT = "CURRENT";
    public static final String SUPERSEDED = "SUPERSEDED";
    public static final String SCHEDULED = "SCHEDULED";
    public static final String CANCELLED = "CANCELLED";

    @PersistenceContext
    private EntityManager em;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<IndexedDocument> load(String id) {
        long versionId;
        try {
            versionId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        ServiceItemVersion v = em.find(ServiceItemVersion.class, versionId);
        if (v == null || v.getStatus() != VersionStatus.PUBLISHED) {
            return Optional.empty();
        }
        return Optional.of(document(v, onestop.common.CenterTime.today()));
    }

    @Override
    public List<String> ids(String after, int limit) {
        long from = after == null ? 0 : Long.parseLong(after);
        return em.createQuery("select v.id from ServiceItemVersion v where v.status = onestop.catalog.VersionStatus.PUBLISHED "
                        + "and v.id > :after order by v.id", Long.class)
                .setParameter("after", from).setMaxResults(limit).getResultList()
                .stream().map(String::valueOf).toList();
    }

    IndexedDocument document(ServiceItemVersion v, LocalDate today) {
        ServiceItem item = v.getItem();
        ItemContent c = v.content();
        String status = status(v, item, today);
        Set<String> departments = new LinkedHashSet<>();
        departments.add(c.departmentCode());
        departments.addAll(c.coDepartments());
        return IndexedDocument.builder(documentId(String.valueOf(v.getId())), DocumentType.ITEM,
                        (v.getPublishedAt() != null ? v.getPublishedAt() : v.getEditedAt()))
                .number(item.getCode())
                .item(item.getCode())
                .departments(departments)
                .hall(c.hallCode())
                .status(status)
                .title(c.name())
                .itemName(c.name())
                .body(body(c))
                .visibleToPublic(CURRENT.equals(status))
                .build();
    }

    private String status(ServiceItemVersion v, ServiceItem item, LocalDate today) {
        if (item.isCancelledOn(today)) {
            return CANCELLED;
        }
        if (v.getEffectiveDate() != null && v.getEffectiveDate().isAfter(today)) {
            return SCHEDULED;
        }
        Integer current = em.createQuery("select max(w.number) from ServiceItemVersion w where w.item = :item "
                        + "and w.status = onestop.catalog.VersionStatus.PUBLISHED and w.effectiveDate <= :day", Integer.class)
                .setParameter("item", item).setParameter("day", today).getSingleResult();
        return current != null && current.equals(v.getNumber()) ? CURRENT : SUPERSEDED;
    }

    /** The searchable text of a guide: the seven disclosures, one paragraph each. */
    static String body(ItemContent c) {
        StringBuilder b = new StringBuilder(2048);
        line(b, c.approvalContent());
        line(b, c.legalBasis());
        for (ProcedureStep s : c.procedure()) {
            line(b, s.name());
        }
        for (RequiredMaterial m : c.materials()) {
            line(b, m.name());
            line(b, m.notes());
        }
        for (FeeItem f : c.fees()) {
            line(b, f.name());
            line(b, f.rule());
            line(b, f.legalBasis());
        }
        line(b, c.preferentialPolicy());
        line(b, c.complaintChannels());
        line(b, c.supervisingDepartment());
        return b.toString().strip();
    }

    private static void line(StringBuilder b, String text) {
        if (text != null && !text.isBlank()) {
            b.append(text.strip()).append('\n');
        }
    }

    /** Announces every published version of these items (their visibility may have changed). */
    void enqueueItem(IndexingOutbox outbox, Collection<ServiceItem> items) {
        if (items.isEmpty()) {
            return;
        }
        List<Long> ids = em.createQuery("select v.id from ServiceItemVersion v where v.item in :items "
                        + "and v.status = onestop.catalog.VersionStatus.PUBLISHED", Long.class)
                .setParameter("items", items).getResultList();
        outbox.enqueueAll(KIND, ids.stream().map(String::valueOf).toList());
    }

    /**
     * Announces the items whose current version changes on one of the days {@code from..to}: a version
     * takes effect or the item's cancellation does. Called daily by the worker (and at start, for
     * days the server was down).
     */
    @Override
    public void announceChangesOn(IndexingOutbox outbox, LocalDate from, LocalDate to) {
        List<ServiceItem> items = em.createQuery("select distinct v.item from ServiceItemVersion v "
                        + "where v.status = onestop.catalog.VersionStatus.PUBLISHED and v.effectiveDate between :from and :to", ServiceItem.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        List<ServiceItem> cancelled = em.createQuery("select i from ServiceItem i where i.cancelEffective between :from and :to",
                        ServiceItem.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        Set<ServiceItem> all = new LinkedHashSet<>(items);
        all.addAll(cancelled);
        enqueueItem(outbox, all);
    }
}
