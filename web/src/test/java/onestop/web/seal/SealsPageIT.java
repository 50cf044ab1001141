package onestop.web.seal;

import onestop.testing.TestDeployments;
import onestop.web.ApiClient;
import onestop.web.BrowserTestBase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Center management's seal screen: the departments' seals with their pictures, a new seal, a revocation. */
class SealsPageIT extends BrowserTestBase {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.webModule("seals-page-it");
    }

    private WebElement row(String sealText) {
        return waiting().until(d -> d.findElements(By.cssSelector("#seals\\:table_data tr")).stream()
                .filter(tr -> tr.getText().contains(sealText)).findFirst().orElse(null));
    }

    private static boolean imageLoaded(WebElement row) {
        WebElement img = row.findElement(By.cssSelector("img.seal-thumb"));
        return (Boolean) driver().executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", img);
    }

    @Test
    @DisplayName("the demo departments' seals are listed in force, each with its red seal picture")
    void demoSealsListed() {
        logIn("admin");
        open("staff/admin/seals.xhtml");

        WebElement scj = row("市場監督管理局行政許可專用章");

        capture("seals-list");
        assertAll(
                () -> assertTrue(scj.getText().contains(text("seal.status.ACTIVE")), scj::getText),
                () -> assertTrue(imageLoaded(scj), "the seal picture is shown"));
    }

    @Test
    @DisplayName("a seal created in the dialog appears in force; revoked with a reason, it shows as revoked")
    void createAndRevoke() {
        String code = "IT" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        HttpResponse<String> department = ApiClient.as(base, "admin", DEMO_PASSWORD).post("departments", Map.of("code", code,
                "name", Map.of("hant", "測試印章局", "hans", "测试印章局", "en", "Seal Test Bureau"),
                "hallCode", "LEGAL_ENTITY", "active", true, "version", 0));
        assertEquals(201, department.statusCode(), department::body);
        logIn("admin");
        open("staff/admin/seals.xhtml");
        guardAjax(() -> byId("seals:new").click());
        visible("sealDialog");
        waitForAnimations();
        selectOneMenu("sealDialogForm:department", code);
        waitForPage();
        assertEquals("測試印章局行政許可專用章", byId("sealDialogForm:text").getAttribute("value"));
        capture("seals-new-dialog");

        guardAjax(() -> byId("sealDialogForm:save").click());

        WebElement created = row("測試印章局行政許可專用章");
        capture("seals-created");
        assertAll(
                () -> assertTrue(messages("messages").contains(text("seal.created", "測試印章局行政許可專用章")),
                        () -> messages("messages").toString()),
                () -> assertTrue(created.getText().contains(text("seal.status.ACTIVE")), created::getText),
                () -> assertTrue(imageLoaded(created), "the drawn seal is shown"));

        guardAjax(() -> created.findElement(By.cssSelector("button.revoke")).click());
        visible("revokeDialog");
        waitForAnimations();
        type("revokeDialogForm:reason", "部門撤併");
        guardAjax(() -> byId("revokeDialogForm:confirm").click());

        WebElement revoked = row("測試印章局行政許可專用章");
        capture("seals-revoked");
        assertTrue(revoked.getText().contains(text("seal.status.REVOKED")) && revoked.getText().contains("部門撤併"),
                revoked::getText);
    }
}
