package onestop.casework;

import onestop.casework.CaseEnums.Decision;
import onestop.documents.pdf.PdfDocumentBuilder;
import onestop.documents.pdf.PdfMetadata;
import onestop.documents.pdf.SealPlacement;
import onestop.documents.pdf.Table;
import onestop.documents.pdf.TextStyle;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The written notices of a case, as the applicant receives them at the window (in the center's
 * working language, Traditional Chinese as the catalog is published): acceptance (受理通知書) with
 * the deadline and the query code, refusal (不予受理通知書) and the decision (准予/不予行政許可決定書)
 * with reason, legal basis and the way to appeal, and the one-time correction notice
 * (補正材料通知書) listing every missing or defective material at once.
 */
public final class CaseNotices {
    /** Rights of appeal (行政復議法 第20條, 行政訴訟法 第46條) printed on every adverse notice. */
    static final String DEFAULT_APPEAL = "如不服本決定，可以自收到本通知之日起六十日內依法申請行政復議，"
            + "或者在六個月內依法向人民法院提起行政訴訟。";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /** Who issues a notice and where. */
    public record Issuer(String centerName, String departmentName, String progressUrl) {
    }

    /**
     * A notice as laid out: the PDF, where its issuing block left room for the department's seal,
     * and the text it shows with its number of pages (for the search index, without parsing the PDF).
     */
    public record Notice(byte[] pdf, SealPlacement placement, String text, int pages) {
    }

    private CaseNotices() {
    }

    public static Notice acceptance(CaseFile c, Issuer issuer, LocalDate day, ZonedDateTime now) {
        PdfDocumentBuilder pdf = start("受理通知書", c, issuer, now);
        pdf.paragraph(salutation(c));
        pdf.paragraph("你（單位）於" + date(c.getReceivedOn()) + "提出的「" + c.getItemName() + "」申請，申請材料齊全、"
                + "符合法定形式，根據《中華人民共和國行政許可法》第三十二條的規定，本機關決定予以受理"
                + (c.isDeemedAccepted() ? "（收到申請材料之日起五個工作日內未告知補正，自收到申請材料之日起即為受理）" : "")
                + "。");
        pdf.keyValue("辦件編號", c.getNumber());
        pdf.keyValue("查詢碼", c.getQueryCode());
        pdf.keyValue("受理日期", date(c.getAcceptedOn()));
        pdf.keyValue("承諾時限", c.getPromisedDays() + " 個工作日（法定時限 " + c.getStatutoryDays() + " 個工作日）");
        pdf.keyValue("承諾辦結日期", c.getDeadline() == null ? "—" : date(c.getDeadline()));
        if (issuer.progressUrl() != null) {
            pdf.keyValue("進度查詢", issuer.progressUrl() + "（憑辦件編號及查詢碼）");
        }
        pdf.space(6);
        pdf.heading("已收取的申請材料");
        pdf.table(materials(c, false));
        pdf.paragraph("依法需要聽證、招標、拍賣、檢驗、檢測、檢疫、鑒定和專家評審的，所需時間不計算在辦理時限內，本機關將書面告知。",
                TextStyle.SMALL);
        return finish(pdf, issuer, day);
    }

    public static Notice correction(CaseFile c, Issuer issuer, LocalDate day, String note, ZonedDateTime now) {
        PdfDocumentBuilder pdf = start("補正材料通知書", c, issuer, now);
        pdf.paragraph(salutation(c));
        pdf.paragraph("你（單位）於" + date(c.getReceivedOn()) + "提出的「" + c.getItemName() + "」申請，經審查，"
                + "申請材料不齊全或者不符合法定形式。根據《中華人民共和國行政許可法》第三十二條的規定，現一次性告知你（單位）"
                + "需要補正的全部內容如下：");
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (CaseMaterial m : c.getMaterials()) {
            if (m.isLacking()) {
                String problem = !m.isReceived() ? "未提交" : "";
                if (m.getDefect() != null) {
                    problem = problem.isEmpty() ? m.getDefect() : problem + "；" + m.getDefect();
                }
                rows.add(List.of(Integer.toString(n++), m.getName(), problem));
            }
        }
        pdf.table(new Table(List.of(new Table.Column("序號", 1), new Table.Column("材料名稱", 5),
                new Table.Column("需補正的內容", 6)), rows));
        if (note != null && !note.isBlank()) {
            pdf.keyValue("其他說明", note.strip());
        }
        pdf.keyValue("辦件編號", c.getNumber());
        pdf.keyValue("查詢碼", c.getQueryCode());
        pdf.paragraph("請補齊上述全部材料後到窗口辦理。本機關自收到全部補正材料之日起受理；補正期間不計入辦理時限。");
        return finish(pdf, issuer, day);
    }

    public static Notice refusal(CaseFile c, Issuer issuer, LocalDate day, ZonedDateTime now) {
        PdfDocumentBuilder pdf = start("不予受理通知書", c, issuer, now);
        pdf.paragraph(salutation(c));
        pdf.paragraph("你（單位）於" + date(c.getReceivedOn()) + "提出的「" + c.getItemName() + "」申請，經審查，"
                + "根據" + c.getRefusalBasis() + "的規定，本機關決定不予受理。");
        pdf.keyValue("理由", c.getRefusalReason());
        pdf.keyValue("辦件編號", c.getNumber());
        pdf.paragraph(DEFAULT_APPEAL);
        return finish(pdf, issuer, day);
    }

    public static Notice decision(CaseFile c, Issuer issuer, LocalDate day, ZonedDateTime now) {
        boolean approved = c.getDecision() == Decision.APPROVED;
        PdfDocumentBuilder pdf = start(approved ? "准予行政許可決定書" : "不予行政許可決定書", c, issuer, now);
        pdf.paragraph(salutation(c));
        pdf.paragraph("你（單位）於" + date(c.getReceivedOn()) + "提出的「" + c.getItemName() + "」申請（辦件編號 "
                + c.getNumber() + "），本機關於" + date(c.getAcceptedOn()) + "受理。經審查，"
                + (approved ? "申請符合法定條件、標準，根據" + nonBlank(c.getDecisionBasis(), "有關法律法規")
                + "的規定，決定准予行政許可。"
                : "根據" + c.getDecisionBasis() + "的規定，決定不予行政許可。"));
        if (c.getDecisionReason() != null && !c.getDecisionReason().isBlank()) {
            pdf.keyValue(approved ? "說明" : "理由", c.getDecisionReason());
        }
        pdf.keyValue("決定日期", date(c.getDecidedOn()));
        if (!approved) {
            pdf.paragraph(nonBlank(c.getAppealInfo(), DEFAULT_APPEAL));
        }
        return finish(pdf, issuer, day);
    }

    private static PdfDocumentBuilder start(String title, CaseFile c, Issuer issuer, ZonedDateTime now) {
        PdfMetadata info = new PdfMetadata(title + " " + c.getNumber(), issuer.departmentName(), c.getNumber(),
                "zh-Hant", now, issuer.centerName(), "第 {page} 頁，共 {pages} 頁");
        PdfDocumentBuilder pdf = PdfDocumentBuilder.create(info);
        pdf.title(title);
        pdf.paragraph(c.getNumber(), TextStyle.SMALL.withAlign(TextStyle.Align.CENTER));
        return pdf;
    }

    /** The issuing block (department and date, the seal centred over the name), as on the license. */
    private static Notice finish(PdfDocumentBuilder pdf, Issuer issuer, LocalDate day) {
        pdf.space(6);
        pdf.sealBlock(issuer.departmentName(), day);
        try (pdf) {
            SealPlacement placement = pdf.sealPlacement();
            byte[] bytes = pdf.toBytes();
            return new Notice(bytes, placement, pdf.text(), pdf.pages());
        }
    }

    private static Table materials(CaseFile c, boolean all) {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (CaseMaterial m : c.getMaterials()) {
            if (all || m.isReceived()) {
                rows.add(List.of(Integer.toString(n++), m.getName(),
                        m.getReceivedForm() == null ? "" : switch (m.getReceivedForm()) {
                            case ORIGINAL -> "原件";
                            case COPY -> "複印件";
                            case ELECTRONIC -> "電子件";
                        }, Integer.toString(m.getReceivedCopies())));
            }
        }
        return new Table(List.of(new Table.Column("序號", 1), new Table.Column("材料名稱", 8),
                new Table.Column("形式", 2), new Table.Column("份數", 1.5f)), rows);
    }

    private static String salutation(CaseFile c) {
        return c.getApplicant().name() + "：";
    }

    static String date(LocalDate day) {
        return day == null ? "—" : DATE.format(day);
    }

    private static String nonBlank(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
