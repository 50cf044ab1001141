package onestop.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The follow-up of a bad rating (差評整改), a task of the rated department due within
 * {@link #DAYS} working days: first the call back to the applicant (回訪, its record), then the
 * rectification (整改, what was changed), which closes it. A rectification after the due day
 * stays visible as late ({@code rectifiedOn} after {@code dueOn}).
 */
@Entity
@Table(name = "evaluation_follow_up")
public class FollowUp {
    /** Working days from the bad rating to the rectification. */
    public static final int DAYS = 5;
    public static final int MAX_TEXT = 2000;

    /** Waiting for the call (OPEN), called back (CALLED), rectified and closed (RECTIFIED). */
    public enum Status { OPEN, CALLED, RECTIFIED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "evaluation_id", nullable = false, unique = true, updatable = false)
    private Evaluation evaluation;

    @Column(name = "department_code", nullable = false, length = 20, updatable = false)
    private String departmentCode;

    @Column(name = "opened_on", nullable = false, updatable = false)
    private LocalDate openedOn;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.OPEN;

    @Column(name = "call_record", length = MAX_TEXT)
    private String callRecord;

    @Column(name = "called_at")
    private Instant calledAt;

    @Column(name = "called_by", length = 60)
    private String calledBy;

    @Column(length = MAX_TEXT)
    private String rectification;

    @Column(name = "rectified_at")
    private Instant rectifiedAt;

    @Column(name = "rectified_on")
    private LocalDate rectifiedOn;

    @Column(name = "rectified_by", length = 60)
    private String rectifiedBy;

    @Version
    private long version;

    protected FollowUp() {
    }

    FollowUp(Evaluation evaluation, LocalDate openedOn, LocalDate dueOn) {
        this.evaluation = evaluation;
        this.departmentCode = evaluation.getDepartmentCode();
        this.openedOn = openedOn;
        this.dueOn = dueOn;
    }

    void called(String record, Instant at, String by) {
        this.callRecord = record;
        this.calledAt = at;
        this.calledBy = by;
        this.status = Status.CALLED;
    }

    void rectified(String text, Instant at, LocalDate day, String by) {
        this.rectification = text;
        this.rectifiedAt = at;
        this.rectifiedOn = day;
        this.rectifiedBy = by;
        this.status = Status.RECTIFIED;
    }

    public Long getId() { return id; }
    public Evaluation getEvaluation() { return evaluation; }
    public String getDepartmentCode() { return departmentCode; }
    public LocalDate getOpenedOn() { return openedOn; }
    public LocalDate getDueOn() { return dueOn; }
    public Status getStatus() { return status; }
    public String getCallRecord() { return callRecord; }
    public Instant getCalledAt() { return calledAt; }
    public String getCalledBy() { return calledBy; }
    public String getRectification() { return rectification; }
    public Instant getRectifiedAt() { return rectifiedAt; }
    public LocalDate getRectifiedOn() { return rectifiedOn; }
    public String getRectifiedBy() { return rectifiedBy; }
    public long getVersion() { return version; }
}
