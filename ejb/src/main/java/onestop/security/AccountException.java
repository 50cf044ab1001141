package onestop.security;

import onestop.common.OnestopException;

import java.io.Serial;

/** A refused account operation (unknown login, taken login, weak password, stale edit, ...). */
public class AccountException extends OnestopException {
    @Serial
    private static final long serialVersionUID = 1L;

    public AccountException(String key, Object... args) {
        super(key, args);
    }
}
