package onestop.fees;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import onestop.catalog.FeeStandard;
import onestop.documents.pdf.PageSetup;
import onestop.documents.pdf.PdfDocumentBuilder;
import onestop.documents.pdf.PdfMetadata;
import onestop.documents.pdf.Table;
import onestop.documents.pdf.TextStyle;
import onestop.fees.FeeEnums.CorrectionKind;
import onestop.fees.FeeEnums.Dimension;
import onestop.fees.FeeEnums.PaymentMethod;
import onestop.fees.FeeEnums.ReductionKind;
import onestop.fees.FeeViews.CorrectionView;
import onestop.fees.FeeViews.DayReport;
import onestop.fees.FeeViews.PaymentView;
import onestop.fees.FeeViews.TotalLine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The papers of fees, in the center's working language (Traditional Chinese, like the catalog
 * and the case notices): the payment notice (繳費通知書) with the QR code of its number in the top
 * right corner for the cashier's scanner, the receipt (收據), and a cashier's daily ledger (日結報表)
 * as PDF and as CSV (UTF-8 with a byte-order mark, so that spreadsheet programs read the Chinese).
 */
public final class FeeDocuments {
    /** Who issues: the center's and the department's names. */
    public record Issuer(String centerName, String departmentName) {
    }

    /** The QR code's side and its distance from the top edge, in points: inside the top margin, right-aligned. */
    static final float QR_SIZE = 16 * PageSetup.MM;
    static final float QR_TOP = 3 * PageSetup.MM;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String FOOTER = "第 {page} 頁，共 {pages} 頁";

    private FeeDocuments() {
    }

    public static byte[] notice(PaymentNotice n, Issuer issuer, ZonedDateTime now) {
        PdfMetadata info = new PdfMetadata("繳費通知書 " + n.getNumber(), issuer.departmentName(), n.getCaseNumber(),
                "zh-Hant", now, issuer.centerName(), FOOTER);
        PdfDocumentBuilder pdf = PdfDocumentBuilder.create(info);
        pdf.title("繳費通知書");
        pdf.paragraph("票款分離：請持本通知書到統一收費處繳費，窗口不收取任何費用", TextStyle.SMALL.withAlign(TextStyle.Align.CENTER));
        pdf.keyValue("通知書編號", n.getNumber());
        pdf.keyValue("辦件編號", n.getCaseNumber());
        pdf.keyValue("事項", n.getItemCode() + " " + n.getItemName() + "（第 " + n.getItemVersion() + " 版）");
        pdf.keyValue("繳費人", n.getPayerName());
        pdf.keyValue("開具部門", issuer.departmentName());
        pdf.keyValue("開具日期", DATE.format(n.getIssuedOn()));
        pdf.space(6);
        pdf.table(lines(n.getLines()));
        pdf.keyValue("合計應繳", "¥ " + FeeStandard.money(n.getTotal()) + " 元（人民幣大寫：" + ChineseAmount.inWords(n.getTotal()) + "）");
        List<String> reductions = new ArrayList<>();
        for (NoticeLine l : n.getLines()) {
            if (l.reductionKind() != ReductionKind.NONE) {
                reductions.add(l.feeCode() + " " + reductionText(l) + "，減免 " + FeeStandard.money(l.reduction())
                        + " 元；依據：" + l.reductionBasis() + "；批准人：" + l.reductionApprover());
            }
        }
        if (!reductions.isEmpty()) {
            pdf.heading("減免");
            reductions.forEach(pdf::paragraph);
        }
        pdf.heading("收費依據");
        for (NoticeLine l : n.getLines()) {
            pdf.paragraph(l.feeCode() + " " + l.feeName() + "：" + l.legalBasis(), TextStyle.SMALL);
        }
        pdf.paragraph("請於辦結前到行政服務中心統一收費處繳費（現金、銀行卡或銀行轉賬），收費處可掃描右上角的二維碼或輸入通知書編號。"
                + "繳費後憑收據到窗口領取辦理結果。如對收費有異議，可向中心監察部門投訴。", TextStyle.SMALL);
        pdf.space(12);
        pdf.paragraph(issuer.departmentName(), TextStyle.BODY.withAlign(TextStyle.Align.RIGHT));
        pdf.paragraph(DATE.format(n.getIssuedOn()), TextStyle.BODY.withAlign(TextStyle.Align.RIGHT));
        byte[] bytes;
        try (pdf) {
            bytes = pdf.toBytes();
        }
        return withQrCode(bytes, n.getNumber());
    }

    public static byte[] receipt(Payment p, Issuer issuer, ZonedDateTime now) {
        PaymentNotice n = p.getNotice();
        PdfMetadata info = new PdfMetadata("收據 " + p.getReceiptNumber(), issuer.centerName(), n.getNumber(),
                "zh-Hant", now, issuer.centerName(), FOOTER);
        PdfDocumentBuilder pdf = PdfDocumentBuilder.create(info);
        pdf.title("行政事業性收費收據");
        pdf.paragraph(issuer.centerName() + " 統一收費處", TextStyle.SMALL.withAlign(TextStyle.Align.CENTER));
        pdf.keyValue("收據編號", p.getReceiptNumber());
        pdf.keyValue("繳費通知書", n.getNumber());
        pdf.keyValue("辦件編號", n.getCaseNumber());
        pdf.keyValue("事項", n.getItemCode() + " " + n.getItemName());
        pdf.keyValue("繳費人", n.getPayerName());
        pdf.keyValue("收費部門", issuer.departmentName());
        pdf.space(6);
        pdf.table(lines(n.getLines()));
        pdf.keyValue("實收金額", "¥ " + FeeStandard.money(p.getAmount()) + " 元（人民幣大寫：" + ChineseAmount.inWords(p.getAmount()) + "）");
        pdf.keyValue("繳費方式", method(p.getMethod()) + (p.getReference() == null ? "" : "（參考號 " + p.getReference() + "）"));
        pdf.keyValue("收款人", p.getCashier());
        pdf.keyValue("收款時間", TIME.format(p.getPaidAt().atZone(now.getZone())));
        pdf.space(12);
        pdf.paragraph("本收據為繳費憑證，請妥善保管；憑收據到窗口領取辦理結果。", TextStyle.SMALL);
        try (pdf) {
            return pdf.toBytes();
        }
    }

    /** The ledger of a cashier's day: summary, totals by fee item, department and method, every entry. */
    public static byte[] ledger(DayReport day, String centerName, String closedBy, ZonedDateTime closedAt) {
        PdfMetadata info = new PdfMetadata("日結報表 " + day.cashier() + " " + day.day(), centerName, "日結",
                "zh-Hant", closedAt, centerName + " 統一收費處", FOOTER);
        PdfDocumentBuilder pdf = PdfDocumentBuilder.create(info, PageSetup.a4Landscape(),
                onestop.documents.pdf.FontLibrary.shared(), false);
        pdf.title("收費日結報表");
        pdf.keyValue("營業日", DATE.format(day.day()));
        pdf.keyValue("收款人", day.cashier());
        pdf.keyValue("收款筆數 / 金額", day.payments() + " 筆 / ¥ " + FeeStandard.money(day.paymentsTotal()));
        pdf.keyValue("退款筆數 / 金額", day.refunds() + " 筆 / ¥ " + FeeStandard.money(day.refundsTotal()));
        pdf.keyValue("作廢筆數", Integer.toString(day.voided()));
        pdf.keyValue("淨收", "¥ " + FeeStandard.money(day.netTotal()) + "（人民幣大寫：" + ChineseAmount.inWords(day.netTotal()) + "）");
        pdf.keyValue("通知書應收合計", "¥ " + FeeStandard.money(day.noticesTotal()) + (day.reconciled() ? "（相符）" : "（不符）"));
        pdf.keyValue("日結人 / 時間", closedBy + " / " + TIME.format(closedAt));
        for (Dimension d : Dimension.values()) {
            pdf.heading(switch (d) {
                case FEE_ITEM -> "按收費項目";
                case DEPARTMENT -> "按部門";
                case METHOD -> "按繳費方式";
            });
            List<List<String>> rows = new ArrayList<>();
            for (TotalLine t : day.totals()) {
                if (t.dimension() == d) {
                    rows.add(List.of(t.key(), t.label(), Integer.toString(t.entries()), FeeStandard.money(t.amount())));
                }
            }
            pdf.table(new Table(List.of(new Table.Column("代碼", 3), new Table.Column("名稱", 8),
                    new Table.Column("筆數", 1.5f), new Table.Column("金額（元）", 3)), rows));
        }
        pdf.heading("明細");
        List<List<String>> rows = new ArrayList<>();
        for (PaymentView p : day.entries()) {
            rows.add(List.of(p.receiptNumber(), p.noticeNumber(), p.caseNumber(), p.payerName(), method(p.method()),
                    p.reference() == null ? "" : p.reference(), status(p), FeeStandard.money(p.amount())));
        }
        for (CorrectionView c : day.corrections()) {
            if (c.kind() == CorrectionKind.REFUND) {
                rows.add(List.of(c.receiptNumber(), c.noticeNumber(), c.caseNumber(), "退款：" + c.reason(), "",
                        "批准 " + c.decidedBy(), "退款", "-" + FeeStandard.money(c.amount())));
            }
        }
        pdf.table(new Table(List.of(new Table.Column("收據編號", 4), new Table.Column("通知書編號", 4.5f),
                new Table.Column("辦件編號", 3.5f), new Table.Column("繳費人", 4), new Table.Column("方式", 2),
                new Table.Column("參考號", 3), new Table.Column("狀態", 1.6f), new Table.Column("金額（元）", 2.5f)), rows, 8));
        try (pdf) {
            return pdf.toBytes();
        }
    }

    /** The same ledger as CSV: one row per entry, then the totals; amounts with two decimals. */
    public static byte[] ledgerCsv(DayReport day) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("record,business_day,cashier,receipt,notice,case,department,payer,method,reference,status,amount\n");
        for (PaymentView p : day.entries()) {
            row(csv, "PAYMENT", day.day().toString(), day.cashier(), p.receiptNumber(), p.noticeNumber(), p.caseNumber(),
                    p.departmentCode(), p.payerName(), p.method().name(), p.reference(), p.status().name(),
                    p.amount().toPlainString());
        }
        for (CorrectionView c : day.corrections()) {
            if (c.kind() == CorrectionKind.REFUND) {
                row(csv, "REFUND", day.day().toString(), day.cashier(), c.receiptNumber(), c.noticeNumber(),
                        c.caseNumber(), "", c.reason(), "", "approved by " + c.decidedBy(), "APPROVED",
                        c.amount().negate().toPlainString());
            }
        }
        for (TotalLine t : day.totals()) {
            row(csv, "TOTAL_" + t.dimension().name(), day.day().toString(), day.cashier(), "", "", "", t.key(),
                    t.label(), "", Integer.toString(t.entries()), "", t.amount().toPlainString());
        }
        row(csv, "NET", day.day().toString(), day.cashier(), "", "", "", "", "", "", "", day.reconciled() ? "RECONCILED" : "MISMATCH",
                day.netTotal().toPlainString());
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String method(PaymentMethod m) {
        return switch (m) {
            case CASH -> "現金";
            case CARD -> "銀行卡";
            case TRANSFER -> "銀行轉賬";
            case WAIVED -> "免收確認";
        };
    }

    private static String status(PaymentView p) {
        return switch (p.status()) {
            case RECORDED -> "已收";
            case VOIDED -> "已作廢";
            case REFUNDED -> "已退款";
        };
    }

    private static String reductionText(NoticeLine l) {
        return switch (l.reductionKind()) {
            case NONE -> "";
            case WAIVER -> "免收";
            case PERCENT -> "減收 " + l.reductionValue().stripTrailingZeros().toPlainString() + "%";
            case AMOUNT -> "減收 " + FeeStandard.money(l.reductionValue()) + " 元";
        };
    }

    private static Table lines(List<NoticeLine> lines) {
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (NoticeLine l : lines) {
            rows.add(List.of(Integer.toString(i++), l.feeCode() + " " + l.feeName(), l.standardText(),
                    FeeStandard.money(l.gross()), l.reduction().signum() == 0 ? "—" : FeeStandard.money(l.reduction()),
                    FeeStandard.money(l.amount())));
        }
        return new Table(List.of(new Table.Column("序號", 1), new Table.Column("收費項目", 4.5f),
                new Table.Column("收費標準及計費依據", 6), new Table.Column("應收（元）", 2.2f),
                new Table.Column("減免（元）", 2.2f), new Table.Column("應繳（元）", 2.2f)), rows);
    }

    private static void row(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            String cell = cells[i] == null ? "" : cells[i];
            if (cell.startsWith("=") || cell.startsWith("+") || cell.startsWith("@")) {
                cell = "'" + cell; // a spreadsheet must not run a payer's name as a formula
            }
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                cell = "\"" + cell.replace("\"", "\"\"") + "\"";
            }
            csv.append(cell);
        }
        csv.append('\n');
    }

    /** Draws the QR code of {@code content} as vector squares in the top right corner of the first page. */
    static byte[] withQrCode(byte[] pdf, String content) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + content + " as a QR code", e);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            PDRectangle box = page.getMediaBox();
            PageSetup setup = PageSetup.a4();
            float module = QR_SIZE / matrix.getWidth();
            float left = box.getWidth() - setup.marginRight() - QR_SIZE;
            float top = box.getHeight() - QR_TOP;
            try (PDPageContentStream stream = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream.setNonStrokingColor(0f, 0f, 0f);
                for (int y = 0; y < matrix.getHeight(); y++) {
                    for (int x = 0; x < matrix.getWidth(); x++) {
                        if (matrix.get(x, y)) {
                            stream.addRect(left + x * module, top - (y + 1) * module, module, module);
                        }
                    }
                }
                stream.fill();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String date(LocalDate day) {
        return DATE.format(day);
    }

    static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
