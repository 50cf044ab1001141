package onestop.web.i18n;

import onestop.testing.TestDeployments;
import onestop.web.BrowserTestBase;
import onestop.web.Texts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three languages of the center: the switch in the header and the browser's own preference. */
class LanguageIT extends BrowserTestBase {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.webModule("language-it");
    }

    @ParameterizedTest(name = "after {0}, the {1} link shows the public home in {2} (html lang {2})")
    @CsvSource({
            "hant, en,   en",
            "en,   hans, zh-Hans",
            "hans, hant, zh-Hant"})
    void switchChangesLabelsAndLang(String from, String link, String languageTag) {
        Texts expected = Texts.of(locale(languageTag));
        open("index.xhtml");
        guardHttp(() -> byId("languageForm:" + from).click());

        guardHttp(() -> byId("languageForm:" + link).click());

        capture("home-" + languageTag);
        assertAll(
                () -> assertEquals(languageTag, driver().findElement(By.tagName("html")).getAttribute("lang")),
                () -> assertEquals(expected.get("public.halls"), driver().findElement(By.cssSelector("main h2")).getText()),
                () -> assertEquals(expected.get("public.lead"), driver().findElement(By.cssSelector(".hero .lead")).getText()),
                () -> assertEquals(expected.get("nav.staffLogin"), textOf("staffLogin")),
                () -> assertEquals(expected.get("footer.text"), driver().findElement(By.className("site-footer")).getText()));
    }

    @Test
    @DisplayName("a link with ?lang=zh-Hans (as the public item pages make) chooses Simplified Chinese for the session")
    void langParameterChoosesForTheSession() {
        Texts hans = Texts.of(Texts.HANS);
        open("index.xhtml?lang=zh-Hans");

        open("login.xhtml");

        assertAll(
                () -> assertEquals("zh-Hans", driver().findElement(By.tagName("html")).getAttribute("lang")),
                () -> assertEquals(hans.get("login.title"), driver().findElement(By.cssSelector(".login-box h1")).getText()));
    }

    @Test
    @DisplayName("the chosen language stays for the session: the login page follows the switch")
    void choiceStaysForTheSession() {
        Texts hans = Texts.of(Texts.HANS);
        open("index.xhtml");
        guardHttp(() -> byId("languageForm:hans").click());

        open("login.xhtml");

        capture("login-zh-Hans");
        assertAll(
                () -> assertEquals("zh-Hans", driver().findElement(By.tagName("html")).getAttribute("lang")),
                () -> assertEquals(hans.get("login.title"), driver().findElement(By.cssSelector(".login-box h1")).getText()),
                () -> assertEquals(hans.get("login.submit"), textOf("login:submit")));
    }

    @Test
    @DisplayName("a browser asking for zh-CN gets Simplified Chinese without touching the switch")
    void mainlandBrowserGetsSimplified() {
        Texts hans = Texts.of(Texts.HANS);
        try (Chrome mainland = Chrome.start("zh-CN")) {
            ChromeDriver browser = mainland.driver();

            browser.get(url("index.xhtml"));

            assertAll(
                    () -> assertEquals("zh-Hans", browser.findElement(By.tagName("html")).getAttribute("lang")),
                    () -> assertEquals(hans.get("public.halls"), browser.findElement(By.cssSelector("main h2")).getText()),
                    () -> assertEquals(hans.get("nav.staffLogin"), browser.findElement(By.id("staffLogin")).getText()));
        }
    }

    @Test
    @DisplayName("a client that names no language gets Traditional Chinese")
    void noAcceptLanguageGetsTraditional() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("index.xhtml"))).GET().build();

        HttpResponse<String> page = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertAll(
                () -> assertEquals(200, page.statusCode()),
                () -> assertTrue(page.body().contains("lang=\"zh-Hant\""), "html lang zh-Hant"),
                () -> assertTrue(page.body().contains(Texts.of(Texts.HANT).get("public.halls")), "the halls heading in zh-Hant"));
    }

    private static Locale locale(String languageTag) {
        return switch (languageTag) {
            case "zh-Hans" -> Texts.HANS;
            case "zh-Hant" -> Texts.HANT;
            default -> Texts.ENGLISH;
        };
    }
}
