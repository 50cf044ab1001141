package onestop.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The applicant's rating of a finished case (好差評, 一事一評): 5 very satisfied … 1 very
 * dissatisfied, with an optional comment, given once with the case's query code. It names the
 * department and the window that handled the case, for their satisfaction figures; a rating of
 * 1 or 2 (差評) opens a {@link FollowUp}.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation {
    public static final int MAX_COMMENT = 500;
    /** Ratings at or below this are bad (差評) and are followed up. */
    public static final int BAD = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, unique = true, updatable = false)
    private Long caseId;

    @Column(name = "case_number", nullable = false, length = 40, updatable = false)
    private String caseNumber;

    @Column(name = "item_code", nullable = false, length = 40, updatable = false)
    private String itemCode;

    @Column(name = "department_code", nullable = false, length = 20, updatable = false)
    private String departmentCode;

    @Column(name = "window_code", length = 20, updatable = false)
    private String windowCode;

    @Column(nullable = false, updatable = false)
    private int rating;

    @Column(name = "comment_text", length = MAX_COMMENT, updatable = false)
    private String comment;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "submitted_on", nullable = false, updatable = false)
    private LocalDate submittedOn;

    protected Evaluation() {
    }

    Evaluation(Long caseId, String caseNumber, String itemCode, String departmentCode, String windowCode, int rating,
               String comment, Instant submittedAt, LocalDate submittedOn) {
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.itemCode = itemCode;
        this.departmentCode = departmentCode;
        this.windowCode = windowCode;
        this.rating = rating;
        this.comment = comment;
        this.submittedAt = submittedAt;
        this.submittedOn = submittedOn;
    }

    public boolean isBad() {
        return rating <= BAD;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public String getCaseNumber() { return caseNumber; }
    public String getItemCode() { return itemCode; }
    public String getDepartmentCode() { return departmentCode; }
    public String getWindowCode() { return windowCode; }
    public int getRating() { return rating; }
    public String getComment() { return comment; }
    public Instant getSubmittedAt() { return submittedAt; }
    public LocalDate getSubmittedOn() { return submittedOn; }
}
