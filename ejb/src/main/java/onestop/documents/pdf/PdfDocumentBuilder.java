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
    /** The diameter of a licensing seal (行政許可專用章): 42 mm. */
    public static final float SEAL_DIAMETER = 42 * PageSetup.MM;

    private final PdfMetadata info;
    private final PDDocument document;
    private final DocumentFonts fonts;
    private final PageFlow flow;
    private SealPlacement sealPlacement;
    private boolean done;
    private int pages;

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

    /**
     * The issuing block of an official document: the department's name and the date (年月日),
     * right-aligned, with room for a seal of {@link #SEAL_DIAMETER} points pressed over the name.
     * Remembers the seal's place for {@link #sealPlacement()}; a second call replaces it.
     */
    public PdfDocumentBuilder sealBlock(String departmentName, java.time.LocalDate date) {
        return run(() -> {
            TextStyle style = TextStyle.BODY.withSize(12).withAlign(TextStyle.Align.RIGHT);
            String name = DocumentFonts.clean(departmentName).replace('\n', ' ').strip();
            String day = date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
            float above = Math.max(style.leading() / 2, SEAL_DIAMETER / 2 - style.leading());
            flow.ensure(above + Math.max(SEAL_DIAMETER, 2 * style.leading()));
            if (!flow.atTop()) {
                flow.advance(above);
            }
            float nameWidth = fonts.width(name, style.bold(), style.size());
            float dayWidth = fonts.width(day, style.bold(), style.size());
            float right = flow.left() + flow.width() - style.size();
            float nameTop = flow.y();
            flow.text(name, style, right - nameWidth, nameTop, style.leading());
            flow.advance(style.leading());
            // the date is centred under the name, as the seal is centred on both
            float centre = right - Math.max(nameWidth, dayWidth) / 2;
            flow.text(day, style, centre - dayWidth / 2, flow.y(), style.leading());
            flow.advance(style.leading());
            float middle = nameTop - style.leading();
            float size = SEAL_DIAMETER;
            float x = Math.min(centre - size / 2, flow.left() + flow.width() - size);
            sealPlacement = new SealPlacement(document.getNumberOfPages() - 1, Math.max(x, flow.left()),
                    middle - size / 2, size, size);
            flow.advance(Math.max(0, size / 2 - style.leading()));
        });
    }

    /**
     * Where {@link #sealBlock} left room for the seal (its centre on the department's name), or
     * null if the document has no issuing block.
     */
    public SealPlacement sealPlacement() {
        return sealPlacement;
    }

    /**
     * A QR code (error correction M) of {@code content}, {@code size} points wide, drawn as vector
     * squares at the left margin with a small caption beside it.
     */
    public PdfDocumentBuilder qrCode(String content, float size, String caption) {
        return run(() -> {
            flow.ensure(size);
            QrCodes.draw(flow.stream(), content, flow.left(), flow.y() - size, size);
            if (caption != null && !caption.isBlank()) {
                TextStyle small = TextStyle.SMALL;
                float captionLeft = flow.left() + size + small.size();
                List<LineBreaker.Line> lines = LineBreaker.wrap(DocumentFonts.clean(caption),
                        flow.width() / 2, flow.advance(small));
                float top = flow.y() - (size - lines.size() * small.leading()) / 2;
                for (LineBreaker.Line line : lines) {
                    flow.text(line.text(), small, captionLeft, top, small.leading());
                    top -= small.leading();
                }
            }
            flow.advance(size + TextStyle.BODY.size() / 2);
        });
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

    /**
     * The text the document shows, line by line in the order drawn (without the running header and
     * footer): what a text extraction of the finished PDF would find, without parsing it again.
     */
    public String text() {
        return flow.transcript();
    }

    /** The number of pages of the finished document (0 before {@link #toBytes} or {@link #writeTo}). */
    public int pages() {
        return pages;
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
                pages = document.getNumberOfPages();
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
