package onestop.casework;

import onestop.calendar.DayKind;
import onestop.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Deadline arithmetic on the 2026 calendar around National Day (10-01 … 10-08 off, 09-27 and 10-10 worked). */
class CaseClockTest {
    private static final WorkingCalendar OCTOBER_2026 = new WorkingCalendar(Map.ofEntries(
            Map.entry(LocalDate.of(2026, 9, 27), DayKind.WORKDAY),
            Map.entry(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY),
            Map.entry(LocalDate.of(2026, 10, 2), DayKind.HOLIDAY),
            Map.entry(LocalDate.of(2026, 10, 5), DayKind.HOLIDAY),
            Map.entry(LocalDate.of(2026, 10, 6), DayKind.HOLIDAY),
            Map.entry(LocalDate.of(2026, 10, 7), DayKind.HOLIDAY),
            Map.entry(LocalDate.of(2026, 10, 8), DayKind.HOLIDAY),
            Map.entry(LocalDate.of(2026, 10, 10), DayKind.WORKDAY)));

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    @Test
    void fiveWorkingDaysAcrossTheHolidayCountTheAdjustedSaturday() {
        // accepted Wed 09-30: Fri 10-09 is day 1, Sat 10-10 (調休) day 2, Mon 10-12 … Wed 10-14 days 3–5
        assertEquals(d(10, 14), CaseClock.deadline(OCTOBER_2026, d(9, 30), 5, List.of()));
    }

    @Test
    void theAdjustedSundayBeforeTheHolidayCounts() {
        // accepted Fri 09-25: Sun 09-27 (調休) is day 1, Mon 09-28 day 2
        assertEquals(d(9, 28), CaseClock.deadline(OCTOBER_2026, d(9, 25), 2, List.of()));
    }

    @Test
    void zeroDaysIsDueTheSameDay() {
        assertEquals(d(9, 30), CaseClock.deadline(OCTOBER_2026, d(9, 30), 0, List.of()));
    }

    @Test
    void suspendedWorkingDaysDoNotCount() {
        // accepted Mon 11-02 with 5 days: due Mon 11-09; suspended Wed 11-04, resumed Fri 11-06
        // (Wed and Thu stopped): due two working days later, Wed 11-11
        List<CaseClock.Pause> pauses = List.of(new CaseClock.Pause(d(11, 4), d(11, 6)));
        assertEquals(d(11, 9), CaseClock.deadline(OCTOBER_2026, d(11, 2), 5, List.of()));
        assertEquals(d(11, 11), CaseClock.deadline(OCTOBER_2026, d(11, 2), 5, pauses));
        assertEquals(2, CaseClock.pausedDays(OCTOBER_2026, pauses.get(0), d(11, 20)));
    }

    @Test
    void suspendAndResumeTheSameDayCostsNothing() {
        List<CaseClock.Pause> pauses = List.of(new CaseClock.Pause(d(11, 4), d(11, 4)));
        assertEquals(d(11, 9), CaseClock.deadline(OCTOBER_2026, d(11, 2), 5, pauses));
    }

    @Test
    void anOpenSuspensionLeavesTheDeadlineUnknown() {
        assertNull(CaseClock.deadline(OCTOBER_2026, d(11, 2), 5, List.of(new CaseClock.Pause(d(11, 4), null))));
    }

    @Test
    void aSuspensionOverAHolidayOnlyStopsWorkingDays() {
        // accepted Tue 09-29, 3 days: 09-30, 10-09, 10-10 → due Sat 10-10; suspended 09-30 … resumed 10-09:
        // only 09-30 was a working day inside the pause, so the deadline moves by one: Mon 10-12
        List<CaseClock.Pause> pauses = List.of(new CaseClock.Pause(d(9, 30), d(10, 9)));
        assertEquals(d(10, 10), CaseClock.deadline(OCTOBER_2026, d(9, 29), 3, List.of()));
        assertEquals(d(10, 12), CaseClock.deadline(OCTOBER_2026, d(9, 29), 3, pauses));
        assertEquals(1, CaseClock.pausedDays(OCTOBER_2026, pauses.get(0), d(10, 20)));
    }

    @Test
    void daysUsedSkipHolidaysAndPauses() {
        List<CaseClock.Pause> pauses = List.of(new CaseClock.Pause(d(10, 12), d(10, 14)));
        // 09-30 → 10-16: 10-09, 10-10, 10-12*, 10-13*, 10-14, 10-15, 10-16 → 5 counted
        assertEquals(5, CaseClock.daysUsed(OCTOBER_2026, d(9, 30), d(10, 16), pauses));
    }
}
