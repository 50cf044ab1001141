package onestop.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import onestop.audit.AuditEvent;
import onestop.audit.AuditService;
import onestop.catalog.imports.CatalogRows;
import onestop.catalog.imports.ImportRow;
import onestop.catalog.imports.SpreadsheetReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * In demo mode, publishes the demo catalog ({@code onestop/demo/catalog.csv}, the import format)
 * into an empty catalog as version 1 of each item. Demo only: the review rule is stood in for by
 * the accounts "demo-import" and "demo-review".
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class DemoCatalog {
    static final String RESOURCE = "/onestop/demo/catalog.csv";
    private static final Logger LOG = Logger.getLogger(DemoCatalog.class.getName());

    @Inject
    private CatalogRepository catalog;

    @Inject
    private Publisher publisher;

    @EJB
    private AuditService audit;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean("onestop.demo") || !catalog.items().isEmpty()) {
            return;
        }
        List<ImportRow> rows;
        try (InputStream in = DemoCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                LOG.warning("demo mode: no demo catalog at " + RESOURCE);
                return;
            }
            rows = CatalogRows.parse(SpreadsheetReader.read(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant now = Instant.now();
        LocalDate today = onestop.common.CenterTime.today();
        ItemContentRules rules = publisher.rules();
        for (ImportRow row : rows) {
            if (!row.valid() || !rules.check(row.content()).isEmpty()) {
                throw new IllegalStateException("demo catalog row " + row.row() + ": " + row.problems()
                        + rules.check(row.content()));
            }
            ServiceItem item = new ServiceItem(row.code(), now);
            catalog.persist(item);
            ServiceItemVersion version = new ServiceItemVersion(item, row.content(), "demo catalog", "demo-import", now);
            catalog.persist(version);
            version.submit("demo-import", now, null);
            version.publish(1, today.minusYears(1), "demo-review", now);
        }
        publisher.reindex(catalog.items());
        audit.append(new AuditEvent("system", "DEMO_CATALOG_LOADED", null, null, rows.size() + " items", null));
        LOG.info(() -> "demo mode: published " + rows.size() + " catalog items");
    }
}
