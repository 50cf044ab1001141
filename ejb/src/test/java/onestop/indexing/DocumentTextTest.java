package onestop.indexing;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile and ordinary uploads: the text when there is one, and otherwise the reason the index records. */
class DocumentTextTest {
    private static final String PDF = "application/pdf";
    private final DocumentText text = DocumentText.standard();

    private static byte[] pdf(int pages, String line) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 12);
                    cs.newLineAtOffset(72, 700);
                    cs.showText(line + " page " + i);
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** One page whose content stream is {@code raw} compressed with Flate. */
    private static byte[] pdfWithStream(StreamWriter raw) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            doc.addPage(page);
            COSStream stream = doc.getDocument().createCOSStream();
            try (OutputStream os = stream.createRawOutputStream();
                 DeflaterOutputStream deflate = new DeflaterOutputStream(os, new Deflater(9), 1 << 16)) {
                raw.write(deflate);
            }
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.setContents(new PDStream(stream));
            doc.save(out);
            return out.toByteArray();
        }
    }

    private interface StreamWriter {
        void write(OutputStream out) throws IOException;
    }

    @Test
    @DisplayName("an ordinary PDF gives its text, complete")
    void ordinary() throws IOException {
        DocumentText.Result r = text.extract(pdf(2, "fire inspection north staircase"), PDF);

        assertTrue(r.complete());
        assertTrue(r.text().contains("fire inspection north staircase page 2"), r.text());
        assertEquals("TEXT", r.indexStatus());
        assertEquals(2, r.pages());
    }

    @Test
    @DisplayName("a password-protected PDF keeps no text and says ENCRYPTED")
    void encrypted() throws IOException {
        byte[] bytes;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            bytes = out.toByteArray();
        }

        DocumentText.Result r = text.extract(bytes, PDF);

        assertEquals(DocumentText.Missing.ENCRYPTED, r.missing());
        assertNull(r.text());
        assertEquals("TEXT_ENCRYPTED", r.indexStatus());
    }

    @Test
    @DisplayName("a broken file that claims to be a PDF says BROKEN instead of throwing")
    void broken() {
        byte[] bytes = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 9 0 R >>\n%%EOF"
                .getBytes(StandardCharsets.US_ASCII);

        DocumentText.Result r = text.extract(Arrays.copyOf(bytes, bytes.length - 10), PDF);

        assertEquals(DocumentText.Missing.BROKEN, r.missing());
    }

    @Test
    @DisplayName("a text bomb (one page drawing 600,000 glyphs) is cut off at the glyph limit, with the text so far")
    void textBomb() throws IOException {
        byte[] bytes = pdfWithStream(out -> {
            out.write("BT /F1 1 Tf ".getBytes(StandardCharsets.US_ASCII));
            byte[] show = "(AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA) Tj\n".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 12_000; i++) {
                out.write(show);
            }
            out.write("ET".getBytes(StandardCharsets.US_ASCII));
        });
        DocumentText limited = new DocumentText(new DocumentText.Limits(1 << 20, 10, 100_000, 1_000_000, Duration.ofSeconds(20)));

        DocumentText.Result r = limited.extract(bytes, PDF);

        assertTrue(bytes.length < 50_000, "a small file: " + bytes.length);
        assertEquals(DocumentText.Missing.TEXT_CUT, r.missing());
        assertEquals("TEXT_TEXT_CUT", r.indexStatus());
    }

    @Test
    @DisplayName("a decompression bomb (a few hundred KB inflating to 400 MB) gives up at the time limit")
    void decompressionBomb() throws IOException {
        byte[] bytes = pdfWithStream(out -> {
            byte[] blanks = new byte[1 << 20];
            Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 400; i++) {
                out.write(blanks);
            }
        });
        DocumentText limited = new DocumentText(new DocumentText.Limits(1 << 22, 10, 100_000, 1_000_000, Duration.ofMillis(500)));

        long start = System.nanoTime();
        DocumentText.Result r = limited.extract(bytes, PDF);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertTrue(bytes.length < 1_000_000, "a small file: " + bytes.length);
        assertEquals(DocumentText.Missing.TIMEOUT, r.missing());
        assertTrue(millis < 2_000, "the caller got its answer at the deadline, not after the inflation: " + millis + " ms");
    }

    @Test
    @DisplayName("more pages than allowed: the first pages are indexed and the result says PAGES_CUT")
    void tooManyPages() throws IOException {
        DocumentText limited = new DocumentText(new DocumentText.Limits(1 << 20, 2, 100_000, 1_000_000, Duration.ofSeconds(20)));

        DocumentText.Result r = limited.extract(pdf(5, "licence"), PDF);

        assertEquals(DocumentText.Missing.PAGES_CUT, r.missing());
        assertTrue(r.text().contains("licence page 2"));
        assertTrue(!r.text().contains("licence page 3"));
        assertEquals(5, r.pages());
    }

    @Test
    @DisplayName("a larger file than allowed is not opened")
    void tooLarge() throws IOException {
        DocumentText limited = new DocumentText(new DocumentText.Limits(100, 2, 100_000, 1_000_000, Duration.ofSeconds(20)));

        assertEquals(DocumentText.Missing.TOO_LARGE, limited.extract(pdf(1, "x"), PDF).missing());
    }

    @Test
    @DisplayName("a scan (image) is indexed by its metadata only: the result names format and size, never decodes pixels")
    void image() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", png);

        DocumentText.Result r = text.extract(png.toByteArray(), "image/png");

        assertEquals(DocumentText.Missing.IMAGE, r.missing());
        assertTrue(r.detail().startsWith("PNG 40×30"), r.detail());
    }

    @Test
    @DisplayName("a PDF page without any text (a scan inside a PDF) says NO_TEXT")
    void emptyPdf() throws IOException {
        byte[] bytes;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            bytes = out.toByteArray();
        }

        assertEquals(DocumentText.Missing.NO_TEXT, text.extract(bytes, PDF).missing());
    }
}
