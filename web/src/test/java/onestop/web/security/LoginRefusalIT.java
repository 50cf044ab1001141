package onestop.web.security;

import onestop.testing.TestDeployments;
import onestop.web.ApiClient;
import onestop.web.BrowserTestBase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the login page says when it refuses: wrong credentials, a lost session, a locked account. */
class LoginRefusalIT extends BrowserTestBase {
    private static final String PASSWORD = "refusal-test-2026";
    /** What a leaked stack trace shows on screen. */
    private static final Pattern TRACE_ON_SCREEN = Pattern.compile("Exception|Caused by|\\.java:\\d+|\\bat [\\w$.]+\\(");
    /** What one hidden in the markup (a comment, a script) would contain; PrimeFaces' settings name exception classes. */
    private static final Pattern TRACE_IN_SOURCE = Pattern.compile("Caused by|\\.java:\\d+|\\bat [\\w$.]+\\(");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.webModule("login-refusal-it");
    }

    private ApiClient admin() {
        return ApiClient.as(base, "admin", DEMO_PASSWORD);
    }

    private String newAccount(String purpose) {
        String login = ApiClient.freshLogin(purpose);
        HttpResponse<String> created = admin().post("accounts", ApiClient.accountForm(login, "CASHIER", null, PASSWORD));
        assertEquals(201, created.statusCode(), created::body);
        return login;
    }

    @Test
    @DisplayName("a wrong password is refused with the general message and no stack trace")
    void wrongPassword() {
        String login = newAccount("wrong");

        logIn(login, "not-the-password-1");

        capture("login-failed");
        assertAll(
                () -> assertEquals("/login.xhtml", currentPath()),
                () -> assertEquals(List.of(text("login.failed")), messages("login:messages")),
                LoginRefusalIT::assertNoStackTrace);
    }

    @Test
    @DisplayName("an unknown account gets the same message as a wrong password, and no stack trace")
    void unknownAccount() {
        String login = ApiClient.freshLogin("nobody");

        logIn(login, "whatever-password-1");

        assertAll(
                () -> assertEquals("/login.xhtml", currentPath()),
                () -> assertEquals(List.of(text("login.failed")), messages("login:messages")),
                LoginRefusalIT::assertNoStackTrace);
    }

    @Test
    @DisplayName("a session the server no longer knows sends the user to log in again, then on to the page asked for")
    void expiredSessionContinuesAfterLogin() {
        open("index.xhtml");
        driver().manage().addCookie(new Cookie("JSESSIONID", "bogus-session-id-4711", base.getPath().replaceAll("/$", "")));

        open("staff/audit/trail.xhtml");
        String arrivedAt = currentPath();
        String query = currentQuery();
        List<String> shown = messages("login:messages");
        capture("login-expired");
        submitLogin("auditor", DEMO_PASSWORD);

        assertAll(
                () -> assertEquals("/login.xhtml", arrivedAt),
                () -> assertTrue(query.contains("expired=true"), query),
                () -> assertEquals(List.of(text("login.expired")), shown),
                () -> assertEquals("/staff/audit/trail.xhtml", currentPath()));
    }

    @Test
    @DisplayName("five wrong passwords in a row lock the account: the right password is then refused too")
    void fiveWrongPasswordsLock() {
        String login = newAccount("lock");
        open("login.xhtml");
        for (int i = 1; i <= 4; i++) {
            submitLogin(login, "wrong-password-" + i);
        }

        submitLogin(login, "wrong-password-5");
        List<String> afterFifth = messages("login:messages");
        capture("login-locked");
        submitLogin(login, PASSWORD);

        assertAll(
                () -> assertLockedMessage(afterFifth),
                () -> assertEquals("/login.xhtml", currentPath()),
                () -> assertLockedMessage(messages("login:messages")));
    }

    @Test
    @DisplayName("an account unlocked by center management logs in with the right password")
    void unlockedAccountLogsIn() {
        String login = newAccount("unlock");
        ApiClient wrong = ApiClient.as(base, login, "wrong-password-0");
        for (int i = 0; i < 5; i++) {
            wrong.get("me");
        }
        logIn(login, PASSWORD);
        assertLockedMessage(messages("login:messages"));

        HttpResponse<String> unlocked = admin().post("accounts/" + login + "/unlock", null);
        submitLogin(login, PASSWORD);

        assertAll(
                () -> assertEquals(200, unlocked.statusCode(), unlocked::body),
                () -> assertEquals("/staff/home.xhtml", currentPath()));
    }

    private static void assertNoStackTrace() {
        String onScreen = driver().findElement(By.tagName("body")).getText();
        assertAll(
                () -> assertFalse(TRACE_ON_SCREEN.matcher(onScreen).find(), () -> "a stack trace on screen: " + onScreen),
                () -> assertFalse(TRACE_IN_SOURCE.matcher(driver().getPageSource()).find(), "a stack trace in the markup"));
    }

    /** The locked message with its count; the unlock time ({1}) is whatever the server computed. */
    private static void assertLockedMessage(List<String> shown) {
        String[] around = text("login.locked", 5, "\u0000").split("\u0000");
        assertEquals(1, shown.size(), shown::toString);
        String message = shown.get(0);
        assertTrue(message.startsWith(around[0]) && message.endsWith(around[1]),
                () -> "expected the locked message, got: " + message);
    }
}
