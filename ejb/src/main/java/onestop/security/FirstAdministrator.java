package onestop.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import onestop.audit.AuditEvent;
import onestop.audit.AuditService;

import java.util.logging.Logger;

/**
 * A production center starts with no accounts. If the environment variable
 * {@code ONESTOP_ADMIN_PASSWORD} is set and no account exists yet, this creates the account
 * {@code admin} (center management) with that password, once; it should be changed after the
 * first login and the variable removed.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "DemoData"})
public class FirstAdministrator {
    static final String VARIABLE = "ONESTOP_ADMIN_PASSWORD";
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditService audit;

    @PostConstruct
    void createIfNoAccount() {
        long accounts = em.createNamedQuery("StaffAccount.count", Long.class).getSingleResult();
        if (accounts > 0) {
            return;
        }
        String password = System.getenv(VARIABLE);
        if (password == null || password.isBlank()) {
            LOG.warning("no staff account exists: set " + VARIABLE + " and restart to create the first administrator 'admin'");
            return;
        }
        AccountService.checkPassword(password);
        em.persist(new StaffAccount("admin", "Administrator", Role.CENTER_ADMIN, null, null,
                new PasswordHasher().hash(password)));
        audit.append(new AuditEvent("system", "ACCOUNT_CREATED", AuthenticationService.OBJECT_TYPE, "admin",
                "first administrator from " + VARIABLE, null));
        LOG.info("created the first administrator 'admin'");
    }
}
