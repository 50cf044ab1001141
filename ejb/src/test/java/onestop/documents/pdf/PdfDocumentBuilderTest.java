package onestop.documents.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfDocumentBuilderTest {
    static final String TRADITIONAL = "行政許可專用章、統一社會信用代碼、辦件受理通知書";
    static final String SIMPLIFIED = "行政许可专用章、统一社会信用代码、办件受理通知书";
    static final String LATIN = "Licence No. XK-2026-00042 for office file 123/456, issued 2026-11-28 (fine print)";
    static final ZonedDateTime CREATED = ZonedDateTime.of(2026, 11, 28, 9, 30, 0, 0, ZoneId.of("Asia/Shanghai"));

    static PdfMetadata info(String footer) {
        return new PdfMetadata("辦件受理通知書", "某市行政服務中心", "受理", "zh-Hant", CREATED, "某市行政服務中心", footer);
    }

    /** Noto Sans TC has no simplified forms (办 书 证 …); the chain needs a font that has them. */
    static void requireSimplifiedFont(FontLibrary library) {
        SIMPLIFIED.codePoints().forEach(cp -> assertTrue(library.faceFor(cp, false) >= 0 && library.faceFor(cp, true) >= 0,
                () -> "No font has '" + Character.toString(cp) + "' (fonts: " + library.describe() + "). Noto Sans TC lacks"
                        + " most simplified forms: ship Noto Sans SC at /onestop/fonts/NotoSansSC-{Regular,Bold}.ttf"
                        + " (npm @expo-google-fonts/noto-sans-sc, see fetch-font.sh) or set -D"
                        + FontLibrary.FALLBACK_PROPERTY));
    }

    @Test
    void traditionalSimplifiedAndLatinTextComesBackUnchanged() {
        requireSimplifiedFont(FontLibrary.shared());
        PdfDocumentBuilder builder = PdfDocumentBuilder.create(info("{page} / {pages}"))
                .title(TRADITIONAL)
                .paragraph(SIMPLIFIED + "，" + TRADITIONAL + "。" + LATIN)
                .keyValue("統一社會信用代碼", "91110000MA01ABCD2X")
                .keyValue("统一社会信用代码", "91440300MA5DXXXX0Y");
        byte[] pdf = builder.toBytes();

        String expected = "某市行政服務中心" + TRADITIONAL + SIMPLIFIED + "，" + TRADITIONAL + "。" + LATIN
                + "統一社會信用代碼：91110000MA01ABCD2X" + "统一社会信用代码：91440300MA5DXXXX0Y" + "1 / 1";
        assertEquals(PdfText.squeeze(expected), PdfText.squeeze(PdfText.text(pdf)));
        assertTrue(builder.missingCharacters().isEmpty());
    }

    @Test
    void longParagraphAndTableBreakAcrossPagesWithNumberedFooters() {
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            paragraph.append("根據《中華人民共和國行政許可法》第三十二條，申請材料齊全、符合法定形式的，行政機關應當受理行政許可申請。");
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            String matter = i % 10 == 0 ? "食品經營許可（新辦），申請材料齊全、符合法定形式，予以受理並於二十個工作日內作出決定。" : "建築工程施工許可";
            rows.add(List.of(String.format("SL%04d", i), "申請人" + i, matter, "已受理"));
        }
        String tall = "超長備註".repeat(900) + "備註結束";
        rows.add(List.of("SL-TALL", "王小明", tall, "補正"));
        Table table = new Table(List.of(new Table.Column("受理編號", 2), new Table.Column("申請人", 2),
                new Table.Column("事項", 5), new Table.Column("狀態", 1)), rows);

        byte[] pdf = PdfDocumentBuilder.create(info("第 {page} / {pages} 頁"))
                .title("受理登記簿").paragraph(paragraph.toString()).table(table).paragraph("（完）").toBytes();

        int pages = PdfText.pages(pdf);
        assertTrue(pages > 3, "pages: " + pages);
        String all = PdfText.squeeze(PdfText.text(pdf));
        for (List<String> row : rows.subList(0, 150)) {
            assertTrue(all.contains(row.get(0) + row.get(1)), "row " + row.get(0));
        }
        assertTrue(all.contains("超長備註超長備註") && all.contains("備註結束") && all.endsWith("（完）第" + pages + "/" + pages + "頁"));
        int firstTablePage = 0;
        for (int page = 1; page <= pages; page++) {
            String text = PdfText.squeeze(PdfText.text(pdf, page));
            assertTrue(text.endsWith("第" + page + "/" + pages + "頁"), "footer of page " + page + ": " + text);
            if (firstTablePage == 0 && text.contains("受理編號申請人事項狀態")) {
                firstTablePage = page;
            } else if (firstTablePage > 0 && page < pages) {
                assertTrue(text.startsWith("某市行政服務中心受理編號申請人事項狀態"), "header repeated on page " + page);
            }
        }
        assertTrue(firstTablePage > 1, "the table starts after the long paragraph");
    }

    @Test
    void fontsAreEmbeddedAsSubsetsAndOnePageStaysSmall() throws IOException {
        byte[] pdf = PdfDocumentBuilder.create(info("{page} / {pages}"))
                .title("營業執照").paragraph(TRADITIONAL.repeat(20) + LATIN).keyValue("名稱", "某某有限公司").toBytes();

        assertTrue(pdf.length < 200_000, "size " + pdf.length);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            int fonts = 0;
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), "subset prefix: " + font.getName());
                fonts++;
            }
            assertTrue(fonts >= 2, "regular and bold");
        }
    }

    @Test
    void theTranscriptIsTheTextAnExtractionFinds() {
        Table table = new Table(List.of(new Table.Column("材料", 3), new Table.Column("形式", 1)),
                List.of(List.of("營業執照副本", "原件"), List.of("法定代表人身份證明", "複印件")));
        PdfDocumentBuilder builder = PdfDocumentBuilder.create(info(null))
                .title("受理通知書").paragraph("大慶市某某有限公司：\n你單位申請的食品經營許可，材料齊全，予以受理。" + LATIN)
                .keyValue("辦件編號", "SCJ-2026-000042").table(table).sealBlock("大慶市市場監督管理局", java.time.LocalDate.of(2026, 11, 28));
        byte[] pdf = builder.toBytes();

        assertEquals(1, builder.pages());
        assertEquals(sorted(PdfText.squeeze(PdfText.text(pdf))), sorted(PdfText.squeeze("某市行政服務中心" + builder.text())),
                "the same characters as the extraction, the running header (the center's name) aside");
        assertTrue(PdfText.squeeze(builder.text()).startsWith("受理通知書大慶市某某有限公司：你單位申請的食品經營許可"));
    }

    private static String sorted(String text) {
        return text.codePoints().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    @Test
    void metadataIsWritten() throws IOException {
        byte[] pdf = PdfDocumentBuilder.create(info(null)).paragraph("正文").toBytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation meta = document.getDocumentInformation();
            assertEquals("辦件受理通知書", meta.getTitle());
            assertEquals("某市行政服務中心", meta.getAuthor());
            assertEquals("受理", meta.getSubject());
            assertEquals(CREATED.toInstant(), meta.getCreationDate().toInstant());
            assertEquals("zh-Hant", document.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void aCharacterNoFontHasIsShownAsGetaMarkOrRefusedInStrictMode() {
        String name = "王\uDB80\uDC00明"; // U+F0000, private use: no font has it unless configured
        PdfDocumentBuilder builder = PdfDocumentBuilder.create(info(null)).keyValue("申請人", name);
        byte[] pdf = builder.toBytes();
        assertTrue(PdfText.squeeze(PdfText.text(pdf)).contains("申請人：王〓明"));
        assertEquals(java.util.Set.of("\uDB80\uDC00"), builder.missingCharacters());

        try (PdfDocumentBuilder strict = PdfDocumentBuilder.create(info(null), PageSetup.a4(), FontLibrary.shared(), true)) {
            PdfFontException refused = assertThrows(PdfFontException.class, () -> strict.keyValue("申請人", name));
            assertTrue(refused.getMessage().contains("U+F0000"), refused.getMessage());
        }
    }

    @Test
    void textStaysInsideTheMargins() throws IOException {
        PageSetup setup = PageSetup.a4();
        byte[] pdf = PdfDocumentBuilder.create(info("{page} / {pages}"), setup, FontLibrary.shared(), false)
                .paragraph((TRADITIONAL + "，" + LATIN + "。").repeat(30))
                .table(new Table(List.of(new Table.Column("項目", 1), new Table.Column("說明", 3)),
                        List.of(List.of("WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW", LATIN.repeat(5)))))
                .toBytes();
        for (float[] box : GlyphBoxes.of(pdf)) {
            assertTrue(box[0] >= setup.marginLeft() - 0.5f && box[1] <= setup.width() - setup.marginRight() + 0.5f,
                    () -> "glyph outside the text width: " + box[0] + ".." + box[1]);
        }
    }
}
