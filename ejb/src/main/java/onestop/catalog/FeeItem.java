package onestop.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A fee item of the fee standard (收費標準): a fixed amount in yuan, or a rule when the amount
 * depends on the case; always with its legal basis (no basis, no fee). {@code standard} says in
 * machine-readable form how a payment notice computes the amount ({@link FeeStandard}: fixed, per
 * unit, or tiered); when it is null a fee with an amount is fixed, and one without cannot be put
 * on a notice until the catalog gives it a standard.
 */
@Embeddable
public record FeeItem(
        @Column(name = "code", nullable = false, length = 20) String code,
        @Column(name = "name", nullable = false, length = 200) String name,
        @Column(name = "amount", precision = 12, scale = 2) BigDecimal amount,
        @Column(name = "rule", length = 1000) String rule,
        @Column(name = "legal_basis", nullable = false, length = 1000) String legalBasis,
        @Column(name = "standard", length = 500) String standard) implements Serializable {

    /** A fee item without a machine-readable standard (a fixed amount, or a rule for people only). */
    public FeeItem(String code, String name, BigDecimal amount, String rule, String legalBasis) {
        this(code, name, amount, rule, legalBasis, null);
    }
}
