package onestop.search;

import java.util.List;

/**
 * A passage of a document's original text with the matched parts marked. The marks are
 * character offsets into {@code text}; the passage starts or ends with "…" where it was cut.
 */
public record Snippet(TextField field, String text, List<Mark> marks) {

    public Snippet {
        marks = List.copyOf(marks);
    }

    /** A matched part: {@code text.substring(start, end)}. */
    public record Mark(int start, int end) {
    }

    /** The passage as HTML: text escaped, matches in {@code <mark>}. */
    public String html() {
        StringBuilder out = new StringBuilder(text.length() + 16 * marks.size());
        int at = 0;
        for (Mark m : marks) {
            escape(text, at, m.start(), out);
            out.append("<mark>");
            escape(text, m.start(), m.end(), out);
            out.append("</mark>");
            at = m.end();
        }
        escape(text, at, text.length(), out);
        return out.toString();
    }

    private static void escape(String s, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
