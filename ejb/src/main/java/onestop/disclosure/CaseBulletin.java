package onestop.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import onestop.casework.CaseEnums.Decision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The publication of one licensing decision (辦件公示, 雙公示). Written in the transaction of the
 * decision with what the public may see — case number, item, department, decision, date and the
 * applicant's public name (a person's masked as 張*明, a company's in full) — and nothing else:
 * no identifier, no phone, no reason. It is due on the seventh working day after the decision
 * and published when the result is issued to the applicant, or on that day at the latest.
 */
@Entity
@Table(name = "case_bulletin")
@NamedQuery(name = "CaseBulletin.ofCase", query = "select b from CaseBulletin b where b.caseId = :caseId")
@NamedQuery(name = "CaseBulletin.due",
        query = "select b from CaseBulletin b where b.publishedAt is null and b.dueOn <= :today order by b.id")
public class CaseBulletin {
    /** 雙公示: decisions are published within seven working days. */
    public static final int PUBLISH_WITHIN_DAYS = 7;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, unique = true, updatable = false)
    private Long caseId;

    @Column(name = "case_number", nullable = false, length = 40, updatable = false)
    private String caseNumber;

    @Column(name = "item_code", nullable = false, length = 40, updatable = false)
    private String itemCode;

    @Column(name = "item_name", nullable = false, length = 200, updatable = false)
    private String itemName;

    @Column(name = "department_code", nullable = false, length = 20, updatable = false)
    private String departmentCode;

    @Column(name = "applicant_name", nullable = false, length = 200, updatable = false)
    private String applicantName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Decision decision;

    @Column(name = "decided_on", nullable = false, updatable = false)
    private LocalDate decidedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    protected CaseBulletin() {
    }

    CaseBulletin(Long caseId, String caseNumber, String itemCode, String itemName, String departmentCode,
                 String applicantName, Decision decision, LocalDate decidedOn, LocalDate dueOn, Instant createdAt) {
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.itemCode = itemCode;
        this.itemName = itemName;
        this.departmentCode = departmentCode;
        this.applicantName = applicantName;
        this.decision = decision;
        this.decidedOn = decidedOn;
        this.dueOn = dueOn;
        this.createdAt = createdAt;
    }

    void publish(Instant at, LocalDate day) {
        if (publishedAt == null) {
            this.publishedAt = at;
            this.publishedOn = day;
        }
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public String getCaseNumber() { return caseNumber; }
    public String getItemCode() { return itemCode; }
    public String getItemName() { return itemName; }
    public String getDepartmentCode() { return departmentCode; }
    public String getApplicantName() { return applicantName; }
    public Decision getDecision() { return decision; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public LocalDate getDueOn() { return dueOn; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getPublishedAt() { return publishedAt; }
    public LocalDate getPublishedOn() { return publishedOn; }
}
