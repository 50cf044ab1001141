package onestop.export;

import onestop.audit.AuditRecord;
import onestop.casework.CaseViews.CaseView;
import onestop.casework.CaseViews.DocumentView;
import onestop.casework.CaseViews.EventView;
import onestop.documents.pdf.PdfDocumentBuilder;
import onestop.documents.pdf.Table;
import onestop.documents.pdf.TextStyle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A case dossier (案卷) for review: cover, timeline, every document with its SHA-256 and the
 * result of checking its signature, the case's audit entries; then the generated notices and
 * results themselves, appended page by page.
 */
final class DossierPdf {
    private DossierPdf() {
    }

    static byte[] render(CaseView c, List<AuditRecord> audit, Map<Long, byte[]> generated, Map<Long, String> checks,
                         ExportPage page) {
        byte[] body;
        try (PdfDocumentBuilder pdf = page.start("案卷 " + c.number(), c.number())) {
            pdf.title("辦件案卷");
            pdf.paragraph(c.number(), TextStyle.HEADING.withAlign(TextStyle.Align.CENTER));
            pdf.keyValue("事項", c.itemName() + "（" + c.itemCode() + "，第 " + c.itemVersion() + " 版）");
            pdf.keyValue("辦理部門", c.departmentCode() + (c.windowCode() == null ? "" : "，窗口 " + c.windowCode()));
            pdf.keyValue("申請人", c.applicant().name() + "（" + c.applicant().kind() + "）");
            pdf.keyValue("狀態", c.status().name() + (c.decision() == null ? "" : "，決定 " + c.decision()));
            pdf.keyValue("收件／受理", c.receivedOn() + " ／ " + (c.acceptedOn() == null ? "—" : c.acceptedOn())
                    + (c.deemedAccepted() ? "（逾期未補正告知，視為受理）" : ""));
            pdf.keyValue("承諾／法定時限", c.promisedDays() + " ／ " + c.statutoryDays() + " 個工作日"
                    + (c.extensionDays() > 0 ? "，延期 " + c.extensionDays() + " 日" : ""));
            pdf.keyValue("辦結期限", c.deadline() == null ? "—" : c.deadline().toString());
            pdf.keyValue("決定日期", c.decidedOn() == null ? "—" : c.decidedOn() + "（" + c.decidedBy() + "）");
            if (c.licenseNumber() != null) {
                pdf.keyValue("證照", c.licenseNumber() + "（" + c.licenseUrl() + "）");
            }

            pdf.heading("一、辦理過程");
            List<List<String>> events = new ArrayList<>();
            for (EventView e : c.events()) {
                events.add(List.of(ExportPage.TIME.format(e.at().atZone(page.generatedAt().getZone())), e.actor(), e.action(),
                        (e.from() == null ? "" : e.from() + " → ") + e.to(), e.note() == null ? "" : e.note()));
            }
            pdf.table(new Table(List.of(new Table.Column("時間", 3), new Table.Column("經辦人", 2),
                    new Table.Column("操作", 3), new Table.Column("狀態", 4), new Table.Column("說明", 5)), events, 8));

            pdf.heading("二、文件清單");
            List<List<String>> docs = new ArrayList<>();
            for (DocumentView d : c.documents()) {
                docs.add(List.of(Long.toString(d.id()), d.kind().name(), d.fileName(), d.sha256(),
                        checks.getOrDefault(d.id(), d.kind().isGenerated() ? "未檢驗" : "掃描件，無簽章")));
            }
            pdf.table(new Table(List.of(new Table.Column("編號", 1), new Table.Column("類別", 3),
                    new Table.Column("檔名", 4), new Table.Column("SHA-256", 7), new Table.Column("簽章檢驗", 4)), docs, 7));

            pdf.heading("三、審計記錄");
            List<List<String>> entries = new ArrayList<>();
            for (AuditRecord r : audit) {
                entries.add(List.of(Long.toString(r.seq()), ExportPage.TIME.format(r.occurredAt().atZone(page.generatedAt().getZone())),
                        r.actor(), r.action(), r.details() == null ? "" : r.details()));
            }
            pdf.table(new Table(List.of(new Table.Column("序號", 1.5f), new Table.Column("時間", 3),
                    new Table.Column("操作人", 2), new Table.Column("操作", 3), new Table.Column("內容", 7)), entries, 7));
            if (!generated.isEmpty()) {
                pdf.paragraph("以下附後：本辦件系統生成的通知書及結果文件（共 " + generated.size() + " 份），按文件編號排列。");
            }
            body = pdf.toBytes();
        }
        if (generated.isEmpty()) {
            return body;
        }
        try (PDDocument dossier = Loader.loadPDF(body)) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (byte[] attached : generated.values()) {
                try (PDDocument d = Loader.loadPDF(attached)) {
                    merger.appendDocument(dossier, d);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            dossier.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
