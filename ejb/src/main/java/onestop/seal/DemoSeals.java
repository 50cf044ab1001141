package onestop.seal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import onestop.audit.AuditEvent;
import onestop.audit.AuditService;
import onestop.center.CenterRepository;
import onestop.center.Department;
import onestop.security.Roles;
import onestop.security.StaffAccount;
import onestop.seal.SealViews.SealForm;
import org.jboss.ejb3.annotation.RunAsPrincipal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;

/**
 * Demo mode ({@code -Donestop.demo=true}): gives every demo department a licensing seal (drawn,
 * ECDSA P-256, valid five years), and in each department that has a chief representative that
 * chief names the department's window clerks as people who may apply its seal, so that the demo
 * clerks can accept cases (their notices are sealed) and issue licenses at once. Does nothing when
 * any seal exists already, or outside demo mode.
 */
@Singleton
@Startup
@DependsOn({"DemoData", "SealVault"})
@PermitAll
@RunAs(Roles.CENTER_ADMIN)
@RunAsPrincipal("system")
public class DemoSeals {
    private static final Logger LOG = Logger.getLogger(DemoSeals.class.getName());

    @EJB
    private SealAdminService admin;

    @Inject
    private SealRegistry registry;

    @Inject
    private CenterRepository center;

    @EJB
    private AuditService audit;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean("onestop.demo") || !registry.seals().isEmpty()) {
            return;
        }
        LocalDate today = onestop.common.CenterTime.today();
        int created = 0;
        try {
            for (Department department : center.departments()) {
                admin.create(new SealForm(department.getCode(), department.getName().hant() + "行政許可專用章",
                        SealAlgorithm.ECDSA_P256, today, today.plusYears(5), null));
                created++;
            }
        } catch (SealException e) {
            LOG.warning(() -> "demo mode: no demo seals (" + e.getMessage() + ")");
            return;
        }
        int named = 0;
        for (Department department : center.departments()) {
            String chief = registry.chiefs(department.getCode()).stream().map(StaffAccount::getLoginName)
                    .findFirst().orElse(null);
            if (chief == null) {
                continue; // no chief representative to name anyone (SWJ, GAJ in the demo)
            }
            for (StaffAccount clerk : registry.clerks(department.getCode())) {
                registry.persist(new SealUser(department, clerk, chief, Instant.now().truncatedTo(ChronoUnit.MILLIS)));
                named++;
            }
        }
        audit.append(new AuditEvent("system", "DEMO_SEALS_LOADED", null, null,
                created + " seals, " + named + " seal users", null));
        int total = created;
        LOG.info(() -> "demo mode: created " + total + " licensing seals");
    }
}
