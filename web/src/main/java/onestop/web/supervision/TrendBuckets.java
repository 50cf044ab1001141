package onestop.web.supervision;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * How the dashboard's trend cuts a period: by day up to a month, by week (seven days from the
 * period's first day) up to half a year, by calendar month beyond. The first and last bucket are
 * clipped to the period, so the buckets cover it exactly once.
 */
final class TrendBuckets {
    static final int DAILY_UP_TO = 31;
    static final int WEEKLY_UP_TO = 182;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private TrendBuckets() {
    }

    record Bucket(LocalDate from, LocalDate to, String label) implements Serializable {
    }

    static List<Bucket> of(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        List<Bucket> buckets = new ArrayList<>();
        if (days <= 0) {
            return buckets;
        }
        if (days <= WEEKLY_UP_TO) {
            int step = days <= DAILY_UP_TO ? 1 : 7;
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(step)) {
                LocalDate end = d.plusDays(step - 1L).isAfter(to) ? to : d.plusDays(step - 1L);
                buckets.add(new Bucket(d, end, DAY.format(d)));
            }
            return buckets;
        }
        for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(to); m = m.plusMonths(1)) {
            LocalDate start = m.atDay(1).isBefore(from) ? from : m.atDay(1);
            LocalDate end = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
            buckets.add(new Bucket(start, end, MONTH.format(m)));
        }
        return buckets;
    }
}
