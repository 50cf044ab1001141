package onestop.catalog.imports;

import onestop.common.OnestopException;

import java.io.Serial;

/** The file as a whole cannot be imported (not a spreadsheet, too large, unknown columns, ...). */
public class ImportException extends OnestopException {
    @Serial
    private static final long serialVersionUID = 1L;

    public ImportException(String key, Object... args) {
        super(key, args);
    }
}
