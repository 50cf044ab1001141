package onestop.fees;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import onestop.catalog.FeeItem;
import onestop.fees.FeeEnums.ReductionKind;
import onestop.fees.FeeViews.LineInput;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeeDocumentsTest {
    private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 27, 10, 30, 0, 0, ZoneId.of("Asia/Shanghai"));
    private static final FeeDocuments.Issuer ISSUER = new FeeDocuments.Issuer("大慶市行政服務中心", "住房和城鄉建設局");

    private static PaymentNotice notice() {
        FeeItem area = new FeeItem("F01", "城市基礎設施配套費", new BigDecimal("45.00"), null, "《財綜函〔2002〕3號》",
                "per-unit:平方米");
        NoticeLine line = FeeRules.line(area, new LineInput("F01", new BigDecimal("120.5"), ReductionKind.PERCENT,
                new BigDecimal("50"), "中標人為小微企業的減半收取"), "chief.zjj");
        return new PaymentNotice(NoticeNumbers.format("230600", 2026, 42), 1L, "ZJJ-2026-000007", "ZJJ", "ZJJ-ZS-001", 1,
                "建築工程施工許可證核發", "大慶市測試建設有限公司", "91350100M000100Y43", List.of(line), "chief.zjj",
                NOW.toInstant(), LocalDate.of(2026, 11, 27));
    }

    @Test
    @DisplayName("the notice PDF carries a QR code that a scanner reads as the notice number")
    void qrCodeScansAsTheNumber() throws Exception {
        PaymentNotice n = notice();
        byte[] pdf = FeeDocuments.notice(n, ISSUER, NOW);

        BufferedImage page;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(document).renderImageWithDPI(0, 200);
        }
        BufferedImage corner = page.getSubimage(page.getWidth() * 2 / 3, 0, page.getWidth() / 3, page.getHeight() / 8);
        int[] pixels = corner.getRGB(0, 0, corner.getWidth(), corner.getHeight(), null, 0, corner.getWidth());
        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(corner.getWidth(), corner.getHeight(), pixels)))).getText();

        assertEquals(n.getNumber(), read);
    }

    @Test
    @DisplayName("the notice shows number, case, each line with its standard, the reduction with basis and approver, and the total in figures and words")
    void noticeText() throws Exception {
        PaymentNotice n = notice();

        String text;
        try (PDDocument document = Loader.loadPDF(FeeDocuments.notice(n, ISSUER, NOW))) {
            text = new PDFTextStripper().getText(document);
        }

        String flat = text.replaceAll("\\s+", "");
        assertAll(
                () -> assertTrue(flat.contains("繳費通知書"), text),
                () -> assertTrue(flat.contains(n.getNumber()), text),
                () -> assertTrue(flat.contains("ZJJ-2026-000007"), text),
                () -> assertTrue(flat.contains("每平方米45.00元"), text),
                () -> assertTrue(flat.contains("中標人為小微企業的減半收取") && flat.contains("chief.zjj"), text),
                () -> assertTrue(flat.contains("¥2,711.25元") && flat.contains("貳仟柒佰壹拾壹元貳角伍分"), text));
    }

    @Test
    @DisplayName("the ledger CSV starts with a byte-order mark, quotes commas and defuses formulas in names")
    void csvIsSafe() {
        FeeViews.PaymentView p = new FeeViews.PaymentView("R230600-2026-0000001", "230600-2026-0000042-1",
                "ZJJ-2026-000007", "=HYPERLINK(\"x\"),某公司", "ZJJ", new BigDecimal("2711.25"),
                FeeEnums.PaymentMethod.CARD, "POS 001", "cashier", Instant.parse("2026-11-27T02:30:00Z"),
                LocalDate.of(2026, 11, 27), FeeEnums.PaymentStatus.RECORDED, true);
        FeeViews.DayReport day = new FeeViews.DayReport("cashier", LocalDate.of(2026, 11, 27), 1, p.amount(), 0,
                FeeDocuments.zero(), 0, p.amount(), p.amount(), List.of(), List.of(p), List.of(), List.of(), List.of(), null);

        String csv = new String(FeeDocuments.ledgerCsv(day), StandardCharsets.UTF_8);

        assertAll(
                () -> assertTrue(csv.startsWith("\uFEFFrecord,"), csv),
                () -> assertTrue(csv.contains(",\"'=HYPERLINK(\"\"x\"\"),某公司\","), csv),
                () -> assertTrue(csv.contains("NET,2026-11-27,cashier,,,,,,,,RECONCILED,2711.25"), csv));
    }
}
