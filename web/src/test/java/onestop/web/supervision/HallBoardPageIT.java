package onestop.web.supervision;

import onestop.testing.TestDeployments;
import onestop.web.BrowserLanguage;
import onestop.web.BrowserTestBase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hall's big screen: public, no login, no session, counts only, refreshed by itself. */
@BrowserLanguage("zh-TW")
class HallBoardPageIT extends BrowserTestBase {
    private static final ResourceBundle SUP = ResourceBundle.getBundle("onestop.web.supervision", Locale.TAIWAN);
    private static final Duration TWO_REFRESHES = Duration.ofSeconds(30);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.webModule("hall-board-page-it");
    }

    private static int number(String id) {
        return waiting().ignoring(StaleElementReferenceException.class)
                .until(d -> Integer.parseInt(d.findElement(By.id(id)).getText().strip()));
    }

    private static String stableText(String id) {
        return waiting().ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.id(id)).getText().strip());
    }

    @Test
    @DisplayName("a hall's board shows its departments' counts without login and without a session, and refreshes by itself")
    void refreshesByItself() {
        open("board.xhtml?hall=LEGAL_ENTITY&refresh=5");
        int intake = number("totalIntake");
        assertAll(
                () -> assertEquals("/board.xhtml", currentPath(), "no login asked"),
                () -> assertEquals("法人登記大廳", textOf("hallName")),
                () -> assertFalse(driver().findElements(By.cssSelector("tr.department-SCJ")).isEmpty()),
                () -> assertEquals(4,
                        driver().findElements(By.cssSelector(".board-total")).size()));
        capture("hall-board");
        driver().executeScript("window.__itSamePage = true;");

        new SupervisionFixtures(base).accepted(SupervisionFixtures.PROMISED_ITEM);

        waiting().withTimeout(TWO_REFRESHES).withMessage("the board shows the new application by itself")
                .until(d -> number("totalIntake") > intake);
        String page = driver().getPageSource();
        assertAll(
                () -> assertEquals(Boolean.TRUE, driver().executeScript("return window.__itSamePage === true;"),
                        "refreshed by Ajax, not reloaded"),
                () -> assertNull(driver().manage().getCookieNamed("JSESSIONID"), "no session for a public screen"),
                () -> assertFalse(page.matches("(?s).*[A-Z]{2,5}-\\d{4}-\\d{6}.*"), "no case number on a public screen"),
                () -> assertFalse(page.contains("監察畫面測試有限公司"), "no applicant on a public screen"));
    }

    @Test
    @DisplayName("a board opened in English stays in English after it refreshes")
    void languageKeptAcrossRefresh() {
        open("board.xhtml?hall=FINANCE&lang=en&refresh=5");
        String first = stableText("updatedAt");

        waiting().withTimeout(TWO_REFRESHES).until(d -> !stableText("updatedAt").equals(first));

        assertEquals("Finance Hall", stableText("hallName"));
        assertTrue(stableText("totals").contains("Received today"));
    }

    @Test
    @DisplayName("without a known hall the board offers the seven halls to choose from")
    void chooser() {
        open("board.xhtml?hall=NO_SUCH_HALL");
        assertEquals(SUP.getString("board.unknownHall"), textOf("chooserLead"));
        List<WebElement> halls = byId("hallList").findElements(By.tagName("a"));
        assertEquals(7, halls.size());

        guardHttp(() -> halls.get(0).click());

        assertEquals("法人登記大廳", textOf("hallName"));
    }
}
