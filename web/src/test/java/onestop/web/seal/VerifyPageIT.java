package onestop.web.seal;

import onestop.testing.TestDeployments;
import onestop.web.BrowserTestBase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public verification page: anyone uploads a sealed PDF and reads the verdict, without logging in. */
class VerifyPageIT extends BrowserTestBase {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.webModule("verify-page-it");
    }

    private Path saved(String name, byte[] pdf) throws Exception {
        Path file = Files.createTempDirectory("verify-page").resolve(name);
        Files.write(file, pdf);
        return file;
    }

    private void upload(Path file) {
        open("verify.xhtml");
        WebElement input = driver().findElement(By.cssSelector("#verify\\:file input[type=file]"));
        input.sendKeys(file.toAbsolutePath().toString());
        waiting().until(d -> !d.findElements(By.id("verdictText")).isEmpty());
        waitForPage();
    }

    @Test
    @DisplayName("an untouched license uploaded on the page is valid, with its number, department and registry status")
    void validLicense() throws Exception {
        SealHttp.Issued license = new SealHttp(base).issued("頁面測試食品有限公司");

        upload(saved(license.number() + ".pdf", license.pdf()));

        capture("verify-valid");
        assertAll(
                () -> assertEquals(text("verify.valid"), textOf("verdictText")),
                () -> assertEquals(text("verify.status.VALID"), textOf("status")),
                () -> assertEquals(license.number(), textOf("licenseNumber")),
                () -> assertEquals("Market Regulation Bureau", textOf("department")),
                () -> assertTrue(driver().findElements(By.id("reasons")).isEmpty(), "no findings"));
    }

    @Test
    @DisplayName("a license with one byte changed is invalid, and the page says why")
    void tamperedLicense() throws Exception {
        SealHttp.Issued license = new SealHttp(base).issued("頁面測試竄改有限公司");

        upload(saved("tampered.pdf", SealHttp.flipByte(license.pdf())));

        capture("verify-tampered");
        List<WebElement> reasons = byId("reasons").findElements(By.tagName("li"));
        assertAll(
                () -> assertEquals(text("verify.invalid"), textOf("verdictText")),
                () -> assertTrue(reasons.stream().anyMatch(li -> "signatureInvalid".equals(li.getAttribute("data-code"))
                        && li.getText().strip().equals(text("verify.reason.signatureInvalid"))),
                        () -> reasons.stream().map(WebElement::getText).toList().toString()));
    }

    @Test
    @DisplayName("the QR code's page shows the license's public record and no identification number")
    void licenseRecordPage() {
        SealHttp.Issued license = new SealHttp(base).issued("記錄頁有限公司");

        open("license.xhtml?number=" + license.number());

        capture("license-record");
        assertAll(
                () -> assertEquals(license.number(), textOf("number")),
                () -> assertEquals("記錄頁有限公司", textOf("holder")),
                () -> assertEquals(text("license.status.VALID"), textOf("status")),
                () -> assertTrue(!driver().getPageSource().contains("91230600MA1B2C3D43"), "no identifier on the page"));
    }
}
