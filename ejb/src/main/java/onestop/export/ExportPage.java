package onestop.export;

import onestop.documents.pdf.PdfDocumentBuilder;
import onestop.documents.pdf.PdfMetadata;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The frame every export shares: on every page the center, the exporter and the time of export in
 * the header, the page number in the footer. Numbers are formatted one way for PDF and CSV.
 */
record ExportPage(String centerName, String exporterName, String exporterLogin, ZonedDateTime generatedAt) {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    PdfDocumentBuilder start(String title, String subject) {
        String header = centerName + " · 匯出：" + exporterName + "（" + exporterLogin + "） · " + TIME.format(generatedAt);
        return PdfDocumentBuilder.create(new PdfMetadata(title, centerName, subject, "zh-Hant", generatedAt, header,
                "第 {page} 頁，共 {pages} 頁"));
    }

    static String percent(Double ratio) {
        return ratio == null ? "—" : String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    static String decimal(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.2f", value);
    }
}
