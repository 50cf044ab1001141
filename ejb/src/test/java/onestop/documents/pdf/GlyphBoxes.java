package onestop.documents.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** Collects the horizontal extent {x, x + width} of every drawn glyph of a PDF. */
final class GlyphBoxes extends PDFTextStripper {
    private final List<float[]> boxes = new ArrayList<>();

    private GlyphBoxes() {
    }

    static List<float[]> of(byte[] pdf) throws IOException {
        GlyphBoxes collector = new GlyphBoxes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            collector.writeText(document, new StringWriter());
        }
        return collector.boxes;
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (!text.getUnicode().isBlank()) {
            boxes.add(new float[] {text.getX(), text.getX() + text.getWidth()});
        }
        super.processTextPosition(text);
    }
}
