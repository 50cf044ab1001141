package onestop.fees;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import onestop.fees.FeeEnums.ReductionKind;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One fee item on a payment notice, as computed when the notice was issued: the standard applied
 * (and how it reads), the quantity or base, the gross amount, the reduction with its legal basis
 * and approver, and the amount due ({@code amount = gross - reduction}, all in yuan with two decimals).
 */
@Embeddable
public record NoticeLine(
        @Column(name = "fee_code", nullable = false, length = 20) String feeCode,
        @Column(name = "fee_name", nullable = false, length = 200) String feeName,
        @Column(name = "standard", nullable = false, length = 500) String standard,
        @Column(name = "standard_text", nullable = false, length = 600) String standardText,
        @Column(name = "quantity", precision = 16, scale = 2) BigDecimal quantity,
        @Column(name = "gross", nullable = false, precision = 14, scale = 2) BigDecimal gross,
        @Enumerated(EnumType.STRING)
        @Column(name = "reduction_kind", nullable = false, length = 20) ReductionKind reductionKind,
        @Column(name = "reduction_value", precision = 14, scale = 2) BigDecimal reductionValue,
        @Column(name = "reduction", nullable = false, precision = 14, scale = 2) BigDecimal reduction,
        @Column(name = "reduction_basis", length = 1000) String reductionBasis,
        @Column(name = "reduction_approver", length = 60) String reductionApprover,
        @Column(name = "amount", nullable = false, precision = 14, scale = 2) BigDecimal amount,
        @Column(name = "legal_basis", nullable = false, length = 1000) String legalBasis) implements Serializable {
}
