package onestop.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Brings the schema up to date with the Flyway migrations in {@code db/migration} when the
 * application is deployed, before anything else touches the database (other start-up beans
 * declare {@code @DependsOn("SchemaMigration")}). Flyway takes a database lock, so several
 * nodes starting together migrate once. Runs outside a JTA transaction: Flyway commits itself.
 */
@Singleton
@Startup
public class SchemaMigration {
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/OnestopDS")
    private DataSource dataSource;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // business areas are developed side by side and numbered ahead (V6 … V10): a database
                // that already has a later one still takes an earlier one that arrives after it
                .outOfOrder(true)
                .load()
                .migrate();
        LOG.info(() -> "schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }
}
