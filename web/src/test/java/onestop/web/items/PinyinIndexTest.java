package onestop.web.items;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PinyinIndexTest {
    @Test
    @DisplayName("Traditional and Simplified names get the letter of their first character's pinyin")
    void letters() {
        assertEquals(List.of("S", "Y", "Y", "J", "H", "I", "#"), List.of("食品經營許可", "營業執照", "营业执照",
                "建設工程規劃許可證", "戶籍遷移", "ICP 備案", "12345 熱線").stream().map(PinyinIndex::letter).toList());
    }

    @Test
    @DisplayName("names sort A to Z by pinyin, syllable by syllable, not by code point")
    void order() {
        List<String> names = List.of("營業執照", "藥品零售企業許可", "安全生產許可", "建設工程規劃許可證", "建築工程施工許可",
                "醫療機構執業登記");

        List<String> sorted = names.stream().sorted(Comparator.comparing(PinyinIndex::sortKey)).toList();

        assertEquals(List.of("安全生產許可", "建設工程規劃許可證", "建築工程施工許可", "藥品零售企業許可", "醫療機構執業登記",
                "營業執照"), sorted);
    }
}
