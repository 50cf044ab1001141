package onestop.seal;

import onestop.common.OnestopException;

import java.io.Serial;

/** A refusal of the seal area (keys {@code seal.*}, {@code license.*}, {@code verify.*}). */
public class SealException extends OnestopException {
    @Serial
    private static final long serialVersionUID = 1L;

    public SealException(String key, Object... args) {
        super(key, args);
    }
}
