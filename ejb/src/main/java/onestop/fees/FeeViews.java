package onestop.fees;

import onestop.casework.CaseStatus;
import onestop.fees.FeeEnums.CorrectionKind;
import onestop.fees.FeeEnums.CorrectionStatus;
import onestop.fees.FeeEnums.Dimension;
import onestop.fees.FeeEnums.NoticeStatus;
import onestop.fees.FeeEnums.PaymentMethod;
import onestop.fees.FeeEnums.PaymentStatus;
import onestop.fees.FeeEnums.ReductionKind;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the fee services take from and give to their callers (pages, the API): records, never entities. */
public final class FeeViews {
    private FeeViews() {
    }

    /**
     * One fee item the window puts on a notice: its code, the quantity or base amount where its
     * standard needs one, and a reduction (with its legal basis) where the preferential policy applies.
     */
    public record LineInput(String feeCode, BigDecimal quantity, ReductionKind reduction, BigDecimal reductionValue,
                            String reductionBasis) implements Serializable {
    }

    /** A fee item of the case's item version that may be charged today. */
    public record FeeOption(String code, String name, String standard, boolean needsQuantity, String unit,
                            BigDecimal price, String rule, String legalBasis, boolean computable, boolean onNotice)
            implements Serializable {
    }

    /** A fee item of the version that a decree has cancelled: shown, never charged. */
    public record CancelledFee(String code, String name, String decree, LocalDate effective) implements Serializable {
    }

    /** What the window's notice page shows for a case. */
    public record CaseFees(String caseNumber, String itemCode, int itemVersion, String itemName, String departmentCode,
                           String applicantName, CaseStatus caseStatus, String preferentialPolicy,
                           List<FeeOption> fees, List<CancelledFee> cancelled, List<NoticeView> notices,
                           boolean mayIssue, boolean mayReduce) implements Serializable {
    }

    public record NoticeView(String number, String caseNumber, String departmentCode, String itemCode, int itemVersion,
                             String itemName, String payerName, BigDecimal total, String totalInWords,
                             NoticeStatus status, String issuedBy, Instant issuedAt, LocalDate issuedOn,
                             String cancelReason, List<NoticeLine> lines, List<PaymentView> payments, long version)
            implements Serializable {
    }

    /** What the cashier enters: the amount received (must equal the notice), how, and the slip or transfer reference. */
    public record PaymentForm(BigDecimal amount, PaymentMethod method, String reference) implements Serializable {
    }

    public record PaymentView(String receiptNumber, String noticeNumber, String caseNumber, String payerName,
                              String departmentCode, BigDecimal amount, PaymentMethod method, String reference,
                              String cashier, Instant paidAt, LocalDate businessDay, PaymentStatus status,
                              boolean caseSettled) implements Serializable {
    }

    public record CorrectionForm(CorrectionKind kind, String reason) implements Serializable {
    }

    public record CorrectionView(long id, String receiptNumber, String noticeNumber, String caseNumber,
                                 CorrectionKind kind, String reason, BigDecimal amount, String cashier,
                                 String requestedBy, Instant requestedAt, CorrectionStatus status, String decidedBy,
                                 Instant decidedAt, String decisionNote, LocalDate businessDay) implements Serializable {
    }

    /** A total of a day: by fee item (key {@code ITEM/FEE}), by department or by payment method. */
    public record TotalLine(Dimension dimension, String key, String label, int entries, BigDecimal amount)
            implements Serializable {
    }

    /**
     * A cashier's day as it stands (before closing) or as it was closed: takings, refunds, voids,
     * the totals, the reconciliation against the notices ({@code mismatches} empty when every
     * payment equals its notice to the cent), and what still blocks the closing.
     */
    public record DayReport(String cashier, LocalDate day, int payments, BigDecimal paymentsTotal, int refunds,
                            BigDecimal refundsTotal, int voided, BigDecimal netTotal, BigDecimal noticesTotal,
                            List<TotalLine> totals, List<PaymentView> entries, List<CorrectionView> corrections,
                            List<CorrectionView> pending, List<String> mismatches, ClosingView closing)
            implements Serializable {
        public boolean closed() {
            return closing != null;
        }

        public boolean reconciled() {
            return mismatches.isEmpty() && netTotal.compareTo(noticesTotal) == 0;
        }
    }

    public record ClosingView(long id, String cashier, LocalDate day, int payments, BigDecimal paymentsTotal,
                              int refunds, BigDecimal refundsTotal, int voided, BigDecimal netTotal,
                              BigDecimal noticesTotal, String closedBy, Instant closedAt, List<TotalLine> totals)
            implements Serializable {
    }
}
