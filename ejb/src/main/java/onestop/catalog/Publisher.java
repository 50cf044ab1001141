package onestop.catalog;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import onestop.audit.AuditService;
import onestop.center.CenterRepository;
import onestop.center.Department;
import onestop.center.Hall;
import onestop.indexing.IndexingOutbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** The content rules and the publication step shared by editing, importing and the demo catalog. */
@ApplicationScoped
public class Publisher {
    @Inject
    private CatalogRepository catalog;

    @Inject
    private CenterRepository center;

    @EJB
    private AuditService audit;

    @EJB
    private IndexingOutbox outbox;

    @Inject
    private ItemGuideSource guides;

    /** The rules, with the departments and halls the center has today. */
    public ItemContentRules rules() {
        return new ItemContentRules(
                center.departments().stream().map(Department::getCode).collect(Collectors.toSet()),
                center.halls().stream().map(Hall::getCode).collect(Collectors.toSet()));
    }

    public void requireValid(ItemContent content) {
        if (content == null) {
            throw new CatalogException("catalog.contentRequired");
        }
        List<ContentProblem> problems = rules().check(content);
        if (!problems.isEmpty()) {
            throw new CatalogException(problems);
        }
    }

    /** Publishes a version in review as the item's next number; the approver must not be its author. */
    void publish(ServiceItemVersion version, LocalDate from, String approver) {
        requireValid(version.content());
        version.publish(catalog.nextNumber(version.getItem()), from, approver, Instant.now());
        audit.record("ITEM_PUBLISHED", CatalogService.AUDIT_TYPE, version.getItem().getCode(),
                "version " + version.getNumber() + " effective " + from);
        reindex(List.of(version.getItem()));
    }

    /** Announces to the search index every published version of these items (which one is current changed). */
    void reindex(java.util.Collection<ServiceItem> items) {
        guides.enqueueItem(outbox, items);
    }

    /**
     * Publishes many versions (an import batch) in one go: the rules and the version numbers are
     * read once, and the batch is audited as one entry listing its items.
     */
    void publishAll(List<ServiceItemVersion> versions, LocalDate from, String approver) {
        CatalogRepository.Snapshot snapshot = catalog.snapshot();
        ItemContentRules rules = rules();
        Instant now = Instant.now();
        for (ServiceItemVersion version : versions) {
            List<ContentProblem> problems = rules.check(version.content());
            if (!problems.isEmpty()) {
                throw new CatalogException(problems);
            }
            ServiceItemVersion latest = snapshot.latestPublished().get(version.getItem().getId());
            version.publish(latest == null ? 1 : latest.getNumber() + 1, from, approver, now);
        }
        reindex(versions.stream().map(ServiceItemVersion::getItem).collect(Collectors.toCollection(java.util.LinkedHashSet::new)));
    }
}
