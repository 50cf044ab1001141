package onestop.web.supervision;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import onestop.supervision.MetricRow;

import java.util.List;
import java.util.function.Function;

/** The dashboard's three charts as Chart.js configurations: trend, ranking, distribution. */
final class DashboardCharts {
    private DashboardCharts() {
    }

    /** A point of the trend: one bucket of the period and its figures. */
    record TrendPoint(TrendBuckets.Bucket bucket, MetricRow figures) implements java.io.Serializable {
    }

    /** Accepted and completed per bucket as bars, the on-time rate as a line on a percent axis. */
    static String trend(List<TrendPoint> points, Function<String, String> text) {
        List<String> labels = points.stream().map(p -> p.bucket().label()).toList();
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(ChartJson.dataset("bar", text.apply("metric.accepted"),
                        points.stream().map(p -> p.figures().accepted()).toList(), ChartJson.GREY))
                .add(ChartJson.dataset("bar", text.apply("metric.completed"),
                        points.stream().map(p -> p.figures().completed()).toList(), ChartJson.BRAND))
                .add(ChartJson.dataset("line", text.apply("metric.onTimeRatePercent"),
                        points.stream().map(p -> percent(p.figures().onTimeRate())).toList(), ChartJson.GREEN)
                        .add("yAxisID", "rate").add("spanGaps", true).add("tension", 0.2));
        JsonObjectBuilder scales = Json.createObjectBuilder().add("y", ChartJson.axis(false)).add("rate", ChartJson.axis(true));
        return ChartJson.text(config("bar", labels, datasets, text.apply("dashboard.chart.trend"), scales, null).build());
    }

    /** The groups ranked by one figure, best first (for "overdue", most first), at most {@code max}. */
    static String ranking(List<MetricRow> ranked, Function<MetricRow, Number> value, boolean percent, String metricLabel,
                          Function<MetricRow, String> label, Function<String, String> text) {
        JsonArrayBuilder datasets = Json.createArrayBuilder().add(ChartJson.dataset("bar", metricLabel,
                ranked.stream().map(value).toList(), percent ? ChartJson.GREEN : ChartJson.BRAND));
        JsonObjectBuilder scales = Json.createObjectBuilder().add("x", percent
                ? Json.createObjectBuilder().add("min", 0).add("max", 100) : ChartJson.axis(false));
        return ChartJson.text(config("bar", ranked.stream().map(label).toList(), datasets,
                text.apply("dashboard.chart.ranking") + " · " + metricLabel, scales, "y").build());
    }

    /** The completed cases of the period: early, on the deadline day, late. */
    static String distribution(MetricRow total, Function<String, String> text) {
        List<Integer> values = List.of(total.early(), total.onTime() - total.early(), total.completed() - total.onTime());
        JsonArrayBuilder datasets = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("data", ChartJson.numbers(values))
                .add("backgroundColor", ChartJson.strings(List.of(ChartJson.GREEN, ChartJson.BLUE, ChartJson.RED))));
        return ChartJson.text(config("doughnut", List.of(text.apply("dashboard.dist.early"),
                text.apply("dashboard.dist.onDeadlineDay"), text.apply("dashboard.dist.late")), datasets,
                text.apply("dashboard.chart.distribution"), null, null).build());
    }

    static Double percent(Double rate) {
        return rate == null ? null : Math.round(rate * 1000) / 10.0;
    }

    private static JsonObjectBuilder config(String type, List<String> labels, JsonArrayBuilder datasets, String title,
                                            JsonObjectBuilder scales, String indexAxis) {
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder().add("title", ChartJson.title(title))
                        .add("legend", Json.createObjectBuilder().add("position", "bottom")));
        if (scales != null) {
            options.add("scales", scales);
        }
        if (indexAxis != null) {
            options.add("indexAxis", indexAxis);
        }
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", ChartJson.strings(labels)).add("datasets", datasets))
                .add("options", options);
    }
}
