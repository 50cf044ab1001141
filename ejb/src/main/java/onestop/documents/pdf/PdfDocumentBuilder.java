package onestop.documents.pdf;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Set;

/**
 * Builds one PDF: A4 (or another {@link PageSetup}) pages filled from top to bottom with
 * titles, paragraphs, key/value lines and tables, with a header and a "page X / Y" footer on
 * every page. Chinese and Latin text wrap correctly (see {@link LineBreaker}); fonts are
 * subset-embedded from the shared {@link FontLibrary}. Not thread-safe; use one per document.
 *
 * <pre>{@code
 * byte[] pdf = PdfDocumentBuilder.create(PdfMetadata.of("受理通知書", "行政服務中心", "行政服務中心", "第 {page} 頁，共 {pages} 頁"))
 *         .title("辦件受理通知書")
 *         .keyValue("申請人", "王小明")
 *         .paragraph("……")
 *         .toBytes();
 * }</pre>
 */
public final class PdfDocumentBuilder implements AutoCloseable {
    private final PdfMetadata info;
    private final PDDocument document;
    private final DocumentFonts fonts;
    private final PageFlow flow;
    private boolean done;

    private PdfDocumentBuilder(PdfMetadata info, PageSetup setup, FontLibrary library, boolean strict) {
        this.info = info;
        this.document = new PDDocument();
        this.fonts = new DocumentFonts(document, library.forLanguage(info.language()), strict);
        this.flow = new PageFlow(document, setup, fonts);
    }

    /** A4, shared fonts, missing characters drawn as 〓. */
    public static PdfDocumentBuilder create(PdfMetadata info) {
        return create(info, PageSetup.a4(), FontLibrary.shared(), false);
    }

    /**
     * @param library the font chain; reordered by {@link FontLibrary#forLanguage} for the document's language
     * @param strict  if true, a character that no font can draw throws {@link PdfFontException}
     *                (for licences and notices, where a changed name is not acceptable); otherwise
     *                it is drawn as 〓, logged and reported by {@link #missingCharacters()}
     */
    public static PdfDocumentBuilder create(PdfMetadata info, PageSetup setup, FontLibrary library, boolean strict) {
        return new PdfDocumentBuilder(info, setup, library, strict);
    }

    /** A centred bold title (the metadata title is set from {@link PdfMetadata}). */
    public PdfDocumentBuilder title(String text) {
        return paragraph(text, TextStyle.TITLE);
    }

    public PdfDocumentBuilder heading(String text) {
        return paragraph(text, TextStyle.HEADING);
    }

    public PdfDocumentBuilder paragraph(String text) {
        return paragraph(text, TextStyle.BODY);
    }

    /** A block of wrapped text; {@code '\n'} starts a new line. Followed by half a line of space. */
    public PdfDocumentBuilder paragraph(String text, TextStyle style) {
        return run(() -> {
            List<LineBreaker.Line> lines = LineBreaker.wrap(DocumentFonts.clean(text), flow.width(), flow.advance(style));
            for (LineBreaker.Line line : lines) {
                flow.ensure(style.leading());
                float x = flow.left() + switch (style.align()) {
                    case LEFT -> 0;
                    case CENTER -> (flow.width() - line.width()) / 2;
                    case RIGHT -> flow.width() - line.width();
                };
                flow.text(line.text(), style, x, flow.y(), style.leading());
                flow.advance(style.leading());
            }
            flow.advance(style.size() / 2);
        });
    }

    /** "key：value" in body size, the key bold. Values of consecutive lines align (key column ≥ 1/4 of the width). */
    public PdfDocumentBuilder keyValue(String key, String value) {
        return run(() -> {
            TextStyle keyStyle = TextStyle.BODY.withBold(true);
            String label = DocumentFonts.clean(key).replace('\n', ' ') + "：";
            float keyWidth = Math.max(fonts.width(label, true, keyStyle.size()), flow.width() / 4);
            List<LineBreaker.Line> lines = LineBreaker.wrap(DocumentFonts.clean(value),
                    flow.width() - keyWidth, flow.advance(TextStyle.BODY));
            for (int i = 0; i < lines.size(); i++) {
                flow.ensure(TextStyle.BODY.leading());
                if (i == 0) {
                    flow.text(label, keyStyle, flow.left(), flow.y(), keyStyle.leading());
                }
                flow.text(lines.get(i).text(), TextStyle.BODY, flow.left() + keyWidth, flow.y(), TextStyle.BODY.leading());
                flow.advance(TextStyle.BODY.leading());
            }
        });
    }

    public PdfDocumentBuilder table(Table table) {
        return run(() -> {
            new TableWriter(flow, table).write();
            flow.advance(table.fontSize());
        });
    }

    /** A horizontal bar chart (reports: rates by department, volumes by month). */
    public PdfDocumentBuilder barChart(BarChart chart) {
        return run(() -> new BarChartWriter(flow, chart).write());
    }

    /** Vertical space in points (nothing at the top of a page). */
    public PdfDocumentBuilder space(float points) {
        return run(() -> {
            if (!flow.atTop()) {
                flow.advance(points);
            }
        });
    }

    public PdfDocumentBuilder pageBreak() {
        return run(flow::newPage);
    }

    /** The characters drawn as 〓 because no font has them (empty in strict mode). */
    public Set<String> missingCharacters() {
        return fonts.missing();
    }

    /** Finishes the document and returns it; the builder cannot be used afterwards. */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeTo(out);
        return out.toByteArray();
    }

    /** Finishes the document and writes it; the builder cannot be used afterwards. */
    public void writeTo(OutputStream out) {
        try {
            run(() -> {
                flow.finish(info);
                writeMetadata();
                fonts.library().locked(() -> {
                    document.save(out); // subsets the fonts, reading the shared parsed font data
                    return null;
                });
            });
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        if (done) {
            return;
        }
        done = true;
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeMetadata() {
        PDDocumentInformation meta = document.getDocumentInformation();
        meta.setTitle(info.title());
        meta.setAuthor(info.author());
        meta.setSubject(info.subject());
        meta.setCreator("onestop");
        meta.setCreationDate(GregorianCalendar.from(info.created()));
        meta.setModificationDate(GregorianCalendar.from(info.created()));
        if (info.language() != null) {
            document.getDocumentCatalog().setLanguage(info.language());
        }
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    private interface Step {
        void run() throws IOException;
    }

    private PdfDocumentBuilder run(Step step) {
        if (done) {
            throw new IllegalStateException("document already written or closed");
        }
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
