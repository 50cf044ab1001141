package onestop.export;

import onestop.audit.AuditRecord;
import onestop.audit.ChainVerification;
import onestop.documents.pdf.PdfDocumentBuilder;
import onestop.documents.pdf.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The audit trail of a period with the verification of the whole chain. */
final class AuditTrailPdf {
    private AuditTrailPdf() {
    }

    static byte[] render(LocalDate from, LocalDate to, List<AuditRecord> entries, ChainVerification chain, ExportPage page) {
        try (PdfDocumentBuilder pdf = page.start("審計記錄 " + from + "–" + to, "audit " + from + ".." + to)) {
            pdf.title("審計記錄");
            pdf.keyValue("期間", from + " 至 " + to + "（" + entries.size() + " 條）");
            pdf.keyValue("鏈式校驗", chain.intact()
                    ? "完整：已核對全部 " + chain.entriesChecked() + " 條記錄的雜湊鏈"
                    : "已損壞：第 " + chain.firstBrokenSeq() + " 條起不一致（" + chain.problem() + "）");
            List<List<String>> rows = new ArrayList<>(entries.size());
            for (AuditRecord r : entries) {
                rows.add(List.of(Long.toString(r.seq()), ExportPage.TIME.format(r.occurredAt().atZone(page.generatedAt().getZone())),
                        r.actor(), r.action(), (r.objectType() == null ? "" : r.objectType() + " ")
                                + (r.objectId() == null ? "" : r.objectId()),
                        r.details() == null ? "" : r.details(), r.hash().substring(0, 16)));
            }
            if (rows.isEmpty()) {
                pdf.paragraph("本期間沒有審計記錄。");
            } else {
                pdf.table(new Table(List.of(new Table.Column("序號", 1.4f), new Table.Column("時間", 3),
                        new Table.Column("操作人", 2), new Table.Column("操作", 3), new Table.Column("對象", 3),
                        new Table.Column("內容", 5), new Table.Column("雜湊（前 16 位）", 3)), rows, 7));
            }
            return pdf.toBytes();
        }
    }
}
