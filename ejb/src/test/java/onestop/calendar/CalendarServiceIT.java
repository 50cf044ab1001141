package onestop.calendar;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import onestop.testing.AsCenterAdmin;
import onestop.testing.AsClerk;
import onestop.testing.TestDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@ExtendWith(ArquillianExtension.class)
class CalendarServiceIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.ejbModule("calendar-it").addClass(CalendarServiceIT.class);
    }

    @EJB
    private CalendarService calendar;

    @EJB
    private AsCenterAdmin admin;

    @EJB
    private AsClerk clerk;

    @Test
    @DisplayName("the seeded national calendar moves a deadline over the 2026 Spring Festival and its adjusted Saturday")
    void seededSpringFestival() {
        // Friday 13 Feb 2026: Saturday 14 Feb is worked; 15–23 Feb off; Tuesday 24 Feb is the next working day
        assertEquals(LocalDate.parse("2026-02-14"), calendar.deadline(LocalDate.parse("2026-02-13"), 1));
        assertEquals(LocalDate.parse("2026-02-24"), calendar.deadline(LocalDate.parse("2026-02-13"), 2));
    }

    @Test
    @DisplayName("center management replaces a year from iCalendar and deadlines follow at once")
    void replaceYear() {
        LocalDate monday = LocalDate.parse("2031-03-03");
        assertEquals(LocalDate.parse("2031-03-04"), calendar.deadline(monday, 1));
        String ics = ICalendar.write(2031, List.of(new CalendarEntry(LocalDate.parse("2031-03-04"), DayKind.HOLIDAY, "測試假日")));

        admin.call(() -> calendar.replaceYearFromIcs(2031, ics));

        assertEquals(LocalDate.parse("2031-03-05"), calendar.deadline(monday, 1));
        assertEquals(1, calendar.year(2031).size());
    }

    @Test
    @DisplayName("a weekday cannot be an adjusted working day, and a clerk cannot change the calendar")
    void refusals() {
        CalendarException weekday = assertThrows(CalendarException.class, () -> admin.call(() -> calendar.replaceYear(2032,
                List.of(new CalendarEntry(LocalDate.parse("2032-03-03"), DayKind.WORKDAY, "x")))));

        assertEquals("calendar.workdayOnWeekday", weekday.key());
        assertThrows(EJBAccessException.class, () -> clerk.call(() -> calendar.replaceYear(2032, List.of())));
    }
}
