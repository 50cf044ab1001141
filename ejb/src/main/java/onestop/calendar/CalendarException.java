package onestop.calendar;

import onestop.common.OnestopException;

import java.io.Serial;

/** A refused calendar change or question. */
public class CalendarException extends OnestopException {
    @Serial
    private static final long serialVersionUID = 1L;

    public CalendarException(String key, Object... args) {
        super(key, args);
    }
}
