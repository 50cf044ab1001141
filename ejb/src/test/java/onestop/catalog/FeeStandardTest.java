package onestop.catalog;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FeeStandardTest {
    private static BigDecimal yuan(String value) {
        return new BigDecimal(value);
    }

    private static FeeItem fee(String amount, String standard) {
        return new FeeItem("F01", "費", amount == null ? null : yuan(amount), null, "《依據》", standard);
    }

    @Test
    @DisplayName("a fee with an amount and no standard is fixed: charged once, whatever the quantity")
    void fixedByDefault() {
        FeeStandard s = FeeStandard.of(fee("20.00", null));

        assertAll(
                () -> assertEquals(FeeStandard.Kind.FIXED, s.kind()),
                () -> assertEquals(yuan("20.00"), s.charge(null)),
                () -> assertEquals(yuan("20.00"), s.charge(yuan("3"))));
    }

    @Test
    @DisplayName("per unit: the price times the quantity, the first free units not charged (工本費: one book free, 10 yuan each more)")
    void perUnitWithFreeUnits() {
        FeeStandard books = FeeStandard.of(fee("10.00", "per-unit:本;free:1"));
        FeeStandard area = FeeStandard.of(fee("45.00", "per-unit:平方米"));

        assertAll(
                () -> assertEquals(yuan("0.00"), books.charge(yuan("1"))),
                () -> assertEquals(yuan("20.00"), books.charge(yuan("3"))),
                () -> assertEquals(yuan("55560.15"), area.charge(yuan("1234.67"))));
    }

    @Test
    @DisplayName("tiered: each rate applies only to its part of the base (差額累進), rounded once at the end")
    void tieredDifferenceProgressive() {
        FeeStandard s = FeeStandard.of(fee(null, "tiered:中標金額;0:0.8%;1000000:0.5%;5000000:0.25%"));

        // 1,000,000 × 0.8% + 4,000,000 × 0.5% + 1,000,000 × 0.25% = 8,000 + 20,000 + 2,500
        assertAll(
                () -> assertEquals(yuan("30500.00"), s.charge(yuan("6000000"))),
                () -> assertEquals(yuan("4000.00"), s.charge(yuan("500000"))),
                () -> assertEquals(yuan("8000.00"), s.charge(yuan("1000000"))));
    }

    @Test
    @DisplayName("rounding is half-up to the cent: 3% of 1,234.55 is 37.04 and 0.5% of 1,001.00 is 5.01, not 5.00")
    void roundingHalfUp() {
        assertAll(
                () -> assertEquals(yuan("37.04"), FeeStandard.of(fee(null, "tiered:成交價格;0:3%")).charge(yuan("1234.55"))),
                () -> assertEquals(yuan("5.01"), FeeStandard.of(fee(null, "tiered:成交價格;0:0.5%")).charge(yuan("1001.00"))),
                () -> assertEquals(yuan("0.01"), FeeStandard.of(fee("0.01", "per-unit:件")).charge(yuan("0.50"))));
    }

    @Test
    @DisplayName("malformed standards are refused: unknown kind, per unit without price, tiers not starting at 0 or not rising, rates over 100%")
    void malformed() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> FeeStandard.parse("hourly:時", yuan("1"))),
                () -> assertThrows(IllegalArgumentException.class, () -> FeeStandard.parse("per-unit:件", null)),
                () -> assertThrows(IllegalArgumentException.class, () -> FeeStandard.parse("tiered:金額;100:1%", null)),
                () -> assertThrows(IllegalArgumentException.class, () -> FeeStandard.parse("tiered:金額;0:1%;0:2%", null)),
                () -> assertThrows(IllegalArgumentException.class, () -> FeeStandard.parse("tiered:金額;0:101%", null)),
                () -> assertThrows(IllegalArgumentException.class, () -> FeeStandard.of(fee(null, null))));
    }

    @Test
    @DisplayName("a quantity finer than a cent or negative is refused")
    void quantityChecked() {
        FeeStandard s = FeeStandard.of(fee("45.00", "per-unit:平方米"));

        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> s.charge(yuan("1.005"))),
                () -> assertThrows(IllegalArgumentException.class, () -> s.charge(yuan("-1"))),
                () -> assertThrows(IllegalArgumentException.class, () -> s.charge(null)));
    }

    @Test
    @DisplayName("the standard reads back in its catalog form and in words for the notice")
    void texts() {
        FeeStandard s = FeeStandard.parse("per-unit: 本 ; free:1", yuan("10.00"));

        assertAll(
                () -> assertEquals("per-unit:本;free:1", s.text()),
                () -> assertEquals("每本 10.00 元（首 1 本免收）", s.describe()),
                () -> assertEquals("按中標金額差額累進：0.00 元以上部分 1%；1,000,000.00 元以上部分 0.5%",
                        FeeStandard.parse("tiered:中標金額;0:1%;1000000:0.5%", null).describe()));
    }
}
