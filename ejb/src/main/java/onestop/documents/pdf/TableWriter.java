package onestop.documents.pdf;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link Table}. A row that does not fit on the rest of the page moves to the next
 * page; only a row taller than a whole page is split between its lines. The header row is
 * repeated at the top of each new page.
 */
final class TableWriter {
    private static final float PADDING = 3;
    private static final float HEADER_GREY = 0.9f;

    private final PageFlow flow;
    private final Table table;
    private final float[] widths;
    private final TextStyle body;
    private final TextStyle head;
    private final float leading;
    private final List<List<LineBreaker.Line>> header;

    TableWriter(PageFlow flow, Table table) {
        this.flow = flow;
        this.table = table;
        this.widths = table.widths(flow.width());
        this.body = new TextStyle(table.fontSize(), false, TextStyle.Align.LEFT);
        this.head = body.withBold(true);
        this.leading = table.fontSize() * 1.4f;
        this.header = wrap(table.columns().stream().map(Table.Column::header).toList(), head);
    }

    void write() throws IOException {
        float headerHeight = height(lineCount(header));
        flow.ensure(headerHeight + height(1));
        drawRow(header, 0, lineCount(header), true);
        flow.onNewPage(() -> {
            try {
                drawRow(header, 0, lineCount(header), true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            for (int r = 0; r < table.rows().size(); r++) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < widths.length; c++) {
                    cells.add(table.cell(r, c));
                }
                writeRow(wrap(cells, body), headerHeight);
            }
        } finally {
            flow.onNewPage(null);
        }
    }

    private void writeRow(List<List<LineBreaker.Line>> cells, float headerHeight) throws IOException {
        int total = lineCount(cells);
        int from = 0;
        boolean freshPage = false;
        while (true) {
            float needed = height(total - from);
            if (needed <= flow.remaining()) {
                drawRow(cells, from, total, false);
                return;
            }
            int fit = Math.max(0, (int) ((flow.remaining() - 2 * PADDING) / leading));
            boolean fitsWholeOnNewPage = from == 0 && needed <= flow.pageHeight() - headerHeight;
            if (!freshPage && (fitsWholeOnNewPage || fit == 0)) {
                flow.newPage();
                freshPage = true;
                continue;
            }
            fit = Math.max(fit, 1);
            drawRow(cells, from, from + fit, false);
            from += fit;
            flow.newPage();
            freshPage = true;
        }
    }

    /** Draws lines {@code [from, to)} of every cell as one band of the row and moves the cursor below it. */
    private void drawRow(List<List<LineBreaker.Line>> cells, int from, int to, boolean grey) throws IOException {
        PDPageContentStream stream = flow.stream();
        float top = flow.y();
        float height = height(to - from);
        float x = flow.left();
        for (int c = 0; c < widths.length; c++) {
            if (grey) {
                stream.setNonStrokingColor(HEADER_GREY);
                stream.addRect(x, top - height, widths[c], height);
                stream.fill();
                stream.setNonStrokingColor(0f);
            }
            List<LineBreaker.Line> lines = cells.get(c);
            for (int k = from; k < Math.min(to, lines.size()); k++) {
                flow.text(lines.get(k).text(), grey ? head : body, x + PADDING, top - PADDING - (k - from) * leading, leading);
            }
            stream.setLineWidth(0.5f);
            stream.addRect(x, top - height, widths[c], height);
            stream.stroke();
            x += widths[c];
        }
        flow.advance(height);
    }

    private List<List<LineBreaker.Line>> wrap(List<String> cells, TextStyle style) {
        List<List<LineBreaker.Line>> wrapped = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            wrapped.add(LineBreaker.wrap(DocumentFonts.clean(cells.get(c)), widths[c] - 2 * PADDING, flow.advance(style)));
        }
        return wrapped;
    }

    private static int lineCount(List<List<LineBreaker.Line>> cells) {
        return cells.stream().mapToInt(List::size).max().orElse(1);
    }

    private float height(int lines) {
        return lines * leading + 2 * PADDING;
    }
}
