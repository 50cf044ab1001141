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
            new Entry("nav.cases.mine", "/staff/cases/queue.xhtml", "pi pi-inbox", Roles.CLERK, Roles.CHIEF_REPRESENTATIVE),
            new Entry("nav.cases.intake", "/staff/cases/intake.xhtml", "pi pi-plus-circle", Roles.CLERK,
                    Roles.CHIEF_REPRESENTATIVE),
            new Entry("nav.cases.open", "/staff/cases/queue.xhtml", "pi pi-folder-open", Roles.CENTER_ADMIN,
                    Roles.SUPERVISOR, Roles.ARCHIVIST, Roles.AUDITOR),
            new Entry("nav.cases.delegations", "/staff/cases/delegations.xhtml", "pi pi-user-edit",
                    Roles.CHIEF_REPRESENTATIVE),
            new Entry("search.nav", "/staff/search.xhtml", "pi pi-search", Roles.CLERK, Roles.CHIEF_REPRESENTATIVE,
                    Roles.CENTER_ADMIN, Roles.SUPERVISOR, Roles.ARCHIVIST, Roles.AUDITOR),
            new Entry("nav.catalog", "/staff/admin/catalog.xhtml", "pi pi-book", Roles.CENTER_ADMIN),
            new Entry("nav.calendar", "/staff/admin/calendar.xhtml", "pi pi-calendar", Roles.CENTER_ADMIN),
            new Entry("nav.departments", "/staff/admin/departments.xhtml", "pi pi-building", Roles.CENTER_ADMIN),
            new Entry("nav.windows", "/staff/admin/windows.xhtml", "pi pi-th-large", Roles.CENTER_ADMIN),
            new Entry("seal.nav.admin", "/staff/admin/seals.xhtml", "pi pi-verified", Roles.CENTER_ADMIN),
            new Entry("seal.nav.mine", "/staff/seals.xhtml", "pi pi-id-card", Roles.CLERK, Roles.CHIEF_REPRESENTATIVE),
            new Entry("nav.accounts", "/staff/admin/accounts.xhtml", "pi pi-users", Roles.CENTER_ADMIN),
            new Entry("nav.feeNotices", "/staff/fees/notice.xhtml", "pi pi-file", Roles.CLERK,
                    Roles.CHIEF_REPRESENTATIVE),
            new Entry("nav.cashierDesk", "/staff/cashier/desk.xhtml", "pi pi-wallet", Roles.CASHIER),
            new Entry("nav.corrections", "/staff/cashier/corrections.xhtml", "pi pi-undo", Roles.CASHIER),
            new Entry("nav.closing", "/staff/cashier/closing.xhtml", "pi pi-lock", Roles.CASHIER),
            new Entry("nav.feeLedger", "/staff/cashier/ledger.xhtml", "pi pi-chart-bar", Roles.CASHIER, Roles.AUDITOR,
                    Roles.SUPERVISOR, Roles.CENTER_ADMIN),
            new Entry("nav.opinions", "/staff/opinions/opinions.xhtml", "pi pi-comments", Roles.CLERK,
                    Roles.CHIEF_REPRESENTATIVE, Roles.CENTER_ADMIN, Roles.SUPERVISOR),
            new Entry("nav.followUps", "/staff/opinions/followups.xhtml", "pi pi-star", Roles.CLERK,
                    Roles.CHIEF_REPRESENTATIVE, Roles.CENTER_ADMIN, Roles.SUPERVISOR, Roles.AUDITOR),
            new Entry("nav.opinionDeadlines", "/staff/admin/opinion-deadlines.xhtml", "pi pi-clock", Roles.CENTER_ADMIN),
            new Entry("indexing.nav", "/staff/admin/search-index.xhtml", "pi pi-database", Roles.CENTER_ADMIN),
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
