package onestop.seal;

import onestop.documents.pdf.SealPlacement;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What other software makes of a sealed document: poppler's {@code pdfsig} must find the
 * signature valid and covering the whole file, and the rendered page must show the red seal over
 * the department's name. The files are left in {@code target/sealed-samples} to look at.
 */
class InteroperabilityTest {
    private static final Path PDFSIG = Path.of("/usr/bin/pdfsig");
    private static final Path OUT = Path.of("target", "sealed-samples");
    private static TestAuthority authority;
    private static SealPlacement placement;
    private static byte[] sealed;

    @BeforeAll
    static void seal() throws IOException {
        authority = new TestAuthority("測試市行政服務中心");
        SealPlacement[] where = new SealPlacement[1];
        byte[] pdf = TestAuthority.notice("大慶建工集團有限公司", where);
        placement = where[0];
        sealed = authority.sign(pdf, authority.seal(SealAlgorithm.ECDSA_P256), placement);
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("notice-ecdsa.pdf"), sealed);
    }

    /** pdfsig is required on CI (`.ci/run` installs poppler-utils); elsewhere its absence skips the test. */
    static void requirePdfsig() {
        if (Files.isExecutable(PDFSIG)) {
            return;
        }
        String message = PDFSIG + " is missing: sudo apt-get install poppler-utils";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message);
        }
        assumeTrue(false, message);
    }

    static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "timed out: " + String.join(" ", command));
        return new String(output, StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("pdfsig (poppler) finds the seal's signature valid, covering the whole document, as ETSI.CAdES.detached")
    void pdfsigAcceptsTheSeal() throws Exception {
        requirePdfsig();
        for (SealAlgorithm algorithm : new SealAlgorithm[] {SealAlgorithm.ECDSA_P256, SealAlgorithm.RSA_2048}) {
            Path file = OUT.resolve("pdfsig-" + algorithm + ".pdf");
            Files.write(file, authority.sign(TestAuthority.notice("某公司", new SealPlacement[1]),
                    authority.seal(algorithm), placement));

            String report = run(PDFSIG.toString(), file.toString());

            assertTrue(report.contains("Signature Validation: Signature is Valid."), algorithm + ":\n" + report);
            assertTrue(report.contains("Total document signed"), algorithm + ":\n" + report);
            assertTrue(report.contains("ETSI.CAdES.detached"), algorithm + ":\n" + report);
            assertTrue(report.contains("SHA-256") || report.contains("SHA256"), algorithm + ":\n" + report);
        }
    }

    @Test
    @DisplayName("rendered, the page shows a red seal centred on the department's name")
    void sealIsVisibleAndRed() throws Exception {
        float dpi = 100;
        BufferedImage page;
        try (PDDocument document = Loader.loadPDF(sealed)) {
            page = new PDFRenderer(document).renderImageWithDPI(placement.pageIndex(), dpi);
        }
        ImageIO.write(page, "png", OUT.resolve("notice-ecdsa.png").toFile());
        float scale = dpi / 72f;
        int left = Math.round(placement.x() * scale);
        int top = Math.round(page.getHeight() - (placement.y() + placement.height()) * scale);
        int size = Math.round(placement.width() * scale);
        int red = 0;
        int redOutside = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r > 150 && g < 110 && b < 110) {
                    boolean inside = x >= left && x < left + size && y >= top && y < top + size;
                    if (inside) {
                        red++;
                    } else {
                        redOutside++;
                    }
                }
            }
        }
        assertTrue(red > size * size / 20, "red pixels in the seal's square: " + red + " of " + size * size);
        assertEquals(0, redOutside, "red pixels outside the seal");
        // the seal's centre is on the department's name (the right-aligned issuing block)
        assertTrue(placement.x() + placement.width() / 2 > 300, "seal on the right half: " + placement);
    }
}
