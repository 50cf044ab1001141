package onestop.supervision;

import onestop.calendar.WorkingCalendar;
import onestop.casework.CaseClock;
import onestop.casework.CaseStatus;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The e-supervision figures of a period, computed from case facts on the working-day calendar
 * exactly as docs/supervision-metrics.md defines them. Pure: the same facts give the same figures.
 */
public final class PerformanceCalculator {
    /** Ratings of 4 and 5 (滿意, 非常滿意) count as satisfied. */
    public static final int SATISFIED_FROM = 4;

    /** One evaluation (好差評) as the metrics count it. */
    public record Rating(String departmentCode, String windowCode, String itemCode, int rating) {
    }

    private PerformanceCalculator() {
    }

    public static List<MetricRow> compute(Collection<CaseFacts> cases, Collection<Rating> ratings, Grouping grouping,
                                          LocalDate from, LocalDate to, LocalDate today, WorkingCalendar calendar,
                                          Function<String, String> labels) {
        LocalDate overdueAsOf = to.isBefore(today) ? to : today;
        Map<String, Tally> tallies = new TreeMap<>();
        DayIndex days = DayIndex.of(cases, calendar);
        for (CaseFacts c : cases) {
            Tally t = tallies.computeIfAbsent(grouping.keyOf(c), k -> new Tally());
            Counted n = classify(c, from, to, overdueAsOf, days);
            t.accepted += n.accepted() ? 1 : 0;
            t.suspended += n.suspended() ? 1 : 0;
            t.overdue += n.overdue() ? 1 : 0;
            if (n.completed()) {
                t.completed++;
                t.onTime += n.onTime() ? 1 : 0;
                t.early += n.early() ? 1 : 0;
                t.daysUsed += n.used();
                t.promised += c.promisedDays();
                if (c.promisedDays() > 0) {
                    t.speedUpPromised += c.promisedDays();
                    t.speedUpSaved += c.promisedDays() - n.used();
                }
                if (c.statutoryDays() > 0) {
                    t.statutory += c.statutoryDays();
                    t.compressed += c.statutoryDays() - c.promisedDays();
                }
            }
        }
        for (Rating r : ratings) {
            String key = switch (grouping) {
                case CENTER -> "*";
                case DEPARTMENT -> r.departmentCode();
                case WINDOW -> r.windowCode() == null ? "-" : r.windowCode();
                case ITEM -> r.itemCode();
            };
            Tally t = tallies.computeIfAbsent(key, k -> new Tally());
            t.evaluated++;
            t.ratingSum += r.rating();
            if (r.rating() >= SATISFIED_FROM) {
                t.satisfied++;
            }
        }
        return tallies.entrySet().stream().map(e -> e.getValue().row(e.getKey(), labels.apply(e.getKey()))).toList();
    }

    /** The figures one case counts in: {@code metric} is accepted, completed, onTime, early, overdue or suspended. */
    public static boolean counts(CaseFacts c, String metric, LocalDate from, LocalDate to, LocalDate today,
                                 WorkingCalendar calendar) {
        Counted n = classify(c, from, to, to.isBefore(today) ? to : today, DayIndex.of(List.of(c), calendar));
        return switch (metric) {
            case "accepted" -> n.accepted();
            case "completed" -> n.completed();
            case "onTime" -> n.onTime();
            case "early" -> n.early();
            case "overdue" -> n.overdue();
            case "suspended" -> n.suspended();
            default -> throw new IllegalArgumentException("no metric " + metric);
        };
    }

    private record Counted(boolean accepted, boolean completed, boolean onTime, boolean early, boolean overdue,
                           boolean suspended, int used) {
    }

    private static Counted classify(CaseFacts c, LocalDate from, LocalDate to, LocalDate overdueAsOf, DayIndex days) {
        boolean accepted = in(c.acceptedOn(), from, to);
        boolean suspended = c.pauses().stream().anyMatch(p -> in(p.from(), from, to));
        if (c.decidedOn() != null && c.acceptedOn() != null && in(c.decidedOn(), from, to)) {
            boolean late = c.deadline() != null && c.decidedOn().isAfter(c.deadline());
            boolean early = c.deadline() != null && c.decidedOn().isBefore(c.deadline());
            int used = days.used(c);
            return new Counted(accepted, true, !late, early, late, suspended, used);
        }
        boolean overdue = CaseStatus.CLOCKED.contains(c.status()) && c.deadline() != null
                && c.deadline().isBefore(overdueAsOf) && c.acceptedOn() != null && !c.acceptedOn().isAfter(to);
        return new Counted(accepted, false, false, false, overdue, suspended, 0);
    }

    /**
     * Working days used by many cases at once: a running count of working days over the span of
     * all their dates makes each unsuspended case one subtraction instead of a walk over its days.
     */
    private static final class DayIndex {
        private final WorkingCalendar calendar;
        private final LocalDate origin;
        private final int[] cumulative;

        private DayIndex(WorkingCalendar calendar, LocalDate origin, int[] cumulative) {
            this.calendar = calendar;
            this.origin = origin;
            this.cumulative = cumulative;
        }

        static DayIndex of(Collection<CaseFacts> cases, WorkingCalendar calendar) {
            LocalDate min = null;
            LocalDate max = null;
            for (CaseFacts c : cases) {
                if (c.acceptedOn() != null && c.decidedOn() != null) {
                    min = min == null || c.acceptedOn().isBefore(min) ? c.acceptedOn() : min;
                    max = max == null || c.decidedOn().isAfter(max) ? c.decidedOn() : max;
                }
            }
            if (min == null || max.isBefore(min)) {
                return new DayIndex(calendar, null, new int[0]);
            }
            int span = (int) java.time.temporal.ChronoUnit.DAYS.between(min, max);
            int[] cumulative = new int[span + 1];
            LocalDate day = min;
            for (int i = 1; i <= span; i++) {
                day = day.plusDays(1);
                cumulative[i] = cumulative[i - 1] + (calendar.isWorkingDay(day) ? 1 : 0);
            }
            return new DayIndex(calendar, min, cumulative);
        }

        int used(CaseFacts c) {
            if (!c.pauses().isEmpty() || origin == null || c.decidedOn().isBefore(c.acceptedOn())) {
                return CaseClock.daysUsed(calendar, c.acceptedOn(), c.decidedOn(), c.pauses());
            }
            int start = (int) java.time.temporal.ChronoUnit.DAYS.between(origin, c.acceptedOn());
            int end = (int) java.time.temporal.ChronoUnit.DAYS.between(origin, c.decidedOn());
            return cumulative[end] - cumulative[start];
        }
    }

    /** The row of a group without any case. */
    public static MetricRow empty(String label) {
        return new Tally().row("*", label);
    }

    private static boolean in(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    private static Double ratio(double part, double whole) {
        return whole == 0 ? null : part / whole;
    }

    private static final class Tally {
        int accepted;
        int completed;
        int onTime;
        int early;
        int overdue;
        int suspended;
        long daysUsed;
        long promised;
        long speedUpPromised;
        long speedUpSaved;
        long statutory;
        long compressed;
        int evaluated;
        int satisfied;
        long ratingSum;

        MetricRow row(String key, String label) {
            return new MetricRow(key, label, accepted, completed, onTime, early, overdue, suspended,
                    ratio(onTime, completed), ratio(early, completed), ratio(daysUsed, completed),
                    ratio(promised, completed), ratio(speedUpSaved, speedUpPromised), ratio(compressed, statutory),
                    evaluated, ratio(satisfied, evaluated), ratio(ratingSum, evaluated));
        }
    }
}
