package onestop.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.EJB;
import onestop.documents.DataDirectory;
import onestop.indexing.IndexStatus;
import onestop.indexing.IndexingService;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reports whether the parts the center needs answer: the database, the document store and
 * the search index (with its outbox backlog and lag). Each check has a short time limit so that the health
 * endpoint itself answers when a part hangs.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HealthService {
    private static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = "java:jboss/datasources/OnestopDS")
    private DataSource dataSource;

    @EJB
    private IndexingService indexing;

    public HealthReport check() {
        Map<String, HealthReport.Check> checks = new LinkedHashMap<>();
        checks.put("database", database());
        checks.put("documents", documents());
        checks.put("index", index());
        return new HealthReport(checks);
    }

    private HealthReport.Check database() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(TIMEOUT_SECONDS);
            try (ResultSet rs = s.executeQuery("SELECT 1")) {
                rs.next();
            }
            String product = c.getMetaData().getDatabaseProductName();
            return HealthReport.Check.up(product);
        } catch (Exception e) {
            return HealthReport.Check.down(rootMessage(e));
        }
    }

    private HealthReport.Check documents() {
        try {
            Path dir = Files.createDirectories(DataDirectory.documents());
            Path probe = Files.createTempFile(dir, "health-", ".probe");
            Files.delete(probe);
            return HealthReport.Check.up("writable");
        } catch (Exception e) {
            return HealthReport.Check.down(rootMessage(e));
        }
    }

    /** Optional part (see {@link HealthReport}): DOWN here makes the whole DEGRADED, not DOWN. */
    private HealthReport.Check index() {
        try {
            IndexStatus s = indexing.status();
            String detail = s.backend() + ", " + s.documents() + " documents" + (s.up() ? "" : ": " + s.detail());
            return new HealthReport.Check(s.up() ? HealthReport.UP : HealthReport.DOWN, detail, false, s.backlog(), s.lagSeconds());
        } catch (Exception e) {
            return new HealthReport.Check(HealthReport.DOWN, rootMessage(e), false, null, null);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
