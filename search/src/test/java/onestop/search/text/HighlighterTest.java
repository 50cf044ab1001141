package onestop.search.text;

import onestop.search.Snippet;
import onestop.search.TextField;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HighlighterTest {

    private static List<List<String>> phrase(String text) {
        return List.of(Analysis.terms(ChineseFold.fold(text)));
    }

    @Test
    @DisplayName("a Simplified phrase marks the Traditional original, across punctuation the index also ignores")
    void marksTheOriginal() {
        List<Snippet> s = Highlighter.whole(TextField.TITLE, "關於北側，樓梯的通知", phrase("北侧楼梯"));

        assertEquals(1, s.size());
        assertEquals("關於<mark>北側，樓梯</mark>的通知", s.get(0).html());
    }

    @Test
    @DisplayName("long texts give short passages around the matches, cut with an ellipsis, at most three")
    void passages() {
        String text = "甲".repeat(100) + "营业登记" + "乙".repeat(100) + "营业登记" + "丙".repeat(30) + "营业登记"
                + "丁".repeat(100) + "营业登记" + "戊".repeat(100) + "营业登记";

        List<Snippet> s = Highlighter.passages(TextField.BODY, text, phrase("营业登记"));

        assertEquals(3, s.size());
        assertTrue(s.get(0).text().startsWith("…") && s.get(0).text().endsWith("…"));
        assertEquals(1, s.get(0).marks().size());
        assertEquals(2, s.get(1).marks().size());
        for (Snippet p : s) {
            for (Snippet.Mark m : p.marks()) {
                assertEquals("营业登记", p.text().substring(m.start(), m.end()));
            }
        }
    }

    @Test
    @DisplayName("HTML in the text is escaped")
    void escapes() {
        assertEquals("&lt;b&gt;<mark>abc</mark>&amp;", Highlighter.whole(TextField.TITLE, "<b>abc&", phrase("ABC")).get(0).html());
    }
}
