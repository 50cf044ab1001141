package onestop.seal;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LicensePdfTest {
    private static final LicenseRequest REQUEST = new LicenseRequest("ZJJ", "ZJJ-XK-001", "SL20261128001",
            "大慶建工集團有限公司", "91230600MA1B2C3D43", "房屋建築工程施工總承包二級；市政公用工程施工總承包三級",
            LocalDate.of(2026, 11, 28), LocalDate.of(2031, 11, 27), "建築業企業資質證書");

    @Test
    @DisplayName("a license shows its fields, carries a QR code that opens its public record, and seals into a valid document")
    void license() throws Exception {
        LicensePdf.Layout layout = LicensePdf.build("ZJJ-2026-000042", REQUEST, TestAuthority.DEPARTMENT, "大慶市行政服務中心",
                LocalDate.of(2026, 11, 28));
        TestAuthority authority = new TestAuthority("大慶市行政服務中心");
        byte[] sealed = authority.sign(layout.pdf(), authority.seal(SealAlgorithm.ECDSA_P256), layout.placement());
        Path out = Path.of("target", "sealed-samples");
        Files.createDirectories(out);
        Files.write(out.resolve("license.pdf"), sealed);

        String text;
        try (PDDocument document = Loader.loadPDF(sealed)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
        for (String expected : List.of("建築業企業資質證書", "ZJJ-2026-000042", "大慶建工集團有限公司", "91230600MA1B2C3D43",
                "房屋建築工程施工總承包二級", "2026-11-28至2031-11-27", TestAuthority.DEPARTMENT, "2026年11月28日")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        assertEquals(LicenseLinks.record("ZJJ-2026-000042"), SealServiceIT.decodeQr(sealed));
        assertEquals(List.of(), PadesVerifier.verify(sealed, authority.rootCertificate()).problems());
        assertEquals(0, layout.placement().pageIndex());
    }

    @Test
    @DisplayName("a holder name with a character no font has is refused rather than printed changed")
    void missingCharacter() {
        LicenseRequest rare = new LicenseRequest("ZJJ", null, null, "王\uD840\uDC0B", "11010519491231002X", "範圍",
                LocalDate.of(2026, 1, 1), null, "許可證");

        SealException e = assertThrows(SealException.class,
                () -> LicensePdf.build("ZJJ-2026-000043", rare, "局", "中心", LocalDate.of(2026, 1, 1)));

        assertEquals("license.characterMissing", e.key());
    }
}
