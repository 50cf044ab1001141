package onestop.calendar;

import java.io.Serializable;
import java.time.LocalDate;

/** A calendar exception as screens, the API and the JSON/iCalendar files carry it. */
public record CalendarEntry(LocalDate day, DayKind kind, String name) implements Serializable {
}
