package onestop.documents.pdf;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class FontLibraryTest {
    private static Path bundledRegular() throws URISyntaxException {
        return Path.of(FontLibrary.class.getResource("/onestop/fonts/NotoSansTC-Regular.ttf").toURI());
    }

    /** The TrueTypeFont a document's PDType0Font was built from (before saving, i.e. before subsetting). */
    private static TrueTypeFont sourceFont(PDDocument document, FontLibrary library, String text) throws IOException {
        PDType0Font font = new DocumentFonts(document, library, false).runs(text, false).get(0).font();
        return ((PDCIDFontType2) font.getDescendantFont()).getTrueTypeFont();
    }

    @Test
    void theFontIsParsedOnceAndSharedByEveryDocument() throws IOException {
        FontLibrary library = FontLibrary.shared();
        TrueTypeFont parsed = library.font(0, false);
        try (PDDocument first = new PDDocument(); PDDocument second = new PDDocument()) {
            assertSame(parsed, sourceFont(first, library, "行政許可"));
            first.save(new java.io.ByteArrayOutputStream()); // subsets; must leave the shared font usable
            assertSame(parsed, sourceFont(second, library, "統一社會信用代碼"));
        }
        byte[] one = PdfDocumentBuilder.create(PdfDocumentBuilderTest.info(null)).paragraph("第一份").toBytes();
        byte[] two = PdfDocumentBuilder.create(PdfDocumentBuilderTest.info(null)).paragraph("第二份").toBytes();
        assertSame(parsed, library.font(0, false));
        assertTrue(PdfText.squeeze(PdfText.text(one)).contains("第一份"));
        assertTrue(PdfText.squeeze(PdfText.text(two)).contains("第二份"));
    }

    @Test
    void documentsBuiltConcurrentlyShareTheFontSafely() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String text = "第" + i + "號受理通知：申請材料齊全、符合法定形式，予以受理。Case " + i;
                results.add(pool.submit(() -> {
                    byte[] pdf = PdfDocumentBuilder.create(PdfDocumentBuilderTest.info("{page} / {pages}"))
                            .title("受理通知書").paragraph(text.repeat(40)).toBytes();
                    return PdfText.squeeze(PdfText.text(pdf)).contains(PdfText.squeeze(text.repeat(40))) ? "ok" : text;
                }));
            }
            for (Future<String> result : results) {
                assertEquals("ok", result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theConfiguredFontComesFirstThenTheBundledOnesThenSystemFonts() throws URISyntaxException {
        Path bundled = bundledRegular();
        FontLibrary library = FontLibrary.locate(
                Map.of(FontLibrary.FONT_PROPERTY, bundled.toString())::get, List.of(bundled, Path.of("/no/such/font.ttf")));
        List<String> faces = library.describe();
        assertEquals(bundled.toString(), faces.get(0));
        assertEquals("classpath:/onestop/fonts/NotoSansTC-Regular.ttf", faces.get(1));
        assertEquals(bundled.toString(), faces.get(faces.size() - 1));
        assertTrue(library.faceFor('許', false) == 0);
    }

    @Test
    void missingOrUnusableFontsAreExplained(@TempDir Path dir) throws IOException {
        PdfFontException unreadable = assertThrows(PdfFontException.class,
                () -> FontLibrary.locate(Map.of(FontLibrary.FONT_PROPERTY, "/no/such/font.ttf")::get, List.of()));
        assertTrue(unreadable.getMessage().contains("/no/such/font.ttf") && unreadable.getMessage().contains("glyf"));

        PdfFontException none = assertThrows(PdfFontException.class,
                () -> FontLibrary.locate(key -> null, List.of(), List.of(Path.of("/no/such/font.ttc"))));
        assertTrue(none.getMessage().contains("No font") && none.getMessage().contains("fonts-wqy-zenhei"), none.getMessage());

        Path junk = Files.writeString(dir.resolve("junk.ttf"), "not a font");
        FontLibrary broken = FontLibrary.locate(Map.of(FontLibrary.FONT_PROPERTY, junk.toString())::get, List.of(), List.of());
        PdfFontException unparsable = assertThrows(PdfFontException.class, () -> broken.faceFor('A', false));
        assertTrue(unparsable.getMessage().contains("junk.ttf"), unparsable.getMessage());
    }

    @Test
    void cffOpenTypeFontsAreRefusedWithTheReason() {
        Path cff = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");
        assumeTrue(Files.isReadable(cff), "Debian fonts-noto-cjk is not installed");
        FontLibrary library = FontLibrary.locate(Map.of(FontLibrary.FONT_PROPERTY, cff.toString())::get, List.of(), List.of());
        PdfFontException refused = assertThrows(PdfFontException.class, () -> library.faceFor('A', false));
        assertTrue(refused.getMessage().contains("glyf"), refused.getMessage());
    }

    @Test
    void simplifiedFormsFallBackToASecondFaceWhenThePrimaryLacksThem() {
        FontLibrary library = FontLibrary.shared();
        assumeTrue(library.describe().get(0).contains("NotoSansTC"), "primary font is not Noto Sans TC");
        assertEquals(0, library.faceFor('辦', false));
        assertEquals(-1, library.face(0).regular().hasGlyph('办') ? 0 : -1, "Noto Sans TC has no 办 (measured)");
        PdfDocumentBuilderTest.requireSimplifiedFont(library);
        assertTrue(library.faceFor('办', false) > 0);
    }

    @Test
    void simplifiedChineseDocumentsPutTheSimplifiedFaceFirst() throws IOException {
        assertTrue(FontLibrary.isSimplifiedChinese("zh-Hans") && FontLibrary.isSimplifiedChinese("zh-CN")
                && FontLibrary.isSimplifiedChinese("zh-Hans-HK"));
        assertFalse(FontLibrary.isSimplifiedChinese("zh-Hant") || FontLibrary.isSimplifiedChinese("zh-TW")
                || FontLibrary.isSimplifiedChinese("zh-Hant-CN") || FontLibrary.isSimplifiedChinese("en")
                || FontLibrary.isSimplifiedChinese(null));

        FontLibrary shared = FontLibrary.shared();
        assertSame(shared, shared.forLanguage("zh-Hant"));
        FontLibrary simplified = shared.forLanguage("zh-Hans");
        assumeTrue(simplified != shared, "no bundled Simplified face");
        assertSame(simplified, shared.forLanguage("zh-CN"));
        assertTrue(simplified.describe().get(0).contains("NotoSansSC"));
        assertSame(shared.font(shared.describe().indexOf(simplified.describe().get(0)), false), simplified.font(0, false));

        PdfMetadata info = new PdfMetadata("通知书", "中心", null, "zh-Hans", PdfDocumentBuilderTest.CREATED, "中心", "{page} / {pages}");
        byte[] pdf = PdfDocumentBuilder.create(info).title("办件受理通知书").paragraph(PdfDocumentBuilderTest.SIMPLIFIED).toBytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                assertTrue(resources.getFont(name).getName().contains("NotoSansSC"), resources.getFont(name).getName());
            }
        }
    }
}
