package onestop.web.supervision;

import onestop.testing.TestDeployments;
import onestop.web.BrowserLanguage;
import onestop.web.BrowserTestBase;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The e-supervision screens in the center's own language (zh-Hant): the dashboard and its
 * drill-down, the handling of a card by the department and by supervision, an auditor's export,
 * and the audit trail's filters.
 */
@BrowserLanguage("zh-TW")
class SupervisionBrowserIT extends BrowserTestBase {
    private static final ResourceBundle SUP = ResourceBundle.getBundle("onestop.web.supervision", Locale.TAIWAN);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.webModule("supervision-browser-it").addClass(AlertScanHook.class);
    }

    private SupervisionFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new SupervisionFixtures(base);
    }

    private static String sup(String key) {
        return SUP.getString(key);
    }

    /** The row of a table (its tbody id) whose text contains {@code text}. */
    private static WebElement rowWith(String tbodyId, String text) {
        return waiting().withMessage(() -> "a row with " + text + " in " + tbodyId).until(d ->
                d.findElement(By.id(tbodyId)).findElements(By.tagName("tr")).stream()
                        .filter(tr -> tr.getText().contains(text)).findFirst().orElse(null));
    }

    /** A file the page links to, fetched with the browser's session as the browser would download it. */
    private HttpResponse<byte[]> download(String href) throws IOException, InterruptedException {
        Cookie session = driver().manage().getCookieNamed("JSESSIONID");
        assertNotNull(session, "the browser has a session");
        HttpRequest request = HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session.getValue())
                .GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Types a case number into the alerts' filter and waits until the table shows only its cards. */
    private static void filterAlerts(String number) {
        type("alerts:caseNumber", number);
        waiting().ignoring(StaleElementReferenceException.class).withMessage("only the cards of " + number).until(d -> {
            List<WebElement> rows = d.findElement(By.id("alerts:table_data")).findElements(By.tagName("tr"));
            return (Boolean) driver().executeScript("return PrimeFaces.ajax.Queue.isEmpty();")
                    && !rows.isEmpty() && rows.stream().allMatch(tr -> tr.getText().contains(number));
        });
    }

    /** A screenshot of the whole page, not only the window (the window is made as tall as the page meanwhile). */
    static void captureWhole(String name) {
        Dimension window = driver().manage().window().getSize();
        long height = (Long) driver().executeScript("return document.documentElement.scrollHeight;");
        driver().manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(height + 140, 4000)));
        try {
            capture(name);
        } finally {
            driver().manage().window().setSize(window);
        }
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    @DisplayName("a supervisor sees charts and figures, drills from a department to its items and to the cases behind 'completed'")
    void dashboardDrillDown() {
        String number = fixtures.completedToday();
        logIn("supervisor");
        assertTrue(linkTexts("sideMenu").contains(text("nav.supervision")), "the menu has the dashboard");

        open("staff/supervision/dashboard.xhtml");
        WebElement scj = rowWith("dashboard:table_data", "SCJ");
        int completed = Integer.parseInt(scj.findElement(By.cssSelector(".count-completed")).getText().strip());
        assertAll(
                () -> assertFalse(driver().findElements(By.cssSelector("#dashboard\\:trendChart canvas")).isEmpty(), "trend chart"),
                () -> assertFalse(driver().findElements(By.cssSelector("#dashboard\\:rankingChart canvas")).isEmpty(), "ranking chart"),
                () -> assertFalse(driver().findElements(By.cssSelector("#dashboard\\:distributionChart canvas")).isEmpty(), "distribution chart"),
                () -> assertTrue(completed >= 1, "SCJ completed a case today"),
                () -> assertTrue(Integer.parseInt(textOf("kpiCompleted")) >= completed, "the total counts it"));
        captureWhole("supervision-dashboard");

        guardAjax(() -> scj.findElement(By.cssSelector("a.drill-SCJ")).click());
        assertTrue(textOf("dashboard:scopeDepartment").contains("SCJ"));
        rowWith("dashboard:table_data", "A01");
        guardAjax(() -> byId("dashboard:byItem").click());
        WebElement item = rowWith("dashboard:table_data", SupervisionFixtures.QUICK_ITEM);
        guardAjax(() -> item.findElement(By.cssSelector("a.count-completed")).click());
        visible("casesDialog");
        capture("supervision-dashboard-cases");

        List<WebElement> links = byId("casesForm:casesTable_data").findElements(By.cssSelector("a.case-link"));
        WebElement link = links.stream().filter(a -> a.getText().strip().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError(number + " among the cases behind 'completed'"));
        assertTrue(link.getAttribute("href").endsWith("/staff/cases/case.xhtml?number=" + number), link.getAttribute("href"));
        assertTrue(textOf("casesTitle").contains(sup("metric.completed")));
    }

    @Test
    @DisplayName("the chief representative explains a red card (text escaped); supervision orders rectification and the notice downloads")
    void cardExplainedAndEscalated() throws Exception {
        Map<String, Object> c = fixtures.accepted(SupervisionFixtures.PROMISED_ITEM);
        String number = (String) c.get("number");
        fixtures.scan(SupervisionFixtures.date(c.get("deadline")).plusDays(1));
        String explanation = "<b>專家評審延誤</b>，已督促";

        logIn("chief");
        assertTrue(Integer.parseInt(textOf("openRed")) >= 1, "the home page tells the chief representative of open red cards");
        capture("supervision-home-chief");
        guardHttp(() -> byId("toAlerts").click());
        filterAlerts(number);
        WebElement red = rowWith("alerts:table_data", sup("alerts.kind.CASE_OVERDUE"));
        assertTrue(red.getText().contains(number));
        guardAjax(() -> red.findElement(By.cssSelector("button[id$=':explain']")).click());
        visible("explainDialog");
        waitForAnimations();
        type("explainForm:explanation", explanation);
        guardAjax(() -> byId("explainForm:save").click());
        WebElement explained = rowWith("alerts:table_data", sup("alerts.kind.CASE_OVERDUE"));
        assertAll(
                () -> assertTrue(explained.getText().contains(sup("alerts.status.EXPLAINED")), explained.getText()),
                () -> assertTrue(explained.getText().contains(explanation), "shown as typed, not as markup"),
                () -> assertTrue(explained.findElements(By.tagName("b")).isEmpty()));
        captureWhole("supervision-alerts-chief");
        logOut();

        logIn("supervisor");
        open("staff/supervision/alerts.xhtml");
        filterAlerts(number);
        WebElement toEscalate = rowWith("alerts:table_data", sup("alerts.status.EXPLAINED"));
        guardAjax(() -> toEscalate.findElement(By.cssSelector("button[id$=':escalate']")).click());
        visible("escalateDialog");
        waitForAnimations();
        type("escalateForm:requirement", "三個工作日內辦結並書面報告");
        guardAjax(() -> byId("escalateForm:save").click());
        WebElement escalated = rowWith("alerts:table_data", sup("alerts.status.ESCALATED"));
        captureWhole("supervision-alerts-escalated");
        String href = escalated.findElement(By.cssSelector("a.rectification-link")).getAttribute("href");

        HttpResponse<byte[]> pdf = download(href);

        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        String notice = pdfText(pdf.body());
        assertTrue(notice.contains("整改通知書") && notice.contains(number) && notice.contains("三個工作日內辦結"), notice);
    }

    @Test
    @DisplayName("an auditor's audit-trail PDF is made in the background with its progress shown, then downloads")
    void auditorExport() throws Exception {
        logIn("auditor");
        assertTrue(linkTexts("sideMenu").contains(text("nav.exports")));
        open("staff/exports/exports.xhtml");
        assertEquals("AUDIT_PDF", byId("exports:kind_input").getAttribute("value"));
        driver().executeScript("window.__itSamePage = true;");

        guardAjax(() -> byId("exports:request").click());
        WebElement newest = byId("exports:jobs_data").findElement(By.cssSelector("tr.job"));
        String job = "tr." + newest.getAttribute("class").replaceAll(".*\\b(job-\\d+)\\b.*", "$1");
        assertAll(
                () -> assertTrue(newest.getText().contains(sup("exports.kind.AUDIT_PDF")), newest.getText()),
                () -> assertFalse(newest.findElements(By.cssSelector(".job-progress")).isEmpty(), "a progress bar"));
        WebElement link = waiting().withTimeout(Duration.ofSeconds(60)).withMessage("the export becomes ready")
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector(job + " a.download")).stream().findFirst().orElse(null));
        capture("supervision-exports");
        assertAll(
                () -> assertEquals(Boolean.TRUE, driver().executeScript("return window.__itSamePage === true;"),
                        "updated by polling, not reloaded"),
                () -> assertTrue(driver().findElement(By.cssSelector(job)).getText().contains("100%")));

        HttpResponse<byte[]> pdf = download(link.getAttribute("href"));

        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("%PDF-", new String(pdf.body(), 0, 5));
    }

    @Test
    @DisplayName("the audit trail filtered by actor, action and object shows exactly that case's acceptance")
    void auditTrailFilters() {
        String number = (String) fixtures.accepted(SupervisionFixtures.PROMISED_ITEM).get("number");
        logIn("auditor");
        open("staff/audit/trail.xhtml");

        type("audit:actor", "clerk");
        selectOneMenu("audit:action", "CASE_ACCEPTED");
        type("audit:objectId", number);
        guardAjax(() -> byId("audit:search").click());
        capture("audit-trail-filtered");

        List<WebElement> rows = byId("audit:table_data").findElements(By.tagName("tr"));
        assertEquals(1, rows.size(), () -> rows.stream().map(WebElement::getText).toList().toString());
        assertAll(
                () -> assertEquals("clerk", rows.get(0).findElement(By.cssSelector("td.actor")).getText().strip()),
                () -> assertEquals(text("audit.action.CASE_ACCEPTED"), rows.get(0).findElement(By.cssSelector("td.action")).getText().strip()),
                () -> assertTrue(rows.get(0).findElement(By.cssSelector("td.object")).getText().contains(number)));
    }
}
