package onestop.web.api;

import onestop.testing.TestDeployments;
import onestop.web.ApiClient;
import onestop.web.Texts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REST API as a script uses it: no browser, HTTP Basic, JSON answers and errors. */
@ExtendWith(ArquillianExtension.class)
class ApiIT {
    private static final String DEMO_PASSWORD = "onestop-demo-2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.webModule("api-it");
    }

    @ArquillianResource
    private URL base;

    @Test
    @DisplayName("health answers 200 without a login, with the whole and the database UP")
    void healthIsUp() {
        HttpResponse<String> response = ApiClient.anonymous(base).get("health");

        Map<String, Object> body = ApiClient.object(response);
        assertAll(
                () -> assertEquals(200, response.statusCode(), response::body),
                () -> assertEquals("UP", body.get("status")),
                () -> assertEquals("UP", ((Map<?, ?>) body.get("database")).get("status"), response::body));
    }

    @Test
    @DisplayName("the public center overview needs no login")
    void publicCenterIsOpen() {
        HttpResponse<String> response = ApiClient.anonymous(base).get("public/center");

        assertAll(
                () -> assertEquals(200, response.statusCode(), response::body),
                () -> assertTrue(ApiClient.object(response).get("halls") instanceof java.util.List<?> halls && !halls.isEmpty(),
                        response::body));
    }

    @Test
    @DisplayName("/api/me with Basic credentials names the caller")
    void meNamesTheCaller() {
        HttpResponse<String> response = ApiClient.as(base, "clerk", DEMO_PASSWORD).get("me");

        assertAll(
                () -> assertEquals(200, response.statusCode(), response::body),
                () -> assertEquals("clerk", ApiClient.object(response).get("loginName")));
    }

    @Test
    @DisplayName("without credentials the API answers 401 with a Basic challenge")
    void noCredentialsIsChallenged() {
        HttpResponse<String> response = ApiClient.anonymous(base).get("me");

        assertAll(
                () -> assertEquals(401, response.statusCode()),
                () -> assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic "),
                        response.headers()::toString));
    }

    @Test
    @DisplayName("a clerk asking for the staff accounts gets 403 as JSON")
    void clerkMayNotListAccounts() {
        HttpResponse<String> response = ApiClient.as(base, "clerk", DEMO_PASSWORD).inLanguage("en").get("accounts");

        assertAll(
                () -> assertEquals(403, response.statusCode(), response::body),
                () -> assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")),
                () -> assertEquals(Map.of("error", "forbidden", "message", Texts.of(Texts.ENGLISH).get("error.forbidden")),
                        ApiClient.object(response)));
    }

    @ParameterizedTest(name = "a weak password is refused with 400 and the message in {0}")
    @CsvSource({"en, en", "zh-CN, zh-CN", "zh-TW, zh-TW"})
    void weakPasswordIsRefusedInTheCallersLanguage(String acceptLanguage, String bundleTag) {
        ApiClient admin = ApiClient.as(base, "admin", DEMO_PASSWORD).inLanguage(acceptLanguage);
        Map<String, Object> form = ApiClient.accountForm(ApiClient.freshLogin("weak"), "CASHIER", null, "short1");

        HttpResponse<String> response = admin.post("accounts", form);

        String expected = Texts.of(Locale.forLanguageTag(bundleTag)).get("account.passwordWeak", 10);
        assertAll(
                () -> assertEquals(400, response.statusCode(), response::body),
                () -> assertEquals(Map.of("error", "account.passwordWeak", "message", expected), ApiClient.object(response)));
    }

    @Test
    @DisplayName("Basic auth: a verified password is not checked (nor audited) again on every call, but a reset or disabling takes effect at once")
    void apiCredentialsAreRememberedBriefly() {
        String login = ApiClient.freshLogin("cache");
        ApiClient admin = ApiClient.as(base, "admin", DEMO_PASSWORD);
        admin.post("accounts", ApiClient.accountForm(login, "ARCHIVIST", null, "first-password-2026"));
        ApiClient user = ApiClient.as(base, login, "first-password-2026");
        for (int i = 0; i < 3; i++) {
            assertEquals(200, user.get("me").statusCode());
        }
        assertEquals(401, ApiClient.as(base, login, "wrong-password-2026").get("me").statusCode());
        long logins = ApiClient.list(ApiClient.as(base, "auditor", DEMO_PASSWORD).get("audit?max=200")).stream()
                .filter(e -> login.equals(e.get("objectId")) && "LOGIN".equals(e.get("action"))).count();
        assertEquals(1, logins, "three calls, one password check on record");

        HttpResponse<String> reset = admin.post("accounts/" + login + "/password", Map.of("password", "second-password-2026"));
        assertTrue(reset.statusCode() < 300, reset::body);

        assertEquals(401, user.get("me").statusCode(), "the old password stops working at once");
        assertEquals(200, ApiClient.as(base, login, "second-password-2026").get("me").statusCode());
    }
}
