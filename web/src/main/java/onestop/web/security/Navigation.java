package onestop.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import onestop.security.Roles;

import java.util.Arrays;
import java.util.List;

/**
 * The workbench menu: each role sees only the areas it may use (the EJBs and the URL
 * constraints in web.xml refuse the rest anyway). Later areas add their entries here.
 */
@Named
@RequestScoped
public class Navigation {
    private static final List<Entry> ENTRIES = List.of(
            new Entry("nav.home", "/staff/home.xhtml", "pi pi-home", Roles.CLERK, Roles.CHIEF_REPRESENTATIVE,
                    Roles.CASHIER, Roles.CENTER_ADMIN, Roles.SUPERVISOR, Roles.ARCHIVIST, Roles.AUDITOR),
            new Entry("nav.catalog", "/staff/admin/catalog.xhtml", "pi pi-book", Roles.CENTER_ADMIN),
            new Entry("nav.calendar", "/staff/admin/calendar.xhtml", "pi pi-calendar", Roles.CENTER_ADMIN),
            new Entry("nav.departments", "/staff/admin/departments.xhtml", "pi pi-building", Roles.CENTER_ADMIN),
            new Entry("nav.windows", "/staff/admin/windows.xhtml", "pi pi-th-large", Roles.CENTER_ADMIN),
            new Entry("nav.accounts", "/staff/admin/accounts.xhtml", "pi pi-users", Roles.CENTER_ADMIN),
            new Entry("nav.audit", "/staff/audit/trail.xhtml", "pi pi-shield", Roles.AUDITOR, Roles.SUPERVISOR,
                    Roles.CENTER_ADMIN),
            new Entry("nav.supervision", "/staff/supervision/dashboard.xhtml", "pi pi-chart-bar", Roles.SUPERVISOR,
                    Roles.AUDITOR, Roles.CENTER_ADMIN, Roles.CHIEF_REPRESENTATIVE),
            new Entry("nav.alerts", "/staff/supervision/alerts.xhtml", "pi pi-bell", Roles.SUPERVISOR,
                    Roles.CHIEF_REPRESENTATIVE, Roles.CENTER_ADMIN),
            new Entry("nav.exports", "/staff/exports/exports.xhtml", "pi pi-download", Roles.AUDITOR, Roles.SUPERVISOR));

    @Inject
    private HttpServletRequest request;

    public List<Entry> getEntries() {
        return ENTRIES.stream().filter(e -> Arrays.stream(e.roles()).anyMatch(request::isUserInRole)).toList();
    }

    /** A menu entry: label key, view id, PrimeIcons class, the roles that see it. */
    public record Entry(String labelKey, String outcome, String icon, String... roles) {
    }
}
