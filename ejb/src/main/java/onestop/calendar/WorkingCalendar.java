package onestop.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * Working days on the center's calendar: Monday to Friday, except public holidays, plus the
 * weekend days adjusted to working days (調休). Deadlines count working days: the deadline of N
 * working days from a start date is the N-th working day after it (the start day itself does not
 * count, as time limits under the Administrative Licensing Law run from the day after acceptance).
 */
public final class WorkingCalendar {
    /** A deadline further than this many calendar days away is refused rather than searched for. */
    static final int MAX_SPAN_DAYS = 3 * 366;

    private final Map<LocalDate, DayKind> exceptions;

    public WorkingCalendar(Map<LocalDate, DayKind> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind kind = exceptions.get(day);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The N-th working day after {@code start}; {@code start} itself when N is 0. */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + days);
        }
        LocalDate day = start;
        int left = days;
        int span = 0;
        while (left > 0) {
            day = day.plusDays(1);
            if (++span > MAX_SPAN_DAYS) {
                throw new IllegalArgumentException("no deadline within " + MAX_SPAN_DAYS + " days");
            }
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days from {@code start} (exclusive) to {@code end} (inclusive); negative when end is before start. */
    public int workingDaysBetween(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            return -workingDaysBetween(end, start);
        }
        int count = 0;
        for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
