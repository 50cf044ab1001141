package onestop.documents.pdf;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.awt.Color;
import java.io.IOException;

/** Draws a {@link BarChart} into the flow: label column, bar area, value text; breaks pages between bars. */
final class BarChartWriter {
    private static final float BAR_HEIGHT = 12;
    private static final float GAP = 5;
    private static final Color BAR = new Color(0x2f, 0x6f, 0xb3);
    private static final Color TRACK = new Color(0xe8, 0xec, 0xf1);

    private final PageFlow flow;
    private final BarChart chart;

    BarChartWriter(PageFlow flow, BarChart chart) {
        this.flow = flow;
        this.chart = chart;
    }

    void write() throws IOException {
        TextStyle label = TextStyle.SMALL;
        flow.ensure(TextStyle.HEADING.leading() + BAR_HEIGHT + GAP);
        flow.text(chart.title(), TextStyle.BODY.withBold(true), flow.left(), flow.y(), TextStyle.BODY.leading());
        flow.advance(TextStyle.BODY.leading());
        float labelWidth = flow.width() * 0.3f;
        float valueWidth = flow.width() * 0.12f;
        float barWidth = flow.width() - labelWidth - valueWidth;
        for (BarChart.Bar bar : chart.bars()) {
            flow.ensure(BAR_HEIGHT + GAP);
            PDPageContentStream stream = flow.stream();
            float top = flow.y();
            var lines = LineBreaker.wrap(DocumentFonts.clean(bar.label()), labelWidth - 4, flow.advance(label));
            String text = lines.isEmpty() ? "" : lines.get(0).text();
            flow.text(text, label, flow.left(), top, BAR_HEIGHT);
            float x = flow.left() + labelWidth;
            stream.setNonStrokingColor(TRACK);
            stream.addRect(x, top - BAR_HEIGHT, barWidth, BAR_HEIGHT);
            stream.fill();
            if (bar.value() != null) {
                double share = Math.max(0, Math.min(1, bar.value() / chart.max()));
                stream.setNonStrokingColor(BAR);
                stream.addRect(x, top - BAR_HEIGHT, (float) (barWidth * share), BAR_HEIGHT);
                stream.fill();
            }
            stream.setNonStrokingColor(Color.BLACK);
            flow.text(bar.value() == null ? "—" : bar.valueText(), label, x + barWidth + 4, top, BAR_HEIGHT);
            flow.advance(BAR_HEIGHT + GAP);
        }
        flow.advance(TextStyle.BODY.size());
    }
}
