package onestop.documents.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import java.util.function.IntToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineBreakerTest {
    /** Ideographs and full-width marks 10 wide, everything else 5. */
    private static final IntToDoubleFunction MONO = cp -> LineBreaker.isCjk(cp) ? 10 : 5;

    private static List<String> texts(List<LineBreaker.Line> lines) {
        return lines.stream().map(LineBreaker.Line::text).toList();
    }

    @Test
    void closingPunctuationIsCarriedToTheNextLineWithItsCharacter() {
        List<LineBreaker.Line> lines = LineBreaker.wrap("一二三四五六七八九十，一二三。」", 100, MONO);
        assertEquals(List.of("一二三四五六七八九", "十，一二三。」"), texts(lines));
    }

    @Test
    void openingPunctuationDoesNotEndALine() {
        assertEquals(List.of("一二三四五六七八", "「九十」"), texts(LineBreaker.wrap("一二三四五六七八「九十」", 90, MONO)));
    }

    @Test
    void latinWordsStayTogetherAndCjkBreaksAnywhere() {
        List<LineBreaker.Line> lines = LineBreaker.wrap("許可證號 ABC-2026 office 行政許可", 60, MONO);
        assertEquals(List.of("許可證號", "ABC-2026", "office 行政", "許可"), texts(lines));
    }

    @Test
    void hardBreaksEmptyTextAndOverlongWords() {
        assertEquals(List.of("甲", "", "乙"), texts(LineBreaker.wrap("甲\n\n乙", 100, MONO)));
        assertEquals(List.of(""), texts(LineBreaker.wrap("", 100, MONO)));
        assertEquals(List.of("aaaa", "aaaa", "aa"), texts(LineBreaker.wrap("aaaaaaaaaa", 20, MONO)));
    }

    @Test
    void randomMixedTextNeverOverflowsAndNeverStartsWithClosingPunctuation() {
        String[] tokens = {"行", "政", "許", "可", "办", "证", "，", "。", "、", "；", "：", "」", "』", "）", "「", "（",
                " ", "ABC", "2026", "office", "No.", "？", "！"};
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 120; i++) {
                text.append(tokens[random.nextInt(tokens.length)]);
            }
            float width = 80 + random.nextInt(200);
            List<LineBreaker.Line> lines = LineBreaker.wrap(text.toString(), width, MONO);
            assertEquals(text.toString().replace(" ", ""), String.join("", texts(lines)).replace(" ", ""));
            for (int i = 0; i < lines.size(); i++) {
                LineBreaker.Line line = lines.get(i);
                double measured = line.text().codePoints().mapToDouble(MONO).sum();
                assertTrue(measured <= width, "line too wide: " + line);
                assertEquals(measured, line.width(), 0.01);
                if (i > 0 && !line.text().isEmpty()) {
                    assertFalse(LineBreaker.isNoStart(line.text().codePointAt(0)), "starts with closing mark: " + line);
                }
            }
        }
    }

    @Test
    void realFontWidthsStayWithinTheLine() throws IOException {
        try (PDDocument document = new PDDocument()) {
            DocumentFonts fonts = new DocumentFonts(document, FontLibrary.shared(), false);
            String text = ("根據《中華人民共和國行政許可法》第三十二條，申請材料齊全、符合法定形式的，應當受理。"
                    + "Application No. XK-2026-00042 received; ").repeat(8);
            for (float size : new float[] {9, 11, 14}) {
                List<LineBreaker.Line> lines = LineBreaker.wrap(text, 250, cp -> fonts.advance(cp, false, size));
                assertTrue(lines.size() > 5);
                for (LineBreaker.Line line : lines) {
                    assertTrue(fonts.width(line.text(), false, size) <= 250.01f, "too wide: " + line);
                    assertFalse(!line.text().isEmpty() && LineBreaker.isNoStart(line.text().codePointAt(0)), line.text());
                }
            }
        }
    }
}
