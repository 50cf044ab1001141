package onestop.calendar;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingCalendarTest {
    /** National Day 2025: 1–8 October off, Sunday 28 September and Saturday 11 October worked. */
    private final WorkingCalendar calendar = new WorkingCalendar(Map.of(
            LocalDate.parse("2025-09-28"), DayKind.WORKDAY,
            LocalDate.parse("2025-10-01"), DayKind.HOLIDAY, LocalDate.parse("2025-10-02"), DayKind.HOLIDAY,
            LocalDate.parse("2025-10-03"), DayKind.HOLIDAY, LocalDate.parse("2025-10-06"), DayKind.HOLIDAY,
            LocalDate.parse("2025-10-07"), DayKind.HOLIDAY, LocalDate.parse("2025-10-08"), DayKind.HOLIDAY,
            LocalDate.parse("2025-10-11"), DayKind.WORKDAY));

    @Test
    @DisplayName("weekdays work, weekends rest, holidays rest, adjusted weekends work")
    void workingDays() {
        assertTrue(calendar.isWorkingDay(LocalDate.parse("2025-09-26")));
        assertFalse(calendar.isWorkingDay(LocalDate.parse("2025-09-27")));
        assertTrue(calendar.isWorkingDay(LocalDate.parse("2025-09-28")));
        assertFalse(calendar.isWorkingDay(LocalDate.parse("2025-10-01")));
        assertTrue(calendar.isWorkingDay(LocalDate.parse("2025-10-11")));
    }

    @Test
    @DisplayName("a deadline counts working days from the day after the start, across the holiday week")
    void deadlineAcrossHoliday() {
        // accepted Friday 26 Sept: Sun 28 Sept (1), Mon 29 (2), Tue 30 (3), then Thu 9 Oct (4), Fri 10 (5)
        assertEquals(LocalDate.parse("2025-10-10"), calendar.addWorkingDays(LocalDate.parse("2025-09-26"), 5));
        assertEquals(LocalDate.parse("2025-10-11"), calendar.addWorkingDays(LocalDate.parse("2025-09-26"), 6));
        assertEquals(LocalDate.parse("2025-09-26"), calendar.addWorkingDays(LocalDate.parse("2025-09-26"), 0));
    }

    @Test
    @DisplayName("working days between two dates is the inverse of adding them")
    void between() {
        for (int n : List.of(0, 1, 5, 20, 60)) {
            LocalDate start = LocalDate.parse("2025-09-20");
            assertEquals(n, calendar.workingDaysBetween(start, calendar.addWorkingDays(start, n)));
        }
    }

    @Test
    @DisplayName("negative days are refused")
    void negative() {
        assertThrows(IllegalArgumentException.class, () -> calendar.addWorkingDays(LocalDate.now(), -1));
    }
}
