package onestop.documents.pdf;

import java.io.Serial;

/**
 * No usable font, a font PDFBox cannot embed, or (in strict mode) a character no font can draw.
 * A set-up or data problem, not a user error: the message says what to install or configure.
 */
public class PdfFontException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public PdfFontException(String message) {
        super(message);
    }

    public PdfFontException(String message, Throwable cause) {
        super(message, cause);
    }
}
