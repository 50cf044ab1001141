package onestop.disclosure;

import onestop.common.OnestopException;

import java.io.Serial;

/**
 * A refusal on the public side (progress, bulletins, opinions, evaluations), with a message key
 * of the {@code progress.}, {@code bulletin.}, {@code opinion.} or {@code evaluation.} families.
 * Keys ending in {@code TooMany} mean "slow down" (HTTP 429).
 */
public class PublicException extends OnestopException {
    @Serial
    private static final long serialVersionUID = 1L;

    public PublicException(String key, Object... args) {
        super(key, args);
    }

    public boolean isThrottle() {
        return key().endsWith("TooMany");
    }
}
