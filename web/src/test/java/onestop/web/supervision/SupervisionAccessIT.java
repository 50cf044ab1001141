package onestop.web.supervision;

import onestop.testing.TestDeployments;
import onestop.web.BrowserTestBase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who reaches which e-supervision page, and what the pages refuse, in English. */
class SupervisionAccessIT extends BrowserTestBase {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.webModule("supervision-access-it");
    }

    /** Replaces an input's text as a user does (select all, type over), then closes any date picker that opened. */
    private static void retype(String id, String value) {
        visible(id).sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.ESCAPE);
    }

    @Test
    @DisplayName("a chief representative's dashboard covers their own department by window, with no way out to the whole center")
    void chiefSeesOwnDepartment() {
        new SupervisionFixtures(base).completedToday();
        logIn("chief");
        List<String> menu = linkTexts("sideMenu");

        open("staff/supervision/dashboard.xhtml");
        SupervisionBrowserIT.captureWhole("supervision-dashboard-chief-en");

        assertAll(
                () -> assertTrue(menu.contains(text("nav.supervision")) && menu.contains(text("nav.alerts"))),
                () -> assertFalse(menu.contains(text("nav.exports")), "chief representatives do not export"),
                () -> assertEquals("Market Regulation Bureau (SCJ)", textOf("dashboard:scopeDepartment")),
                () -> assertTrue(driver().findElements(By.id("dashboard:toCenter")).isEmpty()),
                () -> assertTrue(driver().findElements(By.id("dashboard:byDepartment")).isEmpty()),
                () -> assertFalse(byId("dashboard:table_data").findElements(By.xpath(".//tr[contains(., 'A01')]")).isEmpty(),
                        "window A01's row"));
    }

    @Test
    @DisplayName("a ten-year period is refused with the reason, and no figures are shown for it")
    void tenYearsRefused() {
        logIn("supervisor");
        open("staff/supervision/dashboard.xhtml");

        retype("dashboard:from_input", "2016-01-01");
        retype("dashboard:to_input", "2026-01-01");
        guardAjax(() -> byId("dashboard:apply").click());

        assertAll(
                () -> assertEquals(List.of(text("metrics.periodTooLong", 3)), messages("messages")),
                () -> assertTrue(driver().findElements(By.id("dashboard:figures")).isEmpty()));
    }

    @Test
    @DisplayName("an export of a month that does not exist is refused at once with the reason")
    void badExportParameter() {
        logIn("supervisor");
        open("staff/exports/exports.xhtml");

        type("exports:parameter", "2026-13");
        guardAjax(() -> byId("exports:request").click());

        assertEquals(List.of(text("export.monthInvalid", "2026-13")), messages("messages"));
    }

    @Test
    @DisplayName("a window clerk is forbidden the dashboard; a chief representative is forbidden the exports")
    void forbidden() {
        logIn("clerk");
        open("staff/supervision/dashboard.xhtml");
        String clerkSees = textOf("errorMessage");
        driver().executeCdpCommand("Network.clearBrowserCookies", Map.of());
        logIn("chief");
        open("staff/exports/exports.xhtml");

        assertAll(
                () -> assertEquals(text("error.forbidden"), clerkSees),
                () -> assertEquals(text("error.forbidden"), textOf("errorMessage")));
    }
}
