package onestop.web.supervision;

import onestop.supervision.MetricRow;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DashboardChartsTest {
    private static final Function<String, String> KEYS = k -> k;

    private static MetricRow row(String label, int completed, int onTime, int early, Double rate) {
        return new MetricRow(label, label, completed, completed, onTime, early, completed - onTime, 0, rate, null, null,
                null, null, null, 0, null, null);
    }

    @Test
    @DisplayName("a name that would close the script element is escaped in the chart's configuration")
    void scriptSafe() {
        String json = DashboardCharts.ranking(List.of(row("</script><script>alert(1)</script>", 2, 2, 1, 1.0)),
                r -> 100.0, true, "rate & more", MetricRow::label, KEYS);

        assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
        assertTrue(json.contains("\\u003c/script\\u003e"), json);
    }

    @Test
    @DisplayName("a period without a rate plots a gap (null), not 0 %")
    void noRateIsAGap() {
        TrendBuckets.Bucket day = new TrendBuckets.Bucket(java.time.LocalDate.of(2026, 11, 2), java.time.LocalDate.of(2026, 11, 2), "11-02");
        String json = DashboardCharts.trend(List.of(new DashboardCharts.TrendPoint(day, row("*", 0, 0, 0, null))), KEYS);

        assertTrue(json.contains("\"data\":[null]"), json);
    }

    @Test
    @DisplayName("the distribution splits the completed cases into early, on the deadline day and late")
    void distribution() {
        String json = DashboardCharts.distribution(row("*", 10, 8, 5, 0.8), KEYS);

        assertTrue(json.contains("\"data\":[5,3,2]"), json);
        assertEquals("doughnut", jakarta.json.Json.createReader(new java.io.StringReader(json)).readObject().getString("type"));
    }
}
