package onestop.catalog.guide;

import onestop.catalog.CatalogFixtures;
import onestop.catalog.CatalogViews.Cancellation;
import onestop.catalog.CatalogViews.ItemGuide;
import onestop.catalog.CatalogViews.VersionView;
import onestop.catalog.ItemContent;
import onestop.catalog.VersionStatus;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GuidePdfTest {
    private static final ZonedDateTime PRINTED = ZonedDateTime.of(2026, 11, 28, 9, 0, 0, 0, ZoneId.of("Asia/Shanghai"));

    /** The labels a reader of Traditional Chinese sees (a few; the rest print as their keys). */
    private static final GuideTexts HANT = new GuideTexts() {
        private final Map<String, String> labels = Map.ofEntries(
                Map.entry("pdf.title", "{0}辦事指南"), Map.entry("pdf.footer", "第 {page} 頁，共 {pages} 頁"),
                Map.entry("pdf.header", "行政服務中心 · 辦事指南"),
                Map.entry("guide.approvalContent", "一、審批內容"), Map.entry("guide.procedure", "二、辦事程序"),
                Map.entry("guide.materials", "三、申報材料"), Map.entry("guide.timeLimit", "四、承諾時限"),
                Map.entry("guide.fees", "五、收費標準"), Map.entry("guide.preferentialPolicy", "六、優惠政策"),
                Map.entry("guide.supervision", "七、監督管理"), Map.entry("guide.workingDays", "{0} 個工作日"),
                Map.entry("guide.versionLine", "{0} · 第 {1} 版 · {2} 起施行"),
                Map.entry("guide.fee.yuan", "¥{0}"), Map.entry("guide.fee.cancelled", "{0}（已依{1}自 {2} 起取消）"),
                Map.entry("role.CLERK", "窗口受理人員"), Map.entry("role.CHIEF_REPRESENTATIVE", "首席代表"));

        @Override
        public String languageTag() {
            return "zh-Hant";
        }

        @Override
        public String label(String key, Object... args) {
            String pattern = labels.getOrDefault(key, key);
            return args.length == 0 ? pattern : new java.text.MessageFormat(pattern).format(args);
        }

        @Override
        public String department(String code) {
            return "SCJ".equals(code) ? "市場監督管理局" : code;
        }

        @Override
        public String hall(String code) {
            return "LEGAL_ENTITY".equals(code) ? "法人登記大廳" : code;
        }
    };

    private static ItemGuide guide(ItemContent content, List<Cancellation> cancelledFees) {
        VersionView v = new VersionView(1L, "SCJ-XK-001", 3, VersionStatus.PUBLISHED, content, "承諾時限壓縮",
                LocalDate.of(2026, 11, 1), "admin", "admin", null, "reviewer", null, null, 0);
        return new ItemGuide(v, null, cancelledFees, List.of(3, 2, 1));
    }

    @Test
    @DisplayName("the PDF guide's text has the item's Chinese name, version, the seven headings, steps, materials and fees")
    void textOfTheGuide() throws IOException {
        ItemContent content = CatalogFixtures.foodLicense("食品經營許可");

        byte[] pdf = GuidePdf.render(guide(content, List.of()), HANT, PRINTED);

        String text = squeeze(text(pdf));
        assertAll(
                () -> assertTrue(text.contains("食品經營許可"), text),
                () -> assertTrue(text.contains(squeeze("SCJ-XK-001 · 第 3 版 · 2026-11-01 起施行")), text),
                () -> List.of("一、審批內容", "二、辦事程序", "三、申報材料", "四、承諾時限", "五、收費標準", "六、優惠政策",
                        "七、監督管理").forEach(h -> assertTrue(text.contains(h), h)),
                () -> assertTrue(text.contains("審查首席代表7個工作日"), text),
                () -> assertTrue(text.contains("食品經營許可申請書") && text.contains("營業執照"), text),
                () -> assertTrue(text.contains("證照工本費¥10.00"), text),
                () -> assertTrue(text.contains("市場監督管理局") && text.contains("法人登記大廳"), text),
                () -> assertTrue(text.matches(".*第1頁，共\\d+頁.*"), text));
    }

    @Test
    @DisplayName("a cancelled fee is printed with the decree that cancelled it; metadata carries title and language")
    void cancelledFeeAndMetadata() throws IOException {
        ItemContent content = CatalogFixtures.foodLicense("食品經營許可");
        List<Cancellation> cancelled = List.of(new Cancellation("F01", "國發〔2026〕12號", LocalDate.of(2026, 11, 20)));

        byte[] pdf = GuidePdf.render(guide(content, cancelled), HANT, PRINTED);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = squeeze(new PDFTextStripper().getText(document));
            assertAll(
                    () -> assertTrue(text.contains("已依國發〔2026〕12號自2026-11-20起取消"), text),
                    () -> assertEquals("食品經營許可辦事指南", document.getDocumentInformation().getTitle()),
                    () -> assertEquals("zh-Hant", document.getDocumentCatalog().getLanguage()));
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
