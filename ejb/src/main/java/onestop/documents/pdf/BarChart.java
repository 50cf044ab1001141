package onestop.documents.pdf;

import java.util.List;

/**
 * A horizontal bar chart for reports: a title, one bar per label, values from 0 to {@code max}
 * (e.g. 100 for percentages), each bar labelled with its formatted value. Values that are null
 * (no data, e.g. a rate over zero cases) are drawn as an empty bar labelled "—".
 */
public record BarChart(String title, List<Bar> bars, double max) {
    public record Bar(String label, Double value, String valueText) {
    }

    public BarChart {
        bars = List.copyOf(bars);
        if (!(max > 0)) {
            throw new IllegalArgumentException("a chart needs a positive maximum");
        }
    }
}
