package onestop.documents.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;
import java.util.function.IntToDoubleFunction;

/**
 * The vertical flow of content over pages: a cursor that moves down the text area and starts
 * a new page when a block does not fit. Header and footer are drawn at the end, when the
 * number of pages is known.
 */
final class PageFlow {
    /** Baseline offset below the top of a line box, as a fraction of the size (CJK ascent ≈ 0.88 em). */
    private static final float ASCENT = 0.88f;

    private final PDDocument document;
    private final PageSetup setup;
    private final DocumentFonts fonts;
    private PDPageContentStream stream;
    private float y;
    private Runnable onNewPage = () -> { };
    /** Every line of body text drawn, in drawing order (headers and footers not included). */
    private final StringBuilder transcript = new StringBuilder();

    PageFlow(PDDocument document, PageSetup setup, DocumentFonts fonts) {
        this.document = document;
        this.setup = setup;
        this.fonts = fonts;
    }

    DocumentFonts fonts() {
        return fonts;
    }

    float left() {
        return setup.marginLeft();
    }

    float width() {
        return setup.contentWidth();
    }

    /** The top of the free space on the current page. */
    float y() {
        return y;
    }

    /** The height of the text area of a page. */
    float pageHeight() {
        return setup.contentHeight();
    }

    float remaining() {
        return stream == null ? setup.contentHeight() : y - setup.marginBottom();
    }

    boolean atTop() {
        return stream == null || y >= top();
    }

    /** Moves the cursor down; past the bottom it only starts a new page lazily, at the next block. */
    void advance(float height) {
        y -= height;
    }

    /** Makes sure {@code height} fits, starting a new page unless this one is still empty. */
    void ensure(float height) throws IOException {
        if (stream == null || (height > remaining() && !atTop())) {
            newPage();
        }
    }

    void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(new PDRectangle(setup.width(), setup.height()));
        document.addPage(page);
        stream = new PDPageContentStream(document, page, AppendMode.APPEND, true, true);
        y = top();
        onNewPage.run();
    }

    /** Called after every page break (tables repeat their header with it). */
    void onNewPage(Runnable action) {
        onNewPage = action == null ? () -> { } : action;
    }

    PDPageContentStream stream() throws IOException {
        ensure(0);
        return stream;
    }

    /** Draws a line of text whose line box (height {@code leading}) starts at {@code lineTop}. */
    void text(String text, TextStyle style, float x, float lineTop, float leading) throws IOException {
        float baseline = lineTop - (leading - style.size()) / 2 - ASCENT * style.size();
        fonts.show(stream(), text, style.bold(), style.size(), x, baseline);
        transcript.append(text).append('\n');
    }

    String transcript() {
        return transcript.toString();
    }

    IntToDoubleFunction advance(TextStyle style) {
        return cp -> fonts.advance(cp, style.bold(), style.size());
    }

    /** Closes the last page and draws header and footer on every page. */
    void finish(PdfMetadata info) throws IOException {
        if (stream == null) {
            newPage();
        }
        stream.close();
        stream = null;
        int pages = document.getNumberOfPages();
        TextStyle small = TextStyle.SMALL;
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream page = new PDPageContentStream(
                    document, document.getPage(i), AppendMode.APPEND, true, true)) {
                if (info.header() != null && !info.header().isBlank()) {
                    float lineY = setup.height() - setup.marginTop() + 8;
                    centred(page, DocumentFonts.clean(info.header()), small, lineY + 4);
                    page.setLineWidth(0.5f);
                    page.moveTo(left(), lineY);
                    page.lineTo(left() + width(), lineY);
                    page.stroke();
                }
                if (info.footer() != null && !info.footer().isBlank()) {
                    centred(page, DocumentFonts.clean(info.footerFor(i + 1, pages)), small,
                            setup.marginBottom() / 2 - small.size() / 2);
                }
            }
        }
    }

    private void centred(PDPageContentStream page, String text, TextStyle style, float baseline) throws IOException {
        String line = text.replace('\n', ' ');
        float x = left() + (width() - fonts.width(line, style.bold(), style.size())) / 2;
        fonts.show(page, line, style.bold(), style.size(), x, baseline);
    }

    private float top() {
        return setup.height() - setup.marginTop();
    }
}
