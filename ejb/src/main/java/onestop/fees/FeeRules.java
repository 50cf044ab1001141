package onestop.fees;

import onestop.catalog.FeeItem;
import onestop.catalog.FeeStandard;
import onestop.fees.FeeEnums.ReductionKind;
import onestop.fees.FeeViews.LineInput;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How one line of a payment notice is computed from the catalog's fee item: the gross amount by
 * its {@link FeeStandard}, then a reduction or waiver under the preferential policy, which needs
 * its legal basis and the person who approved it. Everything in exact yuan: the reduction of a
 * percentage is rounded half-up to the cent (so half a fen goes to the payer), and the amount due
 * is the gross less the reduction, never below zero.
 */
public final class FeeRules {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FeeRules() {
    }

    /**
     * @param approver who approved a reduction (the chief representative issuing the notice);
     *                 required when the line has one
     */
    public static NoticeLine line(FeeItem fee, LineInput input, String approver) {
        FeeStandard standard;
        try {
            standard = FeeStandard.of(fee);
        } catch (IllegalArgumentException e) {
            throw new FeeException("fee.standardMissing", fee.code(), fee.name());
        }
        BigDecimal quantity = null;
        if (standard.needsQuantity()) {
            quantity = input.quantity();
            if (quantity == null) {
                throw new FeeException("fee.quantityRequired", fee.code(), fee.name(), standard.unit());
            }
            if (quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 2
                    || quantity.compareTo(new BigDecimal("99999999999999")) > 0) {
                throw new FeeException("fee.quantityInvalid", fee.code(), quantity.toPlainString());
            }
            quantity = quantity.setScale(2, RoundingMode.UNNECESSARY);
        }
        BigDecimal gross = standard.charge(quantity);
        ReductionKind kind = input.reduction() == null ? ReductionKind.NONE : input.reduction();
        BigDecimal value = kind == ReductionKind.PERCENT || kind == ReductionKind.AMOUNT ? input.reductionValue() : null;
        String basis = kind == ReductionKind.NONE ? null : blankToNull(input.reductionBasis());
        BigDecimal reduction = reduction(fee, kind, value, gross);
        if (kind != ReductionKind.NONE) {
            if (basis == null) {
                throw new FeeException("fee.reductionBasisRequired", fee.code());
            }
            if (approver == null || approver.isBlank()) {
                throw new FeeException("fee.reductionApproverRequired", fee.code());
            }
        }
        return new NoticeLine(fee.code(), fee.name(), standard.text(),
                standard.describe() + (quantity == null ? "" : "；" + quantityText(standard, quantity)),
                quantity, gross, kind, value == null ? null : value.setScale(2, RoundingMode.UNNECESSARY),
                reduction, basis, kind == ReductionKind.NONE ? null : approver, gross.subtract(reduction),
                fee.legalBasis());
    }

    /** The sum of the lines' amounts. */
    public static BigDecimal total(List<NoticeLine> lines) {
        return lines.stream().map(NoticeLine::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static BigDecimal reduction(FeeItem fee, ReductionKind kind, BigDecimal value, BigDecimal gross) {
        return switch (kind) {
            case NONE -> BigDecimal.ZERO.setScale(2);
            case WAIVER -> gross;
            case PERCENT -> {
                if (value == null || value.signum() <= 0 || value.compareTo(HUNDRED) > 0
                        || value.stripTrailingZeros().scale() > 2) {
                    throw new FeeException("fee.reductionInvalid", fee.code(), String.valueOf(value));
                }
                yield gross.multiply(value).divide(HUNDRED).setScale(2, RoundingMode.HALF_UP);
            }
            case AMOUNT -> {
                if (value == null || value.signum() <= 0 || value.compareTo(gross) > 0
                        || value.stripTrailingZeros().scale() > 2) {
                    throw new FeeException("fee.reductionInvalid", fee.code(), String.valueOf(value));
                }
                yield value.setScale(2, RoundingMode.UNNECESSARY);
            }
        };
    }

    private static String quantityText(FeeStandard standard, BigDecimal quantity) {
        return standard.kind() == FeeStandard.Kind.TIERED
                ? standard.unit() + " " + FeeStandard.money(quantity) + " 元"
                : quantity.stripTrailingZeros().toPlainString() + " " + standard.unit();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
