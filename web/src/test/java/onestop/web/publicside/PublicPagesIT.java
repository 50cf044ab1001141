package onestop.web.publicside;

import onestop.testing.TestDeployments;
import onestop.web.BrowserTestBase;
import onestop.web.publicside.PublicCases.Case;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public pages as a citizen uses them in a browser, on a desktop and a phone: case progress,
 * published decisions, an opinion and its reply (answered in the workbench), an evaluation. Each
 * page is checked with axe-core (no serious or critical WCAG 2.1 A/AA violation) and leaves no
 * session cookie.
 */
class PublicPagesIT extends BrowserTestBase {
    private static final Dimension DESKTOP = new Dimension(1366, 900);
    private static final Dimension PHONE = new Dimension(390, 844);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.webModule("public-pages-it");
    }

    private PublicCases cases() {
        return new PublicCases(base);
    }

    @AfterEach
    void desktopAgain() {
        driver().manage().window().setSize(DESKTOP);
    }

    /** A screenshot at desktop width and one at phone width, of the page on screen. */
    private static void both(String name) {
        driver().manage().window().setSize(DESKTOP);
        capture("public-" + name + "-desktop");
        driver().manage().window().setSize(PHONE);
        Axe.assertNoSeriousViolations(driver(), name + " (phone)");
        Long overflow = (Long) driver().executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow <= 0, name + " scrolls sideways on a phone by " + overflow + "px");
        capture("public-" + name + "-phone");
        driver().manage().window().setSize(DESKTOP);
    }

    private static void noSession() {
        assertTrue(driver().manage().getCookies().stream().noneMatch(c -> c.getName().equalsIgnoreCase("JSESSIONID")),
                () -> "a session was created: " + driver().manage().getCookies());
    }

    @Test
    @DisplayName("case progress: the number and code show the state, deadline and steps; a wrong code shows only an error")
    void progress() {
        Case c = cases().acceptedPerson();
        open("progress.xhtml?lang=en");
        Axe.assertNoSeriousViolations(driver(), "progress form");

        type("number", c.number());
        type("code", PublicCases.wrong(c.code()));
        guardHttp(() -> byId("lookupSubmit").click());
        assertTrue(textOf("progressError").startsWith("No case matches"), textOf("progressError"));
        assertEquals(c.number(), byId("number").getAttribute("value"), "the number stays, the code does not");
        assertEquals("", byId("code").getAttribute("value"));
        Axe.assertNoSeriousViolations(driver(), "progress error");

        type("code", c.code());
        guardHttp(() -> byId("lookupSubmit").click());

        assertAll(
                () -> assertEquals(c.number(), textOf("caseNumber")),
                () -> assertEquals("Accepted, under review", textOf("caseStatus")),
                () -> assertFalse(textOf("caseDeadline").isEmpty()),
                () -> assertFalse(driver().findElements(By.cssSelector("#caseSteps tbody tr")).isEmpty()),
                () -> assertFalse(driver().getPageSource().contains(PublicCases.PERSON_ID)),
                () -> assertFalse(driver().getPageSource().contains("張曉明")));
        Axe.assertNoSeriousViolations(driver(), "progress result");
        both("progress");
        noSession();
    }

    @Test
    @DisplayName("published decisions in Traditional Chinese: the person's name masked, filtered by department, on a phone as cards")
    void bulletins() {
        Case c = cases().issued(cases().acceptedPerson());
        open("bulletins.xhtml?lang=zh-Hant&department=SCJ");

        assertEquals("辦件公示", textOf("bulletinsTitle"));
        WebElement row = byId("bulletins").findElement(By.cssSelector("tr[data-number='" + c.number() + "']"));
        assertEquals("張*明", row.findElement(By.cssSelector("td.applicant")).getText().strip());
        assertTrue(row.getText().contains("准予許可"), row.getText());
        assertFalse(driver().getPageSource().contains(PublicCases.PERSON_ID));
        Axe.assertNoSeriousViolations(driver(), "bulletins");
        both("bulletins");
        noSession();
    }

    @Test
    @DisplayName("an opinion with <script> is shown back as text; the clerk answers it in the workbench; the reply shows by tracking number")
    void opinionAndReply() {
        open("opinions.xhtml?lang=en");
        Axe.assertNoSeriousViolations(driver(), "opinion form");
        byId("category-COMPLAINT").click();
        new org.openqa.selenium.support.ui.Select(byId("opinionDepartment")).selectByValue("SCJ");
        String text = "<script>window.__pwned = 1</script> The queue at A01 took two hours.";
        type("opinionTextInput", text);
        guardHttp(() -> byId("opinionSubmit").click());

        String tracking = textOf("trackingNumber");
        assertTrue(tracking.matches("Y[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3}"), tracking);
        assertTrue(textOf("replyDue").startsWith("Reply due by"), textOf("replyDue"));
        Axe.assertNoSeriousViolations(driver(), "opinion receipt");
        both("opinion-receipt");
        guardHttp(() -> byId("trackingLink").click());
        assertEquals(text, textOf("opinionText"));
        assertNull(driver().executeScript("return window.__pwned;"), "the script must not run");
        assertEquals("Registered, reply pending", textOf("opinionState"));
        noSession();

        logIn("clerk");
        open("staff/opinions/opinions.xhtml");
        WebElement row = byId("opinions:table").findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains(tracking)).findFirst().orElseThrow();
        guardAjax(() -> row.findElement(By.cssSelector("button")).click());
        assertEquals(text, textOf("detailText"));
        type("opinions:reply", "We opened a second window at rush hours. Thank you.");
        guardAjax(() -> byId("opinions:answer").click());
        assertTrue(messages("opinions:messages").get(0).contains(tracking), messages("opinions:messages").toString());
        capture("staff-opinion-answered");
        type("opinions:note", "Closed after the reply.");
        guardAjax(() -> byId("opinions:close").click());
        assertTrue(messages("opinions:messages").get(0).endsWith(tracking + " closed."), messages("opinions:messages").toString());
        logOut();

        driver().manage().deleteAllCookies();
        open("opinions.xhtml?lang=en&tracking=" + tracking);
        assertEquals("We opened a second window at rush hours. Thank you.", textOf("opinionReply"));
        assertEquals("Answered and closed", textOf("opinionState"));
        Axe.assertNoSeriousViolations(driver(), "opinion status");
        both("opinion-status");
    }

    @Test
    @DisplayName("an evaluation: rating 2 with a comment is thanked with the follow-up date; the second try is refused")
    void evaluation() {
        Case c = cases().issued(cases().acceptedPerson());
        open("evaluate.xhtml?lang=en&number=" + c.number());
        Axe.assertNoSeriousViolations(driver(), "evaluation form");
        type("code", c.code());
        driver().findElement(By.cssSelector("label[for='rating-2']")).click();
        type("comment", "Waited too long <b>at the window</b>.");
        guardHttp(() -> byId("evaluationSubmit").click());

        assertTrue(textOf("evaluationReceipt").contains("Your rating of case " + c.number() + " is recorded"), textOf("evaluationReceipt"));
        assertEquals("Dissatisfied", textOf("evaluationGrade"));
        assertTrue(textOf("followUpNotice").startsWith("The department will call you back"), textOf("followUpNotice"));
        Axe.assertNoSeriousViolations(driver(), "evaluation receipt");
        both("evaluation-receipt");

        open("evaluate.xhtml?lang=en&number=" + c.number());
        type("code", c.code());
        driver().findElement(By.cssSelector("label[for='rating-5']")).click();
        guardHttp(() -> byId("evaluationSubmit").click());
        assertTrue(textOf("evaluationError").contains("has already been rated"), textOf("evaluationError"));
        both("evaluation-error");
        noSession();
    }

    @Test
    @DisplayName("the pages speak zh-Hans and switch to English from the header, staying on the same page without a session")
    void languages() {
        for (String page : List.of("progress.xhtml", "bulletins.xhtml", "opinions.xhtml", "evaluate.xhtml")) {
            open(page + "?lang=zh-Hans");
            noSession();
        }
        open("progress.xhtml?lang=zh-Hans");
        assertEquals("办件查询", textOf("progressTitle"));
        assertEquals("zh-Hans", byId("progressTitle").findElement(By.xpath("/html")).getAttribute("lang"));
        guardHttp(() -> byId("languageForm:en").click());
        noSession();
        assertEquals("/progress.xhtml", currentPath());
        assertTrue(currentQuery().contains("lang=en"), currentQuery());
        assertEquals("Case progress", textOf("progressTitle"));
        List<String> nav = List.of(textOf("navProgress"), textOf("navBulletins"), textOf("navOpinions"), textOf("navEvaluate"));
        assertEquals(List.of("Case progress", "Published decisions", "Questions and complaints", "Rate our service"), nav);
        open("opinions.xhtml?lang=zh-Hant");
        assertEquals("諮詢、投訴和建議", textOf("opinionsTitle"));
        both("opinions-form-hant");
        noSession();
    }

    /** Replaces a field's text as a person does: select all, type (PrimeFaces inputNumber ignores clear()). */
    private static void retype(WebElement input, String text) {
        input.click();
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.DELETE);
        input.sendKeys(text);
    }

    @Test
    @DisplayName("the workbench: management changes the complaint deadline; the clerk records the call back and the rectification of a bad rating")
    void workbench() {
        Case c = cases().issued(cases().acceptedPerson());
        java.net.http.HttpResponse<String> rated = onestop.web.ApiClient.anonymous(base).post("public/evaluations",
                java.util.Map.of("caseNumber", c.number(), "queryCode", c.code(), "rating", 1, "comment", "態度不好"));
        assertEquals(201, rated.statusCode(), rated::body);

        logIn("admin");
        open("staff/admin/opinion-deadlines.xhtml");
        retype(byId("deadlines:table:1:days_input"), "6");
        guardAjax(() -> byId("deadlines:table:1:save").click());
        assertEquals("Reply deadline of Complaint set to 6 working days.", messages("deadlines:messages").get(0));
        capture("staff-opinion-deadlines");
        assertEquals("6", byId("deadlines:table:1:days_input").getAttribute("value"));
        retype(byId("deadlines:table:1:days_input"), "5");
        guardAjax(() -> byId("deadlines:table:1:save").click());
        logOut();

        logIn("clerk");
        open("staff/opinions/followups.xhtml");
        WebElement row = byId("followups:table").findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains(c.number())).findFirst().orElseThrow();
        guardAjax(() -> row.findElement(By.cssSelector("button")).click());
        type("followups:text", "Called the applicant, apologised, explained the delay.");
        guardAjax(() -> byId("followups:save").click());
        type("followups:text", "A second clerk serves window A01 at rush hours.");
        guardAjax(() -> byId("followups:save").click());
        assertEquals("Follow-up of case " + c.number() + " saved.", messages("followups:messages").get(0));
        assertTrue(textOf("followUpDetail").startsWith(c.number() + " · Done"), textOf("followUpDetail"));
        assertTrue(textOf("followUpDetail").contains("A second clerk serves window A01"), textOf("followUpDetail"));
        capture("staff-followup-rectified");
        logOut();
    }
}
