package onestop.web.supervision;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import onestop.center.CenterService;
import onestop.center.CenterViews.DepartmentView;
import onestop.common.CenterTime;
import onestop.common.OnestopException;
import onestop.common.Text;
import onestop.security.Roles;
import onestop.supervision.Grouping;
import onestop.supervision.MetricRow;
import onestop.supervision.PerformanceReport;
import onestop.supervision.PerformanceService;
import onestop.web.i18n.Messages;
import onestop.web.security.StaffSession;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The supervision dashboard: a period's figures by department, window or item with the trend,
 * a ranking and the distribution of completed cases; a department's row drills down to its
 * windows and items, and every count to the cases behind it. A chief representative sees their
 * own department only (the EJB enforces it; the page starts there).
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    static final int RANKED = 15;
    static final List<String> RANK_BY = List.of("onTimeRate", "earlyRate", "completed", "overdue");

    @EJB
    private PerformanceService performance;

    @EJB
    private CenterService center;

    @Inject
    private StaffSession session;

    private LocalDate from;
    private LocalDate to;
    private Grouping grouping = Grouping.DEPARTMENT;
    private String department;
    private boolean ownDepartmentOnly;
    private String rankBy = RANK_BY.get(0);
    private Map<String, Text> departmentNames;

    private PerformanceReport report;
    private List<DashboardCharts.TrendPoint> trend = List.of();
    private String trendChart;
    private String rankingChart;
    private String distributionChart;

    private String casesTitle;
    private List<String> cases = List.of();

    @PostConstruct
    void init() {
        to = CenterTime.today();
        from = to.withDayOfMonth(1);
        departmentNames = center.departments().stream().collect(Collectors.toMap(DepartmentView::code, DepartmentView::name));
        if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.CHIEF_REPRESENTATIVE)) {
            ownDepartmentOnly = true;
            department = session.getMe().departmentCode();
            grouping = Grouping.WINDOW;
        }
        load();
    }

    /** Computes the figures, the trend and the charts for the chosen period, grouping and department. */
    public void load() {
        try {
            report = performance.report(from, to, grouping, department);
            trend = TrendBuckets.of(from, to).stream().map(b -> new DashboardCharts.TrendPoint(b,
                    performance.report(b.from(), b.to(), Grouping.CENTER, department).total())).toList();
            charts();
        } catch (OnestopException e) {
            report = null;
            trend = List.of();
            Messages.error(e);
        }
    }

    private void charts() {
        Function<String, String> text = k -> Labels.text(locale(), k);
        trendChart = DashboardCharts.trend(trend, text);
        distributionChart = report.total().completed() == 0 ? null : DashboardCharts.distribution(report.total(), text);
        List<MetricRow> ranked = ranked();
        boolean percent = rankBy.endsWith("Rate");
        rankingChart = ranked.isEmpty() ? null : DashboardCharts.ranking(ranked, r -> value(r, rankBy, percent), percent,
                Labels.text(locale(), "metric." + rankBy), this::label, text);
    }

    /** The groups ranked by the chosen figure; groups without a rate (nothing completed) are left out. */
    List<MetricRow> ranked() {
        boolean percent = rankBy.endsWith("Rate");
        Comparator<MetricRow> order = Comparator.comparing((MetricRow r) -> value(r, rankBy, percent).doubleValue())
                .reversed().thenComparing(MetricRow::completed, Comparator.reverseOrder()).thenComparing(MetricRow::key);
        return report.rows().stream().filter(r -> value(r, rankBy, percent) != null)
                .filter(r -> percent || value(r, rankBy, false).intValue() > 0)
                .sorted(order).limit(RANKED).toList();
    }

    private static Number value(MetricRow r, String metric, boolean percent) {
        return switch (metric) {
            case "onTimeRate" -> DashboardCharts.percent(r.onTimeRate());
            case "earlyRate" -> DashboardCharts.percent(r.earlyRate());
            case "completed" -> r.completed();
            case "overdue" -> r.overdue();
            default -> throw new IllegalArgumentException(metric + (percent ? " %" : ""));
        };
    }

    // ---- drill-down

    /** From a department's row to its windows. */
    public void drillInto(MetricRow row) {
        if (grouping == Grouping.DEPARTMENT) {
            department = row.key();
            grouping = Grouping.WINDOW;
            load();
        }
    }

    public void group(String by) {
        Grouping chosen = Grouping.valueOf(by);
        if (chosen != Grouping.CENTER && !(chosen == Grouping.DEPARTMENT && department != null)) {
            grouping = chosen;
            load();
        }
    }

    /** Back from a department to the whole center (not for a chief representative). */
    public void backToCenter() {
        if (!ownDepartmentOnly) {
            department = null;
            grouping = Grouping.DEPARTMENT;
            load();
        }
    }

    /** The case numbers behind one count of a row ({@code row} null: the total). */
    public void showCases(MetricRow row, String metric) {
        try {
            Grouping g = row == null ? Grouping.CENTER : grouping;
            String key = row == null ? "*" : row.key();
            cases = performance.casesBehind(from, to, g, key, metric, department);
            casesTitle = Labels.text(locale(), "dashboard.cases.title", row == null ? scopeLabel() : label(row),
                    Labels.text(locale(), "metric." + metric), from.toString(), to.toString(), cases.size());
        } catch (OnestopException e) {
            cases = List.of();
            Messages.error(e);
        }
    }

    // ---- period presets

    public void thisMonth() {
        period(CenterTime.today().withDayOfMonth(1), CenterTime.today());
    }

    public void lastMonth() {
        LocalDate first = CenterTime.today().withDayOfMonth(1).minusMonths(1);
        period(first, first.withDayOfMonth(first.lengthOfMonth()));
    }

    public void thisYear() {
        period(CenterTime.today().withDayOfYear(1), CenterTime.today());
    }

    private void period(LocalDate start, LocalDate end) {
        from = start;
        to = end;
        load();
    }

    // ---- labels and formats

    /** A row's name in the user's language: the department's name, the window's code, the item's name. */
    public String label(MetricRow row) {
        return switch (grouping) {
            case DEPARTMENT -> departmentName(row.key());
            case WINDOW -> "-".equals(row.key()) ? Labels.text(locale(), "dashboard.noWindow") : row.key();
            case ITEM -> row.label();
            case CENTER -> scopeLabel();
        };
    }

    public String departmentName(String code) {
        Text name = departmentNames.get(code);
        return name == null ? code : name.in(locale());
    }

    /** What the total is of: the whole center or the department drilled into. */
    public String scopeLabel() {
        return department == null ? Labels.text(locale(), "dashboard.wholeCenter") : departmentName(department);
    }

    /** A rate as a percent with one decimal, or "—" when nothing was completed. */
    public String rate(Double value) {
        return Labels.percent(value, locale());
    }

    public String days(Double value) {
        return Labels.decimal(value, locale());
    }

    public String caseLink(String number) {
        return Labels.caseLink(number);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    // ---- properties

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Grouping getGrouping() {
        return grouping;
    }

    public String getDepartment() {
        return department;
    }

    public boolean isOwnDepartmentOnly() {
        return ownDepartmentOnly;
    }

    public boolean isDrillable() {
        return grouping == Grouping.DEPARTMENT;
    }

    public String getRankBy() {
        return rankBy;
    }

    public void setRankBy(String rankBy) {
        this.rankBy = RANK_BY.contains(rankBy) ? rankBy : RANK_BY.get(0);
    }

    /** Re-ranks without recomputing the figures. */
    public void rerank() {
        if (report != null) {
            charts();
        }
    }

    public List<String> getRankByChoices() {
        return RANK_BY;
    }

    public PerformanceReport getReport() {
        return report;
    }

    public List<DashboardCharts.TrendPoint> getTrend() {
        return trend;
    }

    public String getTrendChart() {
        return trendChart;
    }

    public String getRankingChart() {
        return rankingChart;
    }

    public String getDistributionChart() {
        return distributionChart;
    }

    public String getCasesTitle() {
        return casesTitle;
    }

    public List<String> getCases() {
        return cases;
    }

    public boolean isEmpty() {
        return report == null || Objects.requireNonNullElse(report.rows(), List.of()).isEmpty();
    }
}
