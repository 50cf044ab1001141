package onestop.common;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LocalizedTextTest {
    private final LocalizedText name = new LocalizedText("市場監督管理局", "市场监督管理局", "Market Regulation Bureau");

    @Test
    @DisplayName("Traditional for Taiwan, Hong Kong and zh-Hant; Simplified for China, Singapore and zh-Hans; English otherwise")
    void picksVariant() {
        assertEquals("市場監督管理局", name.in(Locale.forLanguageTag("zh-TW")));
        assertEquals("市場監督管理局", name.in(Locale.forLanguageTag("zh-HK")));
        assertEquals("市場監督管理局", name.in(Locale.forLanguageTag("zh-Hant-CN")));
        assertEquals("市场监督管理局", name.in(Locale.forLanguageTag("zh-CN")));
        assertEquals("市场监督管理局", name.in(Locale.forLanguageTag("zh-SG")));
        assertEquals("市场监督管理局", name.in(Locale.forLanguageTag("zh-Hans")));
        assertEquals("Market Regulation Bureau", name.in(Locale.FRENCH));
    }

    @Test
    @DisplayName("a name missing in one language is refused")
    void allThreeRequired() {
        assertThrows(IllegalArgumentException.class, () -> new LocalizedText("局", " ", "Bureau"));
    }
}
