package onestop.supervision;

/** The triggers of e-supervision (docs/supervision-metrics.md, "Cards and alerts") and their card. */
public enum AlertKind {
    CASE_DUE_SOON(Card.YELLOW),
    CASE_OVERDUE(Card.RED),
    STEP_DUE_SOON(Card.YELLOW),
    STEP_OVERDUE(Card.RED),
    CORRECTION_LATE(Card.RED),
    SUSPENSION_TOO_LONG(Card.RED),
    OPINION_REPLY_LATE(Card.RED);

    /** Yellow: near the limit. Red: past it, or a rule broken. */
    public enum Card { YELLOW, RED }

    private final Card card;

    AlertKind(Card card) {
        this.card = card;
    }

    public Card card() {
        return card;
    }

    /** The red kind that supersedes this yellow one, or null. */
    AlertKind red() {
        return switch (this) {
            case CASE_DUE_SOON -> CASE_OVERDUE;
            case STEP_DUE_SOON -> STEP_OVERDUE;
            default -> null;
        };
    }
}
