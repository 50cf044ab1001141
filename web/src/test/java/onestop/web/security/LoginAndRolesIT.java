package onestop.web.security;

import onestop.testing.TestDeployments;
import onestop.web.ApiClient;
import onestop.web.BrowserLanguage;
import onestop.web.BrowserTestBase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Cookie;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbench in the center's own language: each role's landing page and menu, refusals, logging out. */
@BrowserLanguage("zh-TW")
class LoginAndRolesIT extends BrowserTestBase {
    private static final String PASSWORD = "audit-trail-2026";
    private static final List<String> KNOWN_AREAS = List.of("nav.home", "nav.departments", "nav.windows",
            "seal.nav.admin", "seal.nav.mine", "nav.accounts", "nav.audit");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.webModule("login-and-roles-it");
    }

    @ParameterizedTest(name = "{0} lands on the workbench titled for {1} and sees only the menu entries {2}")
    @CsvSource(delimiter = '|', value = {
            "clerk      | CLERK                | nav.home seal.nav.mine",
            "chief      | CHIEF_REPRESENTATIVE | nav.home seal.nav.mine",
            "cashier    | CASHIER              | nav.home",
            "admin      | CENTER_ADMIN         | nav.home nav.departments nav.windows seal.nav.admin nav.accounts nav.audit",
            "supervisor | SUPERVISOR           | nav.home nav.audit",
            "archivist  | ARCHIVIST            | nav.home",
            "auditor    | AUDITOR              | nav.home nav.audit"})
    void eachRoleLandsOnItsOwnWorkbench(String login, String role, String menuKeys) {
        List<String> expected = Arrays.stream(menuKeys.split(" ")).map(key -> text(key)).toList();

        logIn(login);

        capture("workbench-" + login);
        assertEquals("/staff/home.xhtml", currentPath());
        assertAll(
                () -> assertEquals(text("home.title." + role), textOf("homeTitle")),
                () -> assertEquals(text("role." + role), textOf("role")),
                () -> assertEquals(expected, knownAreas(linkTexts("sideMenu"))),
                () -> assertEquals(expected, knownAreas(linkTexts("areas"))));
    }

    @Test
    @DisplayName("a clerk who opens the staff accounts page gets the forbidden page with status 403")
    void clerkIsForbiddenTheAccountsPage() throws Exception {
        logIn("clerk");

        open("staff/admin/accounts.xhtml");

        capture("forbidden");
        assertAll(
                () -> assertEquals(text("error.forbidden"), textOf("errorMessage")),
                () -> assertEquals(403, statusWithBrowserSession("staff/admin/accounts.xhtml")));
    }

    @Test
    @DisplayName("logging out returns to the login page saying so, and the workbench then asks for a login again")
    void logoutEndsTheSession() {
        logIn("cashier");

        logOut();

        List<String> shown = messages("login:messages");
        open("staff/home.xhtml");
        assertAll(
                () -> assertEquals(List.of(text("login.loggedOut")), shown),
                () -> assertEquals("/login.xhtml", currentPath()));
    }

    @Test
    @DisplayName("a browser session's failed login, login and logout are in the audit trail, and the chain stays intact")
    void browserSessionIsAudited() {
        String login = ApiClient.freshLogin("audit");
        ApiClient.as(base, "admin", DEMO_PASSWORD).post("accounts", ApiClient.accountForm(login, "ARCHIVIST", null, PASSWORD));

        logIn(login, "not-the-password-1");
        submitLogin(login, PASSWORD);
        logOut();

        ApiClient auditor = ApiClient.as(base, "auditor", DEMO_PASSWORD);
        List<String> actions = ApiClient.list(auditor.get("audit?max=500")).stream()
                .filter(e -> login.equals(e.get("objectId")))
                .map(e -> (String) e.get("action")).toList();
        Map<String, Object> verification = ApiClient.object(auditor.get("audit/verification"));
        assertAll(
                () -> assertEquals(List.of("LOGOUT", "LOGIN", "LOGIN_FAILED", "ACCOUNT_CREATED"), actions, "newest first"),
                () -> assertEquals(Boolean.TRUE, verification.get("intact"), verification::toString));
    }

    /**
     * The entries of a menu that belong to the areas this test knows. Later areas add their own
     * entries (see {@code Navigation}); their tests say who sees them.
     */
    private static List<String> knownAreas(List<String> entries) {
        List<String> known = KNOWN_AREAS.stream().map(key -> text(key)).toList();
        return entries.stream().filter(known::contains).toList();
    }

    /** The HTTP status of a page fetched with the browser's session cookie (Selenium cannot see statuses). */
    private int statusWithBrowserSession(String path) throws Exception {
        Cookie session = driver().manage().getCookieNamed("JSESSIONID");
        assertTrue(session != null, "the browser has a session");
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
