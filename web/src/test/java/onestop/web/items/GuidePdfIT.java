package onestop.web.items;

import onestop.testing.TestDeployments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The printable guide ({@code /items/guide.pdf}) as the public downloads it. */
@ExtendWith(ArquillianExtension.class)
class GuidePdfIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.webModule("guide-pdf-it");
    }

    @ArquillianResource
    private URL base;

    @Test
    @DisplayName("the PDF guide's text has the item's Chinese name and every material, and is named after the item in UTF-8")
    void pdfGuide() throws Exception {
        CatalogSeeds seeds = CatalogSeeds.on(base);
        String code = CatalogSeeds.freshCode();
        seeds.publish(code, CatalogSeeds.foodLicense("食品經營許可"), null);

        HttpResponse<byte[]> response = new PublicHttp(base).get("items/guide.pdf?code=" + code + "&lang=zh-Hant");

        String text;
        int pages;
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            pages = pdf.getNumberOfPages();
        }
        String disposition = PublicHttp.header(response, "Content-Disposition");
        String finalText = text;
        assertAll(
                () -> assertEquals(200, response.statusCode()),
                () -> assertEquals("application/pdf", PublicHttp.header(response, "Content-Type")),
                () -> assertTrue(finalText.contains("食品經營許可"), finalText),
                () -> assertTrue(finalText.contains("食品經營許可申請書"), finalText),
                () -> assertTrue(finalText.contains("營業執照"), finalText),
                () -> assertTrue(finalText.contains("食品安全管理制度文本"), finalText),
                () -> assertTrue(finalText.contains("三、申報材料") && finalText.contains("七、監督管理"), finalText),
                () -> assertTrue(finalText.contains("第1頁，共" + pages + "頁"), finalText),
                () -> assertTrue(disposition.contains("filename*=UTF-8''"
                        + URLEncoder.encode("食品經營許可", StandardCharsets.UTF_8)), disposition));
    }
}
