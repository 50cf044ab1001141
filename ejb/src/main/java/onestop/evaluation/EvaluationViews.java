package onestop.evaluation;

import java.io.Serializable;
import java.time.LocalDate;

/** What the evaluation screens and the API read and send. */
public final class EvaluationViews {
    private EvaluationViews() {
    }

    /** The public form: the case, its query code, the rating 1–5 and an optional comment. */
    public record EvaluationForm(String caseNumber, String queryCode, Integer rating, String comment)
            implements Serializable {
    }

    /** The answer to a rating: what was recorded, and whether the department follows it up. */
    public record EvaluationReceipt(String caseNumber, int rating, LocalDate submittedOn, boolean followedUp,
                                    LocalDate followUpDue) implements Serializable {
    }

    /** A bad rating's follow-up in the workbench (the applicant's identity stays in the case file). */
    public record FollowUpView(long id, String caseNumber, String itemCode, String departmentCode, String windowCode,
                               int rating, String comment, LocalDate openedOn, LocalDate dueOn, boolean overdue,
                               String status, String callRecord, String calledBy, String rectification,
                               LocalDate rectifiedOn, String rectifiedBy, long version) implements Serializable {
    }

    /**
     * Satisfaction of one department or window over a period: ratings given, their sum and the
     * count of each grade (index 0 is rating 1), the bad ones and how many of those were rectified.
     */
    public record Satisfaction(String departmentCode, String windowCode, long evaluated, long ratingSum,
                               long[] byRating, long bad, long badRectified) implements Serializable {
        /** Satisfied (4 or 5) over evaluated (滿意率); 0 with none. */
        public double satisfiedRate() {
            return evaluated == 0 ? 0 : (double) (byRating[3] + byRating[4]) / evaluated;
        }
    }
}
