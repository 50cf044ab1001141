package onestop.documents.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Greedy line breaking for mixed Chinese and Latin text: a line may break before or after any
 * CJK character and after a space, but not inside a Latin word or number. Closing punctuation
 * (，。、；：」』）…) never starts a line and opening punctuation (「『（…) never ends one: the
 * character before is carried to the next line with it. Only a word wider than the whole line is
 * cut anywhere. {@code '\n'} is a hard break.
 */
final class LineBreaker {
    /** A laid-out line: its text (without surrounding spaces) and its width. */
    record Line(String text, float width) {
    }

    private static final String NO_START = "，。、；：？！」』）》〉】〕〗〙〛”’．,.;:?!)]}%‰℃°…‥—·・ー～々〻ゝゞヽヾ"
            + "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ";
    private static final String NO_END = "「『（《〈【〔〖〘〚“‘([{＄￥$¥£€#＃";

    private LineBreaker() {
    }

    /**
     * @param advance the width of one code point at the size used
     */
    static List<Line> wrap(String text, float maxWidth, IntToDoubleFunction advance) {
        List<Line> lines = new ArrayList<>();
        for (String hard : text.split("\n", -1)) {
            wrapHard(hard.codePoints().toArray(), maxWidth, advance, lines);
        }
        return lines;
    }

    private static void wrapHard(int[] cps, float maxWidth, IntToDoubleFunction advance, List<Line> out) {
        int start = skipSpaces(cps, 0);
        if (start == cps.length) {
            out.add(new Line("", 0));
            return;
        }
        while (start < cps.length) {
            int end = lineEnd(cps, start, maxWidth, advance);
            int trimmed = end;
            while (trimmed > start && cps[trimmed - 1] == ' ') {
                trimmed--;
            }
            out.add(new Line(new String(cps, start, trimmed - start), width(cps, start, trimmed, advance)));
            start = skipSpaces(cps, end);
        }
    }

    /** The exclusive end of the line starting at {@code start}. */
    private static int lineEnd(int[] cps, int start, float maxWidth, IntToDoubleFunction advance) {
        double width = 0;
        int lastBreak = -1;
        for (int i = start; i < cps.length; i++) {
            if (i > start && canBreakBefore(cps, i)) {
                lastBreak = i;
            }
            width += advance.applyAsDouble(cps[i]);
            if (cps[i] != ' ' && width > maxWidth + 0.001 && i > start) {
                if (lastBreak > start) {
                    return lastBreak;
                }
                // no break opportunity (a word wider than the line): cut it, still keeping
                // closing marks off the next line's start where possible
                int cut = i;
                while (cut - 1 > start && (nextStartsWithNoStart(cps, cut) || isNoEnd(cps[cut - 1]))) {
                    cut--;
                }
                return cut;
            }
        }
        return cps.length;
    }

    static boolean canBreakBefore(int[] cps, int i) {
        int prev = cps[i - 1];
        int cur = cps[i];
        if (cur == ' ' || isNoStart(cur) || isNoEnd(prev)) {
            return false;
        }
        return prev == ' ' || isCjk(prev) || isCjk(cur);
    }

    static boolean isNoStart(int cp) {
        return NO_START.indexOf(cp) >= 0;
    }

    static boolean isNoEnd(int cp) {
        return NO_END.indexOf(cp) >= 0;
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF)
                || (cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0x3200 && cp <= 0x33FF);
    }

    private static boolean nextStartsWithNoStart(int[] cps, int cut) {
        int next = skipSpaces(cps, cut);
        return next < cps.length && isNoStart(cps[next]);
    }

    private static int skipSpaces(int[] cps, int from) {
        int i = from;
        while (i < cps.length && cps[i] == ' ') {
            i++;
        }
        return i;
    }

    private static float width(int[] cps, int from, int to, IntToDoubleFunction advance) {
        double width = 0;
        for (int i = from; i < to; i++) {
            width += advance.applyAsDouble(cps[i]);
        }
        return (float) width;
    }
}
