package onestop.supervision;

import java.io.Serializable;

/**
 * The figures of one group for one period (definitions: docs/supervision-metrics.md). Rates are
 * null when their denominator is zero: "no cases" is not "0 %".
 */
public record MetricRow(String key, String label, int accepted, int completed, int onTime, int early, int overdue,
                        int suspended, Double onTimeRate, Double earlyRate, Double averageDaysUsed,
                        Double averagePromisedDays, Double speedUp, Double promiseCompression, int evaluated,
                        Double satisfaction, Double averageRating) implements Serializable {
}
