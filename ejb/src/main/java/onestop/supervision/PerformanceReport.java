package onestop.supervision;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A period's figures, one row per group, and the whole center's total. */
public record PerformanceReport(LocalDate from, LocalDate to, Grouping grouping, String department, List<MetricRow> rows,
                                MetricRow total, Instant computedAt) implements Serializable {
}
