package onestop.documents;

import onestop.common.OnestopException;

import java.io.Serial;

/** A refused store or read: too large, unknown, or content that no longer matches its hash. */
public class DocumentException extends OnestopException {
    @Serial
    private static final long serialVersionUID = 1L;

    public DocumentException(String key, Object... args) {
        super(key, args);
    }
}
