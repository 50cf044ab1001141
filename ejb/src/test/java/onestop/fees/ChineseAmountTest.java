package onestop.fees;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChineseAmountTest {
    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({
            "0.00, 零元整",
            "20.00, 貳拾元整",
            "1005.30, 壹仟零伍元參角",
            "100000.00, 壹拾萬元整",
            "100005.00, 壹拾萬零伍元整",
            "30500.07, 參萬零伍佰元零柒分",
            "0.45, 肆角伍分",
            "1000050000.00, 壹拾億零伍萬元整",
            "5422.50, 伍仟肆佰貳拾貳元伍角"})
    void capitalNumerals(String amount, String words) {
        assertEquals(words, ChineseAmount.inWords(new BigDecimal(amount)));
    }
}
