package onestop.fees;

/** The small vocabularies of fees and the cashier. */
public final class FeeEnums {
    private FeeEnums() {
    }

    /**
     * A payment notice's life: {@code OPEN} until the cashier takes the payment ({@code PAID}); the
     * window may cancel an open notice ({@code CANCELLED}, e.g. a wrong quantity, and issue a new
     * one); an approved void makes a paid notice {@code OPEN} again, an approved refund makes it
     * {@code REFUNDED}.
     */
    public enum NoticeStatus { OPEN, PAID, CANCELLED, REFUNDED }

    /**
     * How the money came: cash, bank card (POS slip number), bank transfer (the transfer's
     * reference), or {@code WAIVED}: a notice whose fees are all waived is confirmed at the cashier
     * with no money.
     */
    public enum PaymentMethod {
        CASH, CARD, TRANSFER, WAIVED;

        public boolean needsReference() {
            return this == CARD || this == TRANSFER;
        }
    }

    /** A recorded payment stays {@code RECORDED} unless an approved correction voids or refunds it. */
    public enum PaymentStatus { RECORDED, VOIDED, REFUNDED }

    /**
     * A void (作廢) cancels a wrongly recorded payment on its own day, before the day is closed; a
     * refund (退款) gives money back later and counts on the day it is approved.
     */
    public enum CorrectionKind { VOID, REFUND }

    public enum CorrectionStatus { REQUESTED, APPROVED, REJECTED }

    /**
     * A reduction of a notice line under the item's preferential policy (優惠政策): none, a full
     * waiver (免收), a percentage off (e.g. 50 for 減半), or an amount off in yuan.
     */
    public enum ReductionKind { NONE, WAIVER, PERCENT, AMOUNT }

    /** What a line of a daily closing totals. */
    public enum Dimension { FEE_ITEM, DEPARTMENT, METHOD }
}
