package onestop.documents.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Page size and margins in PDF points (1/72 inch). The header and footer sit in the top and bottom margins. */
public record PageSetup(float width, float height, float marginTop, float marginRight,
                        float marginBottom, float marginLeft) {
    /** Points per millimetre. */
    public static final float MM = 72f / 25.4f;

    public PageSetup {
        if (width <= 0 || height <= 0 || marginTop < 0 || marginRight < 0 || marginBottom < 0 || marginLeft < 0
                || marginLeft + marginRight >= width / 2 || marginTop + marginBottom >= height / 2) {
            throw new IllegalArgumentException("page too small for its margins");
        }
    }

    /** A4 portrait, 25 mm top and bottom (room for header and footer), 20 mm left and right. */
    public static PageSetup a4() {
        return new PageSetup(PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight(), 25 * MM, 20 * MM, 25 * MM, 20 * MM);
    }

    /** A4 landscape, for wide ledgers. */
    public static PageSetup a4Landscape() {
        return new PageSetup(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth(), 20 * MM, 20 * MM, 20 * MM, 20 * MM);
    }

    public float contentWidth() {
        return width - marginLeft - marginRight;
    }

    public float contentHeight() {
        return height - marginTop - marginBottom;
    }
}
