package onestop.fees;

import onestop.catalog.FeeItem;
import onestop.fees.FeeEnums.ReductionKind;
import onestop.fees.FeeViews.LineInput;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FeeRulesTest {
    private static final FeeItem AREA = new FeeItem("F01", "城市基礎設施配套費", new BigDecimal("45.00"), null,
            "《財綜函〔2002〕3號》", "per-unit:平方米");
    private static final FeeItem CARD = new FeeItem("F01", "居民身份證工本費", new BigDecimal("20.00"), "每證",
            "《發改價格〔2003〕2322號》", "fixed");
    private static final FeeItem TRADE = new FeeItem("F01", "公共資源交易服務費", null, null, "《收費標準通知》",
            "tiered:中標金額;0:0.8%;1000000:0.5%");
    private static final String BASIS = "小微企業減半收取";

    private static String refusal(Runnable action) {
        return assertThrows(FeeException.class, action::run).key();
    }

    private static LineInput plain(String quantity) {
        return new LineInput("F01", quantity == null ? null : new BigDecimal(quantity), null, null, null);
    }

    @Test
    @DisplayName("a per-unit line charges price × quantity and says how it was computed")
    void perUnitLine() {
        NoticeLine line = FeeRules.line(AREA, plain("120.5"), "clerk.zjj");

        assertAll(
                () -> assertEquals(new BigDecimal("5422.50"), line.gross()),
                () -> assertEquals(new BigDecimal("5422.50"), line.amount()),
                () -> assertEquals(new BigDecimal("120.50"), line.quantity()),
                () -> assertEquals("每平方米 45.00 元；120.5 平方米", line.standardText()),
                () -> assertEquals(ReductionKind.NONE, line.reductionKind()),
                () -> assertNull(line.reductionApprover(), "no reduction, no approver"));
    }

    @Test
    @DisplayName("a fixed line needs no quantity; a per-unit or tiered line without one is refused")
    void quantities() {
        assertAll(
                () -> assertEquals(new BigDecimal("20.00"), FeeRules.line(CARD, plain(null), "x").amount()),
                () -> assertEquals("fee.quantityRequired", refusal(() -> FeeRules.line(AREA, plain(null), "x"))),
                () -> assertEquals("fee.quantityRequired", refusal(() -> FeeRules.line(TRADE, plain(null), "x"))),
                () -> assertEquals("fee.quantityInvalid", refusal(() -> FeeRules.line(AREA, plain("0"), "x"))),
                () -> assertEquals("fee.quantityInvalid", refusal(() -> FeeRules.line(AREA, plain("1.001"), "x"))));
    }

    @Test
    @DisplayName("a waiver makes the line 0.00 and keeps its basis and approver")
    void waiver() {
        NoticeLine line = FeeRules.line(AREA, new LineInput("F01", new BigDecimal("100"), ReductionKind.WAIVER, null,
                "保障性安居工程免收"), "chief.zjj");

        assertAll(
                () -> assertEquals(new BigDecimal("4500.00"), line.gross()),
                () -> assertEquals(new BigDecimal("4500.00"), line.reduction()),
                () -> assertEquals(new BigDecimal("0.00"), line.amount()),
                () -> assertEquals("保障性安居工程免收", line.reductionBasis()),
                () -> assertEquals("chief.zjj", line.reductionApprover()));
    }

    @Test
    @DisplayName("half off an odd number of fen rounds the reduction half-up: 0.05 halved leaves 0.02 to pay")
    void percentRoundsHalfUp() {
        FeeItem tiny = new FeeItem("F09", "測試費", new BigDecimal("0.05"), null, "《依據》", "fixed");

        NoticeLine line = FeeRules.line(tiny, new LineInput("F09", null, ReductionKind.PERCENT, new BigDecimal("50"), BASIS), "chief");

        assertAll(
                () -> assertEquals(new BigDecimal("0.03"), line.reduction()),
                () -> assertEquals(new BigDecimal("0.02"), line.amount()));
    }

    @Test
    @DisplayName("an amount off lowers the line by exactly that amount; more than the fee is refused")
    void amountOff() {
        NoticeLine line = FeeRules.line(TRADE, new LineInput("F01", new BigDecimal("2000000"), ReductionKind.AMOUNT,
                new BigDecimal("1000.10"), BASIS), "chief");

        assertAll(
                () -> assertEquals(new BigDecimal("13000.00"), line.gross()),
                () -> assertEquals(new BigDecimal("11999.90"), line.amount()),
                () -> assertEquals("fee.reductionInvalid", refusal(() -> FeeRules.line(CARD,
                        new LineInput("F01", null, ReductionKind.AMOUNT, new BigDecimal("20.01"), BASIS), "chief"))),
                () -> assertEquals("fee.reductionInvalid", refusal(() -> FeeRules.line(CARD,
                        new LineInput("F01", null, ReductionKind.PERCENT, new BigDecimal("101"), BASIS), "chief"))));
    }

    @Test
    @DisplayName("a reduction without its legal basis, or without an approver, is refused")
    void reductionNeedsBasisAndApprover() {
        assertAll(
                () -> assertEquals("fee.reductionBasisRequired", refusal(() -> FeeRules.line(CARD,
                        new LineInput("F01", null, ReductionKind.WAIVER, null, "  "), "chief"))),
                () -> assertEquals("fee.reductionApproverRequired", refusal(() -> FeeRules.line(CARD,
                        new LineInput("F01", null, ReductionKind.WAIVER, null, BASIS), null))));
    }

    @Test
    @DisplayName("a fee without a computable standard cannot be put on a notice")
    void noStandard() {
        FeeItem ruleOnly = new FeeItem("F01", "按市政府標準", null, "按市人民政府批准公布的標準執行", "《依據》");

        assertEquals("fee.standardMissing", refusal(() -> FeeRules.line(ruleOnly, plain("1"), "x")));
    }

    @Test
    @DisplayName("a notice's total is the exact sum of its lines")
    void total() {
        List<NoticeLine> lines = List.of(FeeRules.line(CARD, plain(null), "x"), FeeRules.line(AREA, plain("0.01"), "x"));

        assertEquals(new BigDecimal("20.45"), FeeRules.total(lines));
    }
}
