package onestop.calendar;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ICalendarTest {
    @Test
    @DisplayName("a year written as iCalendar reads back to the same entries, names with commas included")
    void roundTrip() {
        List<CalendarEntry> entries = List.of(
                new CalendarEntry(LocalDate.parse("2025-10-01"), DayKind.HOLIDAY, "國慶節、中秋節"),
                new CalendarEntry(LocalDate.parse("2025-10-11"), DayKind.WORKDAY, "調休上班, 週六"));

        assertEquals(entries, ICalendar.read(ICalendar.write(2025, entries)));
    }

    @Test
    @DisplayName("folded lines from other tools are unfolded")
    void folded() {
        String ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260101\r\nSUMMARY:元\r\n 旦\r\n"
                + "CATEGORIES:HOLIDAY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        assertEquals(List.of(new CalendarEntry(LocalDate.parse("2026-01-01"), DayKind.HOLIDAY, "元旦")), ICalendar.read(ics));
    }

    @Test
    @DisplayName("a file that is not iCalendar is refused")
    void notIcs() {
        assertEquals("calendar.notIcs", assertThrows(CalendarException.class, () -> ICalendar.read("hello")).key());
    }
}
