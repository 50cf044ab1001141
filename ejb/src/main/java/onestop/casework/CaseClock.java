package onestop.casework;

import onestop.calendar.WorkingCalendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The case clock (辦理時限) on working days. A limit of N days runs from the day a case (or a step)
 * starts: the start day itself does not count, and neither does any working day inside a
 * suspension (掛起) — a suspension from day S resumed on day R stops the clock on the working days
 * S … R−1. A limit of 0 days falls due on the start day (即辦). While a suspension is open the
 * deadline is unknown: it is computed again on resume.
 */
public final class CaseClock {
    /** A stop of the clock; {@code until} (exclusive) is null while it lasts. */
    public record Pause(LocalDate from, LocalDate until) {
        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (until == null || day.isBefore(until));
        }
    }

    private CaseClock() {
    }

    /** The day the limit falls due, or null while an open pause stops the clock. */
    public static LocalDate deadline(WorkingCalendar calendar, LocalDate start, int days, List<Pause> pauses) {
        if (days < 0) {
            throw new IllegalArgumentException("a time limit is never negative: " + days);
        }
        if (pauses.stream().anyMatch(p -> p.until() == null)) {
            return null;
        }
        LocalDate day = start;
        int left = days;
        int span = 0;
        while (left > 0) {
            day = day.plusDays(1);
            if (++span > 4 * 366) {
                throw new IllegalArgumentException("no deadline within four years of " + start);
            }
            if (calendar.isWorkingDay(day) && !paused(day, pauses)) {
                left--;
            }
        }
        return day;
    }

    /**
     * Working days the clock ran from {@code start} (exclusive) to {@code end} (inclusive):
     * what a case used of its limit.
     */
    public static int daysUsed(WorkingCalendar calendar, LocalDate start, LocalDate end, List<Pause> pauses) {
        int used = 0;
        for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d) && !paused(d, pauses)) {
                used++;
            }
        }
        return used;
    }

    /** Working days a suspension has lasted so far (its first day counts, the resumption day does not). */
    public static int pausedDays(WorkingCalendar calendar, Pause pause, LocalDate today) {
        LocalDate end = pause.until() == null ? today.plusDays(1) : pause.until();
        int days = 0;
        for (LocalDate d = pause.from(); d.isBefore(end); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                days++;
            }
        }
        return days;
    }

    private static boolean paused(LocalDate day, List<Pause> pauses) {
        for (Pause p : pauses) {
            if (p.covers(day)) {
                return true;
            }
        }
        return false;
    }
}
