package onestop.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The calendar's exceptions as an iCalendar file (RFC 5545): one all-day VEVENT per date, with
 * the kind in CATEGORIES (HOLIDAY or WORKDAY) and the holiday's name in SUMMARY. Reads back what
 * it writes, and the same shape from other tools (folded lines, escaped text).
 */
public final class ICalendar {
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private ICalendar() {
    }

    public static String write(int year, List<CalendarEntry> entries) {
        StringBuilder s = new StringBuilder();
        s.append("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//onestop//working-day calendar//ZH\r\n")
                .append("CALSCALE:GREGORIAN\r\nX-WR-CALNAME:").append(escape("工作日曆 " + year)).append("\r\n");
        for (CalendarEntry e : entries) {
            s.append("BEGIN:VEVENT\r\n")
                    .append("UID:").append(DATE.format(e.day())).append('-').append(e.kind()).append("@onestop\r\n")
                    .append("DTSTAMP:").append(DATE.format(e.day())).append("T000000Z\r\n")
                    .append("DTSTART;VALUE=DATE:").append(DATE.format(e.day())).append("\r\n")
                    .append("DTEND;VALUE=DATE:").append(DATE.format(e.day().plusDays(1))).append("\r\n")
                    .append("SUMMARY:").append(escape(e.name())).append("\r\n")
                    .append("CATEGORIES:").append(e.kind()).append("\r\n")
                    .append("END:VEVENT\r\n");
        }
        return s.append("END:VCALENDAR\r\n").toString();
    }

    public static List<CalendarEntry> read(String text) {
        List<CalendarEntry> entries = new ArrayList<>();
        String unfolded = text.replace("\r\n ", "").replace("\r\n\t", "").replace("\n ", "").replace("\n\t", "");
        LocalDate day = null;
        String summary = null;
        DayKind kind = null;
        boolean inEvent = false;
        for (String raw : unfolded.split("\r?\n")) {
            String line = raw.strip();
            if (line.equals("BEGIN:VEVENT")) {
                inEvent = true;
                day = null;
                summary = null;
                kind = null;
            } else if (line.equals("END:VEVENT")) {
                if (day == null || kind == null) {
                    throw new CalendarException("calendar.icsEventIncomplete");
                }
                entries.add(new CalendarEntry(day, kind, summary == null || summary.isBlank() ? kind.name() : summary));
                inEvent = false;
            } else if (inEvent) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = line.substring(0, colon).toUpperCase(java.util.Locale.ROOT);
                String value = line.substring(colon + 1);
                if (name.startsWith("DTSTART")) {
                    day = parseDate(value);
                } else if (name.equals("SUMMARY")) {
                    summary = unescape(value);
                } else if (name.equals("CATEGORIES")) {
                    kind = value.toUpperCase(java.util.Locale.ROOT).contains("WORKDAY") ? DayKind.WORKDAY : DayKind.HOLIDAY;
                }
            }
        }
        if (!unfolded.contains("BEGIN:VCALENDAR")) {
            throw new CalendarException("calendar.notIcs");
        }
        return entries;
    }

    private static LocalDate parseDate(String value) {
        try {
            return LocalDate.parse(value.length() > 8 ? value.substring(0, 8) : value, DATE);
        } catch (DateTimeParseException e) {
            throw new CalendarException("calendar.icsBadDate", value);
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\");
    }
}
