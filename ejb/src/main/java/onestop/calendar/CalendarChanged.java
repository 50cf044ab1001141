package onestop.calendar;

/**
 * Fired (CDI event, in the transaction of the change) when a year of the calendar is replaced:
 * whoever keeps deadlines on working days recomputes those of open cases.
 */
public record CalendarChanged(int year) {
}
