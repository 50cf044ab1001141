package onestop.fees;

import onestop.common.OnestopException;

import java.io.Serial;

/**
 * A refused fee or cashier action; nothing of it is written (the transaction rolls back). Keys
 * ending in {@code Unknown} mean "no such notice, payment or closing for you" (404),
 * {@code Conflict} a state that forbids the act (409), {@code Forbidden} an act the caller's role
 * or place does not allow (403); the rest are invalid input (400).
 */
public class FeeException extends OnestopException {
    @Serial
    private static final long serialVersionUID = 1L;

    public FeeException(String key, Object... args) {
        super(key, args);
    }
}
