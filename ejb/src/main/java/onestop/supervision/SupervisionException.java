package onestop.supervision;

import onestop.common.OnestopException;

import java.io.Serial;

/** A refused supervision or export request. */
public class SupervisionException extends OnestopException {
    @Serial
    private static final long serialVersionUID = 1L;

    public SupervisionException(String key, Object... args) {
        super(key, args);
    }
}
