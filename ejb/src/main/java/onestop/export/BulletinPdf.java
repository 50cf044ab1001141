package onestop.export;

import onestop.documents.pdf.BarChart;
import onestop.documents.pdf.PdfDocumentBuilder;
import onestop.documents.pdf.Table;
import onestop.documents.pdf.TextStyle;
import onestop.supervision.AlertKind;
import onestop.supervision.AlertView;
import onestop.supervision.MetricRow;
import onestop.supervision.PerformanceReport;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The monthly performance bulletin (績效通報): the center's figures, a table and charts by
 * department, a ranking, the trend of the last months and the cards of the month.
 */
final class BulletinPdf {
    private BulletinPdf() {
    }

    static byte[] render(YearMonth month, PerformanceReport report, List<PerformanceReport> trend, List<AlertView> alerts,
                         ExportPage page) {
        String title = month.getYear() + "年" + month.getMonthValue() + "月 行政審批績效通報";
        try (PdfDocumentBuilder pdf = page.start(title, "bulletin " + month)) {
            pdf.title(title);
            pdf.paragraph("統計期間：" + report.from() + " 至 " + report.to() + "（指標定義見本系統 docs/supervision-metrics.md）",
                    TextStyle.SMALL.withAlign(TextStyle.Align.CENTER));
            MetricRow t = report.total();
            pdf.heading("一、全中心概況");
            pdf.keyValue("受理件數", Integer.toString(t.accepted()));
            pdf.keyValue("辦結件數", Integer.toString(t.completed()));
            pdf.keyValue("按時辦結率", ExportPage.percent(t.onTimeRate()));
            pdf.keyValue("提前辦結率", ExportPage.percent(t.earlyRate()));
            pdf.keyValue("平均用時／承諾時限", ExportPage.decimal(t.averageDaysUsed()) + " ／ "
                    + ExportPage.decimal(t.averagePromisedDays()) + " 個工作日");
            pdf.keyValue("實際提速率", ExportPage.percent(t.speedUp()));
            pdf.keyValue("承諾時限壓縮率", ExportPage.percent(t.promiseCompression()));
            pdf.keyValue("超期件數", Integer.toString(t.overdue()));
            pdf.keyValue("掛起件數", Integer.toString(t.suspended()));
            pdf.keyValue("評價件數／滿意率", t.evaluated() + " ／ " + ExportPage.percent(t.satisfaction()));
            if (report.rows().isEmpty()) {
                pdf.paragraph("本月沒有受理、辦結或超期的辦件。");
            }

            pdf.heading("二、各部門指標");
            List<List<String>> rows = new ArrayList<>();
            for (MetricRow r : report.rows()) {
                rows.add(List.of(r.label(), Integer.toString(r.accepted()), Integer.toString(r.completed()),
                        ExportPage.percent(r.onTimeRate()), ExportPage.percent(r.earlyRate()),
                        ExportPage.decimal(r.averageDaysUsed()), ExportPage.percent(r.speedUp()),
                        Integer.toString(r.overdue()), Integer.toString(r.suspended()), ExportPage.percent(r.satisfaction())));
            }
            pdf.table(new Table(List.of(new Table.Column("部門", 4), new Table.Column("受理", 1.5f),
                    new Table.Column("辦結", 1.5f), new Table.Column("按時率", 2), new Table.Column("提前率", 2),
                    new Table.Column("平均用時", 2), new Table.Column("提速率", 2), new Table.Column("超期", 1.5f),
                    new Table.Column("掛起", 1.5f), new Table.Column("滿意率", 2)), rows, 8));
            pdf.barChart(new BarChart("按時辦結率（各部門）", report.rows().stream()
                    .map(r -> new BarChart.Bar(r.label(), r.onTimeRate() == null ? null : r.onTimeRate() * 100,
                            ExportPage.percent(r.onTimeRate()))).toList(), 100));
            int most = report.rows().stream().mapToInt(MetricRow::completed).max().orElse(0);
            pdf.barChart(new BarChart("辦結件數排名", report.rows().stream()
                    .sorted(Comparator.comparingInt(MetricRow::completed).reversed()).limit(10)
                    .map(r -> new BarChart.Bar(r.label(), (double) r.completed(), Integer.toString(r.completed()))).toList(),
                    Math.max(1, most)));

            pdf.heading("三、近期趨勢（全中心按時辦結率）");
            pdf.barChart(new BarChart("按月", trend.stream().map(p -> new BarChart.Bar(
                    p.from().getYear() + "-" + String.format("%02d", p.from().getMonthValue()),
                    p.total().onTimeRate() == null ? null : p.total().onTimeRate() * 100,
                    ExportPage.percent(p.total().onTimeRate()) + "（" + p.total().completed() + " 件）")).toList(), 100));

            pdf.heading("四、本月預警");
            long red = alerts.stream().filter(a -> a.card() == AlertKind.Card.RED).count();
            pdf.keyValue("紅牌／黃牌", red + " ／ " + (alerts.size() - red));
            List<List<String>> alertRows = alerts.stream().limit(200).map(a -> List.of(a.card() == AlertKind.Card.RED ? "紅" : "黃",
                    a.kind().name(), a.departmentCode(), a.caseNumber() == null ? "" : a.caseNumber(), a.status().name()))
                    .toList();
            if (!alertRows.isEmpty()) {
                pdf.table(new Table(List.of(new Table.Column("牌", 1), new Table.Column("類型", 4), new Table.Column("部門", 2),
                        new Table.Column("辦件", 4), new Table.Column("處理", 2)), alertRows, 8));
            }
            return pdf.toBytes();
        }
    }
}
