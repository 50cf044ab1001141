package onestop.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A yellow or red card: what triggered it (kind and subject: a case, a step of a case, an opinion),
 * the department responsible, the limit concerned, and how it was handled. Never deleted; the
 * unique subject key keeps a trigger from being raised twice, whichever node scans.
 */
@Entity
@Table(name = "supervision_alert")
@NamedQuery(name = "SupervisionAlert.bySubject",
        query = "select a from SupervisionAlert a where a.kind = :kind and a.subjectKey = :key")
public class SupervisionAlert {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private AlertKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private AlertKind.Card card;

    /** The case number, {@code number#step}, or an opinion's tracking number. */
    @Column(name = "subject_key", nullable = false, length = 80, updatable = false)
    private String subjectKey;

    @Column(name = "case_number", length = 40, updatable = false)
    private String caseNumber;

    @Column(name = "step_position", updatable = false)
    private Integer stepPosition;

    @Column(name = "department_code", nullable = false, length = 20, updatable = false)
    private String departmentCode;

    @Column(name = "item_code", length = 40, updatable = false)
    private String itemCode;

    @Column(name = "due_on", updatable = false)
    private LocalDate dueOn;

    @Column(nullable = false, length = 1000, updatable = false)
    private String description;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "raised_on", nullable = false, updatable = false)
    private LocalDate raisedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AlertStatus status = AlertStatus.OPEN;

    @Column(length = 2000)
    private String explanation;

    @Column(name = "explained_by", length = 60)
    private String explainedBy;

    @Column(name = "explained_at")
    private Instant explainedAt;

    @Column(name = "closed_by", length = 60)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closing_note", length = 2000)
    private String closingNote;

    @Column(name = "rectification_sha256", length = 64)
    private String rectificationSha256;

    @Column(name = "rectification_due")
    private LocalDate rectificationDue;

    @Version
    private long version;

    protected SupervisionAlert() {
    }

    SupervisionAlert(AlertKind kind, String subjectKey, String caseNumber, Integer stepPosition, String departmentCode,
                     String itemCode, LocalDate dueOn, String description, Instant raisedAt, LocalDate raisedOn) {
        this.kind = kind;
        this.card = kind.card();
        this.subjectKey = subjectKey;
        this.caseNumber = caseNumber;
        this.stepPosition = stepPosition;
        this.departmentCode = departmentCode;
        this.itemCode = itemCode;
        this.dueOn = dueOn;
        this.description = description.length() > 1000 ? description.substring(0, 1000) : description;
        this.raisedAt = raisedAt;
        this.raisedOn = raisedOn;
    }

    void explain(String text, String by, Instant at) {
        this.explanation = text;
        this.explainedBy = by;
        this.explainedAt = at;
        this.status = AlertStatus.EXPLAINED;
    }

    void close(String note, String by, Instant at) {
        this.closingNote = note;
        this.closedBy = by;
        this.closedAt = at;
        this.status = AlertStatus.CLOSED;
    }

    void escalate(String sha256, LocalDate due, String by, Instant at, String note) {
        this.rectificationSha256 = sha256;
        this.rectificationDue = due;
        this.closedBy = by;
        this.closedAt = at;
        this.closingNote = note;
        this.status = AlertStatus.ESCALATED;
    }

    public Long getId() { return id; }
    public AlertKind getKind() { return kind; }
    public AlertKind.Card getCard() { return card; }
    public String getSubjectKey() { return subjectKey; }
    public String getCaseNumber() { return caseNumber; }
    public Integer getStepPosition() { return stepPosition; }
    public String getDepartmentCode() { return departmentCode; }
    public String getItemCode() { return itemCode; }
    public LocalDate getDueOn() { return dueOn; }
    public String getDescription() { return description; }
    public Instant getRaisedAt() { return raisedAt; }
    public LocalDate getRaisedOn() { return raisedOn; }
    public AlertStatus getStatus() { return status; }
    public String getExplanation() { return explanation; }
    public String getExplainedBy() { return explainedBy; }
    public Instant getExplainedAt() { return explainedAt; }
    public String getClosedBy() { return closedBy; }
    public Instant getClosedAt() { return closedAt; }
    public String getClosingNote() { return closingNote; }
    public String getRectificationSha256() { return rectificationSha256; }
    public LocalDate getRectificationDue() { return rectificationDue; }
    public long getVersion() { return version; }
}
