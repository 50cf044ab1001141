package onestop.casework;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case file stands. Registered at the window (RECEIVED), it is accepted (IN_REVIEW),
 * refused (REFUSED) or sent back for correction once (AWAITING_CORRECTION → RECEIVED); in review
 * the clock may be suspended (SUSPENDED); the decision leads to FEE_DUE when the item charges
 * fees, else READY_TO_ISSUE; then ISSUED (the result waits at the window), COLLECTED, ARCHIVED.
 */
public enum CaseStatus {
    RECEIVED,
    AWAITING_CORRECTION,
    REFUSED,
    IN_REVIEW,
    SUSPENDED,
    FEE_DUE,
    READY_TO_ISSUE,
    ISSUED,
    COLLECTED,
    ARCHIVED;

    /** States in which the department still owes the applicant something within a time limit. */
    public static final Set<CaseStatus> OPEN = EnumSet.of(RECEIVED, AWAITING_CORRECTION, IN_REVIEW, SUSPENDED,
            FEE_DUE, READY_TO_ISSUE);

    /** States whose deadline runs on the case clock. */
    public static final Set<CaseStatus> CLOCKED = EnumSet.of(IN_REVIEW, SUSPENDED);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
