package onestop.center;

import onestop.common.OnestopException;

import java.io.Serial;

/** A refused change to halls, departments or windows. */
public class CenterException extends OnestopException {
    @Serial
    private static final long serialVersionUID = 1L;

    public CenterException(String key, Object... args) {
        super(key, args);
    }
}
