package onestop.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import onestop.catalog.CatalogViews.Cancellation;
import onestop.catalog.CatalogViews.FieldChange;
import onestop.catalog.CatalogViews.ItemGuide;
import onestop.catalog.CatalogViews.ItemSummary;
import onestop.catalog.CatalogViews.VersionView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The published catalog, for everyone: the version of each item in effect today, its guide, its
 * history and what changed between versions. Nothing here shows drafts.
 */
@Stateless
@PermitAll
public class ItemCatalog {
    @Inject
    private CatalogRepository catalog;

    @PersistenceContext
    private EntityManager em;

    /** Items in effect today, filtered by hall, department and a text in the name or code. */
    public List<ItemSummary> current(String hall, String department, String text, boolean includeCancelled) {
        LocalDate today = onestop.common.CenterTime.today();
        String needle = text == null ? null : text.strip().toLowerCase(Locale.ROOT);
        return catalog.allInEffect(today).stream()
                .filter(v -> hall == null || hall.isBlank() || v.getHallCode().equals(hall))
                .filter(v -> department == null || department.isBlank() || v.getDepartmentCode().equals(department))
                .filter(v -> needle == null || needle.isEmpty() || v.getName().toLowerCase(Locale.ROOT).contains(needle)
                        || v.getItem().getCode().toLowerCase(Locale.ROOT).contains(needle))
                .filter(v -> includeCancelled || !v.getItem().isCancelledOn(today))
                .map(v -> summary(v.getItem(), v, null, today))
                .toList();
    }

    /** Every item, for center management: including those never published and those being revised. */
    @jakarta.annotation.security.RolesAllowed(onestop.security.Roles.CENTER_ADMIN)
    public List<ItemSummary> all() {
        LocalDate today = onestop.common.CenterTime.today();
        Map<Long, ServiceItemVersion> current = catalog.allInEffect(today).stream()
                .collect(Collectors.toMap(v -> v.getItem().getId(), Function.identity()));
        Map<Long, ServiceItemVersion> open = catalog.openVersions().stream()
                .collect(Collectors.toMap(v -> v.getItem().getId(), Function.identity()));
        return catalog.items().stream()
                .map(i -> summary(i, current.get(i.getId()), open.get(i.getId()), today))
                .toList();
    }

    /** The catalog as it is in effect today, in the import format: edit it and import it again. */
    @jakarta.annotation.security.RolesAllowed(onestop.security.Roles.CENTER_ADMIN)
    public byte[] exportCsv() {
        return onestop.catalog.imports.CatalogCsv.write(catalog.allInEffect(onestop.common.CenterTime.today()).stream()
                .map(v -> new onestop.catalog.imports.CatalogCsv.Entry(v.getItem().getCode(), v.content())).toList());
    }

    public ItemGuide guide(String code) {
        ServiceItem item = item(code);
        LocalDate today = onestop.common.CenterTime.today();
        List<ServiceItemVersion> published = catalog.published(item);
        ServiceItemVersion current = published.stream().filter(v -> !v.getEffectiveDate().isAfter(today)).findFirst()
                .orElseThrow(() -> new CatalogException("catalog.itemUnknown", code));
        List<Integer> numbers = published.stream().map(ServiceItemVersion::getNumber).toList();
        return new ItemGuide(VersionView.of(current), cancellation(item),
                catalog.feeCancellations(item).stream().filter(f -> f.appliesOn(today))
                        .map(f -> new Cancellation(f.getFeeCode(), f.getDecree(), f.getEffective())).toList(),
                numbers);
    }

    /**
     * The version a new case of this item is accepted under on a day; refused when the item is
     * cancelled on that day or has no version in effect.
     */
    public VersionView versionForNewCase(String code, LocalDate day) {
        ServiceItem item = item(code);
        if (item.isCancelledOn(day)) {
            throw new CatalogException("catalog.itemCancelled", code, item.getCancelDecree(), item.getCancelEffective());
        }
        return catalog.inEffect(item, day).map(VersionView::of)
                .orElseThrow(() -> new CatalogException("catalog.notPublished", code));
    }

    /** The fees of a version that may still be charged on a day: cancelled fee items never are. */
    public List<FeeItem> chargeableFees(String code, int number, LocalDate day) {
        ServiceItem item = item(code);
        ServiceItemVersion version = catalog.published(item).stream().filter(v -> v.getNumber() == number).findFirst()
                .orElseThrow(() -> new CatalogException("catalog.versionUnknown", number));
        List<String> cancelled = catalog.feeCancellations(item).stream().filter(f -> f.appliesOn(day))
                .map(FeeCancellation::getFeeCode).toList();
        return version.content().fees().stream().filter(f -> !cancelled.contains(f.code())).toList();
    }

    /** The published versions, newest first, with the item's cancellation if any. */
    public List<VersionView> history(String code) {
        return catalog.published(item(code)).stream().map(VersionView::of).toList();
    }

    /** The legal nature of a published version (a case keeps the version it was accepted under). */
    public ItemType typeOf(String code, int number) {
        return em.createQuery("select v.type from ServiceItemVersion v where v.item.code = :code and v.number = :number",
                        ItemType.class).setParameter("code", code).setParameter("number", number).getResultStream()
                .findFirst().orElseThrow(() -> new CatalogException("catalog.versionUnknown", number));
    }

    public Cancellation cancellationOf(String code) {
        return cancellation(item(code));
    }

    /** What published version {@code number} changed against the one before it. */
    public List<FieldChange> changesIn(String code, int number) {
        List<ServiceItemVersion> published = catalog.published(item(code));
        ServiceItemVersion version = published.stream().filter(v -> v.getNumber() == number).findFirst()
                .orElseThrow(() -> new CatalogException("catalog.versionUnknown", number));
        ItemContent before = published.stream().filter(v -> v.getNumber() == number - 1).findFirst()
                .map(ServiceItemVersion::content).orElse(null);
        return ContentDiff.between(before, version.content());
    }

    /**
     * When the published catalog last changed (a publication or a cancellation): with the date,
     * the validator of every public page's cache entry.
     */
    public Instant lastChange() {
        return Stream.of(
                        em.createQuery("select max(v.publishedAt) from ServiceItemVersion v", Instant.class).getSingleResult(),
                        em.createQuery("select max(i.cancelledAt) from ServiceItem i", Instant.class).getSingleResult(),
                        em.createQuery("select max(f.cancelledAt) from FeeCancellation f", Instant.class).getSingleResult())
                .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    }

    private ItemSummary summary(ServiceItem item, ServiceItemVersion current, ServiceItemVersion open, LocalDate today) {
        ServiceItemVersion shown = current != null ? current : open != null ? open
                : catalog.published(item).stream().findFirst().orElseThrow();
        return new ItemSummary(item.getCode(), shown.getName(), shown.getDepartmentCode(), shown.getHallCode(),
                shown.getType(), shown.getMode(), shown.getPromisedDays(), shown.getStatutoryDays(),
                current == null ? null : current.getNumber(),
                current == null ? null : current.getEffectiveDate(),
                item.isCancelledOn(today) ? cancellation(item) : null, open == null ? null : open.getStatus());
    }

    private static Cancellation cancellation(ServiceItem item) {
        return item.getCancelDecree() == null ? null
                : new Cancellation(null, item.getCancelDecree(), item.getCancelEffective());
    }

    private ServiceItem item(String code) {
        return catalog.item(code == null ? "" : code).orElseThrow(() -> new CatalogException("catalog.itemUnknown", code));
    }
}
