package onestop.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A fee item of the fee standard (收費標準): a fixed amount in yuan, or a rule when the amount
 * depends on the case; always with its legal basis (no basis, no fee).
 */
@Embeddable
public record FeeItem(
        @Column(name = "code", nullable = false, length = 20) String code,
        @Column(name = "name", nullable = false, length = 200) String name,
        @Column(name = "amount", precision = 12, scale = 2) BigDecimal amount,
        @Column(name = "rule", length = 1000) String rule,
        @Column(name = "legal_basis", nullable = false, length = 1000) String legalBasis) implements Serializable {
}
