package onestop.casework;

import onestop.common.OnestopException;

import java.io.Serial;

/**
 * A refused case action. Keys ending in {@code unknown} mean "no such case for you" (404),
 * {@code Conflict} a state or a concurrent change that forbids it (409), {@code Forbidden} a case
 * the caller may read but not act on (403); the rest are invalid input (400).
 */
public class CaseException extends OnestopException {
    @Serial
    private static final long serialVersionUID = 1L;

    public CaseException(String key, Object... args) {
        super(key, args);
    }
}
