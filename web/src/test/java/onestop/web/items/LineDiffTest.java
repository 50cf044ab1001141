package onestop.web.items;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LineDiffTest {
    @Test
    @DisplayName("lines on both sides stay plain; a removed line is marked before, an added one after")
    void marksOnlyTheLinesThatDiffer() {
        LineDiff.Sides sides = LineDiff.of("受理\n審查 7\n決定", "受理\n審查 5\n決定\n發證");

        assertEquals(List.of(new LineDiff.Line("受理", false), new LineDiff.Line("審查 7", true),
                new LineDiff.Line("決定", false)), sides.before());
        assertEquals(List.of(new LineDiff.Line("受理", false), new LineDiff.Line("審查 5", true),
                new LineDiff.Line("決定", false), new LineDiff.Line("發證", true)), sides.after());
    }

    @Test
    @DisplayName("a field that was empty has nothing before and every line added after")
    void emptyBefore() {
        LineDiff.Sides sides = LineDiff.of(null, "新政策");

        assertEquals(List.of(), sides.before());
        assertEquals(List.of(new LineDiff.Line("新政策", true)), sides.after());
    }
}
