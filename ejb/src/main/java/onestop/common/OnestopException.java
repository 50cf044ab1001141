package onestop.common;

import jakarta.ejb.ApplicationException;

import java.io.Serial;
import java.util.Arrays;

/**
 * A refusal the user can act on: it carries a message key (resolved against the web module's
 * bundles in the user's language) and its arguments, never a stack trace. Rolls the transaction
 * back; each business area has its own subclass.
 */
@ApplicationException(rollback = true, inherited = true)
public class OnestopException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String key;
    private final Object[] args;

    public OnestopException(String key, Object... args) {
        super(key + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.key = key;
        this.args = args.clone();
    }

    /** The message key, e.g. {@code account.loginTaken}. */
    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
