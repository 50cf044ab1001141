package onestop.search.text;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ChineseFoldTest {

    @Test
    @DisplayName("Traditional folds to Simplified, character by character")
    void traditionalToSimplified() {
        assertEquals("建设工程规划许可证", ChineseFold.fold("建設工程規劃許可證"));
        assertEquals("建设工程规划许可证", ChineseFold.fold("建设工程规划许可证"));
        assertEquals("台北市营业登记", ChineseFold.fold("臺北市營業登記"));
    }

    @Test
    @DisplayName("full-width letters, digits, punctuation and the ideographic space fold to ASCII, then lower case")
    void widthAndCase() {
        assertEquals("abc123 scj-2026", ChineseFold.fold("ＡＢＣ１２３\u3000ＳＣＪ－２０２６"));
        assertEquals("(北京)", ChineseFold.fold("（北京）"));
    }

    @Test
    @DisplayName("the fold keeps the length, so offsets map 1:1, and it is idempotent, substring by substring")
    void keepsLengthAndCommutesWithSubstring() {
        String text = "申請人身分證影本，ＡＢＣ有限公司於臺北市辦理營業登記😀乾燥著急";
        String folded = ChineseFold.fold(text);
        assertEquals(text.length(), folded.length());
        assertEquals(folded, ChineseFold.fold(folded));
        for (int i = 0; i < text.length(); i++) {
            for (int j = i; j <= text.length(); j++) {
                assertEquals(folded.substring(i, j), ChineseFold.fold(text.substring(i, j)));
            }
        }
        assertNull(ChineseFold.fold(null));
    }

    @Test
    @DisplayName("the shipped table is what ICU4J's Traditional-Simplified gives today (2,853 characters)")
    void shippedTableMatchesIcu() throws IOException {
        List<String> expected = FoldTableGenerator.generate();
        String shipped;
        try (InputStream in = ChineseFold.class.getResourceAsStream("t2s.txt")) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(String.join("\n", expected), shipped.strip(),
                "regenerate t2s.txt with FoldTableGenerator (and plan a reindex)");
        assertEquals(expected.size() - 1, ChineseFold.traditionalMappings());
    }
}
