package onestop.calendar;

/**
 * What the calendar says about a date that differs from the weekly rule (Monday to Friday work,
 * weekends rest): a public holiday (法定節假日) on a weekday, or an adjusted working day (調休)
 * on a weekend.
 */
public enum DayKind {
    HOLIDAY, WORKDAY
}
