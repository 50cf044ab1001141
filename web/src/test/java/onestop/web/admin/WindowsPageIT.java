package onestop.web.admin;

import onestop.testing.TestDeployments;
import onestop.web.ApiClient;
import onestop.web.BrowserTestBase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Center management keeps the numbered windows in a PrimeFaces dialog. */
class WindowsPageIT extends BrowserTestBase {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.webModule("windows-page-it");
    }

    @BeforeEach
    void openWindowsPageAsAdmin() {
        logIn("admin");
        open("staff/admin/windows.xhtml");
    }

    private static String freshCode() {
        return "IT-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    private static void fillNewWindow(String code, String department, String hall) {
        guardAjax(() -> byId("windows:new").click());
        visible("windowDialog");
        waitForAnimations();
        type("windowDialogForm:code", code);
        selectOneMenu("windowDialogForm:department", department);
        selectOneMenu("windowDialogForm:hall", hall);
    }

    private static List<String> codesInTable() {
        return byId("windows:table_data").findElements(By.cssSelector("tr > td:first-child")).stream()
                .map(td -> td.getText().strip()).toList();
    }

    @Test
    @DisplayName("a window created in the dialog closes it, is confirmed and appears in the table")
    void createWindow() {
        String code = freshCode();
        fillNewWindow(code, "SCJ", "LEGAL_ENTITY");
        capture("windows-dialog");

        guardAjax(() -> byId("windowDialogForm:save").click());

        capture("windows-saved");
        assertAll(
                () -> assertTrue(codesInTable().contains(code), () -> code + " in " + codesInTable()),
                () -> assertEquals(List.of(text("window.saved", code)), messages("messages")),
                () -> assertTrue(!byId("windowDialog").isDisplayed(), "the dialog is closed"));
    }

    @Test
    @DisplayName("the new-window dialog shows its whole form without a horizontal scrollbar, even with the longest department chosen")
    void dialogFitsItsWidth() {
        fillNewWindow(freshCode(), "RSJ", "SECURITY_LEGAL");

        Boolean fits = (Boolean) driver().executeScript(
                "var c = document.querySelector('#windowDialog .ui-dialog-content'); return c.scrollWidth <= c.clientWidth;");

        capture("windows-dialog-longest-department");
        assertTrue(fits, "the dialog's content is wider than the dialog");
    }

    @Test
    @DisplayName("a code already in use keeps the dialog open with the 'already used' message")
    void duplicateCodeKeepsDialogOpen() {
        String code = freshCode();
        HttpResponse<String> existing = ApiClient.as(base, "admin", DEMO_PASSWORD).post("windows",
                Map.of("code", code, "departmentCode", "SWJ", "hallCode", "FINANCE", "active", true, "version", 0));
        assertEquals(201, existing.statusCode(), existing::body);
        fillNewWindow(code, "SCJ", "LEGAL_ENTITY");

        guardAjax(() -> byId("windowDialogForm:save").click());

        capture("windows-duplicate");
        assertAll(
                () -> assertTrue(byId("windowDialog").isDisplayed(), "the dialog stays open"),
                () -> assertEquals(List.of(text("center.windowCodeTaken", code)), messages("windowDialogForm:dialogMessages")));
    }
}
