package onestop.web.cases;

import onestop.testing.TestDeployments;
import onestop.web.ApiClient;
import onestop.web.BrowserLanguage;
import onestop.web.BrowserTestBase;
import onestop.web.Texts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window workbench in the center's own language (zh-Hant): intake of a food business
 * license (SCJ-XK-004: clerk step, clerk review, chief inspection, chief decision) for a company,
 * through acceptance (a sealed notice), review and approval (with the license's scope and last
 * day) to the issued result with its sealed license; the refusal of an invalid credit code next to
 * its field; and a stale case page acting after a colleague.
 */
@BrowserLanguage("zh-TW")
class CaseWorkbenchBrowserIT extends BrowserTestBase {
    private static final String ITEM = "SCJ-XK-004";
    private static final String CREDIT_CODE = "91350100M000100Y43";
    private static final String WRONG_CREDIT_CODE = "91350100M000100Y44";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.webModule("case-workbench-it");
    }

    private static Texts cases() {
        return Texts.of(texts().locale(), "onestop.web.cases");
    }

    // ---- the intake page

    private void startIntake() {
        open("staff/cases/intake.xhtml");
        guardAjaxAfterSelect("intake:item", ITEM);
        guardAjax(() -> byId("intake").findElement(By.cssSelector("label[for='intake:kind:1']")).click());
        type("intake:name", "大慶市測試餐飲管理有限公司");
        type("intake:representative", "張建華");
        type("intake:phone", "0459-6123456");
        guardAjax(() -> byId("intake:allReceived").click());
    }

    /** The item menu sends its Ajax request when the item is picked. */
    private static void guardAjaxAfterSelect(String id, String value) {
        guardAjax(() -> selectOneMenu(id, value));
    }

    private static Path scanPng() throws Exception {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Path png = Files.createTempFile("scan", ".png");
        ImageIO.write(image, "png", png.toFile());
        return png;
    }

    /** Registers the filled-in intake and returns the new case's number (the case page's ?number=). */
    private String register() {
        guardHttp(() -> byId("intake:register").click());
        assertEquals("/staff/cases/case.xhtml", currentPath());
        String query = currentQuery();
        assertTrue(query.startsWith("number="), query);
        return query.substring("number=".length());
    }

    private String registerCompany() {
        startIntake();
        type("intake:identifier", CREDIT_CODE);
        return register();
    }

    // ---- the case page

    private void openCase(String number) {
        open("staff/cases/case.xhtml?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8));
    }

    private static String status() {
        return textOf("caseStatus");
    }

    private static void act(String button) {
        guardAjax(() -> byId("caseForm:" + button).click());
    }

    /** Opens an action's dialog, lets the test fill it in, confirms it and waits until it is closed. */
    private static void inDialog(String button, String dialog, Runnable fill) {
        act(button);
        visible(dialog);
        waitForAnimations();
        fill.run();
        guardAjax(() -> byId(dialog.replace("Dialog", "Form") + ":confirm").click());
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id(dialog)));
        waitForAnimations();
    }

    private static List<String> actions() {
        return byId("actions").findElements(By.cssSelector("button")).stream().map(b -> b.getAttribute("id")).toList();
    }

    /** Keeps a downloaded document beside the screenshots, to look at. */
    private static void keep(String name, byte[] content) throws Exception {
        Path file = Path.of("target", "screenshots", name);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    /** The seal column of a case document's row (found by its kind). */
    private static String sealMarkOf(String kind) {
        WebElement link = byId("documentsSection").findElement(By.cssSelector("a.document-" + kind));
        return link.findElement(By.xpath("ancestor::tr")).findElement(By.cssSelector(".seal-mark")).getText().strip();
    }

    private HttpResponse<byte[]> download(String href) throws Exception {
        Cookie session = driver().manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    @DisplayName("an invalid credit code is refused next to its field in zh-Hant, and no case is registered")
    void invalidCreditCode() {
        logIn("clerk");
        startIntake();
        type("intake:identifier", WRONG_CREDIT_CODE);

        guardAjax(() -> byId("intake:register").click());

        capture("cases-intake-invalid-credit-code");
        String expected = text("case.creditCodeInvalid", WRONG_CREDIT_CODE);
        assertAll(
                () -> assertEquals("/staff/cases/intake.xhtml", currentPath()),
                () -> assertEquals(expected, textOf("intake:identifierMessage")),
                () -> assertTrue(messages("messages").contains(expected), () -> "page messages " + messages("messages")));
    }

    @Test
    @DisplayName("a program named .pdf is refused next to its upload in zh-Hant and not listed as a scan")
    void fileJudgedByContent() throws Exception {
        logIn("clerk");
        startIntake();
        Path fake = Files.createTempDirectory("scans").resolve("license.pdf");
        Files.write(fake, new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff});

        guardAjax(() -> byId("intake:materials:1:scan_input").sendKeys(fake.toString()));

        capture("cases-intake-fake-pdf");
        assertAll(
                () -> assertEquals(text("case.fileType", "license.pdf"), textOf("intake:materials:1:scanMessage")),
                () -> assertFalse(textOf("intake:materials:1:scanList").contains("license.pdf"), "not taken as a scan"));
    }

    @Test
    @DisplayName("intake of a company with all materials and a scan → accept → clerk review → chief inspection → approval → issue")
    void intakeToIssue() throws Exception {
        logIn("clerk");
        startIntake();
        type("intake:identifier", CREDIT_CODE);
        Path png = scanPng();
        guardAjax(() -> byId("intake:materials:0:scan_input").sendKeys(png.toString()));
        assertTrue(textOf("intake:materials").contains(png.getFileName().toString()), "the scan is listed with its material");
        capture("cases-intake");

        String number = register();

        capture("cases-case-received");
        assertAll(
                () -> assertEquals(number, textOf("caseNumber")),
                () -> assertEquals(cases().get("status.RECEIVED"), status()),
                () -> assertEquals(List.of("caseForm:accept", "caseForm:requestCorrection", "caseForm:refuse"), actions()),
                () -> assertTrue(textOf("caseForm:materials").contains(png.getFileName().toString()), "the scan is on the case"));

        act("accept");

        capture("cases-case-accepted");
        String href = byId("documentsSection").findElement(By.cssSelector("a.document-ACCEPTANCE_NOTICE")).getAttribute("href");
        HttpResponse<byte[]> notice = download(href);
        keep("cases-acceptance-notice.pdf", notice.body());
        assertAll(
                () -> assertEquals(cases().get("status.IN_REVIEW"), status()),
                () -> assertEquals(cases().get("document.sealed"), sealMarkOf("ACCEPTANCE_NOTICE")),
                () -> assertTrue(textOf("deadline").matches("(?s)\\d{4}-\\d{2}-\\d{2}.*"), () -> "deadline: " + textOf("deadline")),
                () -> assertEquals(List.of(cases().get("done.accept", number)), messages("messages")),
                () -> assertEquals(200, notice.statusCode()),
                () -> assertEquals("application/pdf", notice.headers().firstValue("Content-Type").orElse("")),
                () -> assertEquals("nosniff", notice.headers().firstValue("X-Content-Type-Options").orElse("")),
                () -> assertTrue(notice.headers().firstValue("Content-Disposition").orElse("").startsWith("inline;")),
                () -> assertEquals("%PDF-", new String(Arrays.copyOf(notice.body(), 5), StandardCharsets.US_ASCII)));

        open("staff/cases/queue.xhtml");
        capture("cases-queue");
        assertTrue(linkTexts("queue:table").contains(number), () -> "queue: " + linkTexts("queue:table"));

        openCase(number);
        inDialog("completeStep", "stepDialog", () -> type("stepForm:note", "材料齊全，符合法定形式"));
        assertFalse(actions().contains("caseForm:completeStep"), "the clerk's review is done; the inspection is the chief's");
        logOut();

        logIn("chief");
        openCase(number);
        inDialog("completeStep", "stepDialog", () -> type("stepForm:note", "現場核查符合要求"));
        String lastDay = LocalDate.now().plusYears(5).toString();
        inDialog("decide", "decideDialog", () -> {
            guardAjax(() -> byId("decideForm").findElement(By.cssSelector("label[for='decideForm:decision:0']")).click());
            type("decideForm:licenseScope", "預包裝食品銷售、熱食類食品製售");
            type("decideForm:licenseValidUntil_input", lastDay); // typed: the calendar opens from its button only
            capture("cases-decide-license-terms");
        });
        capture("cases-case-decided");
        assertAll(
                () -> assertEquals(cases().get("status.READY_TO_ISSUE"), status()),
                () -> assertTrue(textOf("caseForm:decision").startsWith(cases().get("decision.APPROVED")), () -> textOf("caseForm:decision")),
                () -> assertTrue(textOf("caseForm:license").contains("預包裝食品銷售、熱食類食品製售")
                        && textOf("caseForm:license").contains(lastDay)
                        && textOf("caseForm:license").contains(cases().get("case.licenseAtIssue")), () -> textOf("caseForm:license")));
        logOut();

        logIn("clerk");
        openCase(number);
        act("issue");

        capture("cases-case-issued");
        driver().executeScript("document.getElementById('documentsSection').scrollIntoView()");
        capture("cases-case-issued-documents");
        WebElement licenseLink = byId("caseForm:licenseLink");
        HttpResponse<byte[]> license = download(byId("documentsSection").findElement(By.cssSelector("a.document-LICENSE"))
                .getAttribute("href"));
        keep("cases-license.pdf", license.body());
        assertAll(
                () -> assertEquals(cases().get("status.ISSUED"), status()),
                () -> assertEquals(List.of("caseForm:collect"), actions()),
                () -> assertTrue(textOf("timelineSection").contains(cases().get("event.ISSUED"))),
                () -> assertTrue(licenseLink.getText().strip().matches("SCJ-XK\\d{4}-\\d{6}"), licenseLink::getText),
                () -> assertTrue(licenseLink.getAttribute("href").endsWith("/license.xhtml?number=" + licenseLink.getText().strip()),
                        () -> licenseLink.getAttribute("href")),
                () -> assertEquals(cases().get("document.sealed"), sealMarkOf("LICENSE")),
                () -> assertEquals("%PDF-", new String(Arrays.copyOf(license.body(), 5), StandardCharsets.US_ASCII)));
    }

    @Test
    @DisplayName("while SCJ has no seal in force its acceptance notice goes out unsealed, and the case page marks it so")
    void unsealedNoticeIsMarked() {
        ApiClient admin = ApiClient.as(base, "admin", DEMO_PASSWORD);
        Map<String, Object> seal = ApiClient.list(admin.get("seals")).stream()
                .filter(s -> "SCJ".equals(s.get("departmentCode")) && "ACTIVE".equals(s.get("status")))
                .findFirst().orElseThrow();
        assertEquals(200, admin.postJson("seals/" + ((Number) seal.get("id")).longValue() + "/revoke",
                Map.of("reason", "瀏覽器測試：印章停用期間")).statusCode());
        try {
            logIn("clerk");
            String number = registerCompany();

            act("accept");

            driver().executeScript("document.getElementById('documentsSection').scrollIntoView()");
            capture("cases-case-accepted-unsealed");
            assertAll(
                    () -> assertEquals(List.of(cases().get("done.accept", number)), messages("messages")),
                    () -> assertEquals(cases().get("document.unsealed"), sealMarkOf("ACCEPTANCE_NOTICE")));
        } finally {
            LocalDate today = LocalDate.now();
            assertEquals(201, admin.postJson("seals", Map.of("departmentCode", "SCJ", "text", seal.get("text"),
                    "algorithm", "ECDSA_P256", "validFrom", today.toString(), "validUntil", today.plusYears(5).toString()))
                    .statusCode(), "SCJ has a seal again");
        }
    }

    @Test
    @DisplayName("a case page left open while a colleague accepts the case is told of the conflict and shows the case as it is now")
    void staleAccept() {
        logIn("clerk");
        String number = registerCompany();

        try (Chrome colleague = Chrome.start("zh-TW")) {
            ChromeDriver other = colleague.driver();
            other.get(url("login.xhtml"));
            other.findElement(By.id("login:name")).sendKeys("clerk2");
            other.findElement(By.id("login:password")).sendKeys(DEMO_PASSWORD);
            other.findElement(By.id("login:submit")).click();
            new WebDriverWait(other, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/staff/"));
            other.get(url("staff/cases/case.xhtml?number=" + number));
            other.findElement(By.id("caseForm:accept")).click();
            new WebDriverWait(other, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class).until(statusIs(cases().get("status.IN_REVIEW")));
        }

        act("accept");

        capture("cases-stale-accept");
        assertAll(
                () -> assertEquals(List.of(text("case.editConflict", number)), messages("messages")),
                () -> assertEquals(cases().get("status.IN_REVIEW"), status()),
                () -> assertFalse(actions().contains("caseForm:accept"), "the reloaded case offers no acceptance"));
    }

    @Test
    @DisplayName("two register requests sent at once from one intake page register one case and both lead to it")
    void doubleSubmitRegistersOnce() {
        logIn("clerk");
        startIntake();
        type("intake:identifier", CREDIT_CODE);

        @SuppressWarnings("unchecked")
        List<String> answers = (List<String>) driver().executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var form = document.getElementById('intake');
                function send() {
                    var data = new FormData(form);
                    data.append('jakarta.faces.partial.ajax', 'true');
                    data.append('jakarta.faces.source', 'intake:register');
                    data.append('jakarta.faces.partial.execute', 'intake');
                    data.append('jakarta.faces.partial.render', 'intake');
                    data.append('intake:register', 'intake:register');
                    return fetch(form.action, {method: 'POST', body: data, headers: {'Faces-Request': 'partial/ajax'}})
                        .then(function (r) { return r.text(); });
                }
                Promise.all([send(), send()]).then(done, function (e) { done(['failed: ' + e]); });
                """);

        List<String> numbers = answers.stream().map(a -> {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("number=([A-Z0-9-]+)").matcher(a);
            return m.find() ? m.group(1) : a;
        }).toList();
        assertAll(
                () -> assertEquals(2, numbers.size()),
                () -> assertTrue(numbers.get(0).matches("SCJ-\\d{4}-\\d+"), () -> "a case page: " + numbers),
                () -> assertEquals(numbers.get(0), numbers.get(1), "both requests lead to the same case"));
    }

    private static ExpectedCondition<Boolean> statusIs(String status) {
        return (WebDriver d) -> {
            List<WebElement> found = d.findElements(By.id("caseStatus"));
            return !found.isEmpty() && status.equals(found.get(0).getText().strip());
        };
    }
}
