package onestop.documents.pdf;

import java.io.Serial;
import java.io.Serializable;

/**
 * Where a seal goes on a document: a page (0-based) and a rectangle in PDF points from the page's
 * lower-left corner. {@link PdfDocumentBuilder#sealBlock} returns it centred over the issuing
 * department's name, as a paper seal is pressed; the sealing service draws the seal image there.
 */
public record SealPlacement(int pageIndex, float x, float y, float width, float height) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    public SealPlacement {
        if (pageIndex < 0 || width <= 0 || height <= 0 || x < 0 || y < 0) {
            throw new IllegalArgumentException("invalid seal placement: page " + pageIndex + " at " + x + "," + y
                    + " size " + width + "x" + height);
        }
    }
}
