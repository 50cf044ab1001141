package onestop.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import onestop.documents.DataDirectory;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reports whether the parts the center needs answer: the database and the document store (and
 * the search index, once there is one). Each check has a short time limit so that the health
 * endpoint itself answers when a part hangs.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HealthService {
    private static final int TIMEOUT_SECONDS = 3;

    @Resource(lookup = "java:jboss/datasources/OnestopDS")
    private DataSource dataSource;

    public HealthReport check() {
        Map<String, HealthReport.Check> checks = new LinkedHashMap<>();
        checks.put("database", database());
        checks.put("documents", documents());
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

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
