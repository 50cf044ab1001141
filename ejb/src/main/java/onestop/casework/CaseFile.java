package onestop.casework;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import onestop.casework.CaseEnums.Decision;
import onestop.catalog.HandlingMode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A case file (辦件): one application for one item version, from registration at the window to
 * the archived result. Its state changes only through the casework services, which lock the row,
 * check the state and the caller, and record every step in its timeline and the audit trail.
 */
@Entity
@Table(name = "case_file")
@NamedQuery(name = "CaseFile.byNumber", query = "select c from CaseFile c where c.number = :number")
@NamedQuery(name = "CaseFile.clocked",
        query = "select c from CaseFile c where c.status in :statuses order by c.id")
@NamedQuery(name = "CaseFile.receivedBefore",
        query = "select c from CaseFile c where c.status = onestop.casework.CaseStatus.RECEIVED"
                + " and c.correctionDue < :today and c.correctionRequestedOn is null order by c.id")
public class CaseFile {
    /** Working days after receipt within which a correction notice may be issued (行政許可法 第32條). */
    public static final int CORRECTION_WINDOW_DAYS = 5;
    /** The longest extension (延期) the chief representative may approve, in working days. */
    public static final int MAX_EXTENSION_DAYS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40, updatable = false)
    private String number;

    @Column(name = "query_code", nullable = false, length = 12, updatable = false)
    private String queryCode;

    @Column(name = "item_code", nullable = false, length = 40, updatable = false)
    private String itemCode;

    @Column(name = "item_version", nullable = false, updatable = false)
    private int itemVersion;

    @Column(name = "item_name", nullable = false, length = 200, updatable = false)
    private String itemName;

    @Enumerated(EnumType.STRING)
    @Column(name = "handling_mode", nullable = false, length = 20, updatable = false)
    private HandlingMode mode;

    @Column(name = "department_code", nullable = false, length = 20, updatable = false)
    private String departmentCode;

    @Column(name = "hall_code", nullable = false, length = 40, updatable = false)
    private String hallCode;

    @Column(name = "window_code", length = 20, updatable = false)
    private String windowCode;

    @Embedded
    private Applicant applicant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CaseStatus status = CaseStatus.RECEIVED;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "correction_due", nullable = false)
    private LocalDate correctionDue;

    @Column(name = "correction_requested_on")
    private LocalDate correctionRequestedOn;

    @Column(name = "corrected_on")
    private LocalDate correctedOn;

    @Column(name = "accepted_on")
    private LocalDate acceptedOn;

    @Column(name = "deemed_accepted", nullable = false)
    private boolean deemedAccepted;

    @Column(name = "promised_days", nullable = false, updatable = false)
    private int promisedDays;

    @Column(name = "statutory_days", nullable = false, updatable = false)
    private int statutoryDays;

    @Column(name = "extension_days", nullable = false)
    private int extensionDays;

    @Column(name = "extension_reason", length = 1000)
    private String extensionReason;

    private LocalDate deadline;

    @Column(name = "refusal_reason", length = 2000)
    private String refusalReason;

    @Column(name = "refusal_basis", length = 1000)
    private String refusalBasis;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Decision decision;

    @Column(name = "decision_reason", length = 2000)
    private String decisionReason;

    @Column(name = "decision_basis", length = 1000)
    private String decisionBasis;

    @Column(name = "appeal_info", length = 1000)
    private String appealInfo;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "fees_due", nullable = false)
    private boolean feesDue;

    @Column(name = "license_scope", length = 2000)
    private String licenseScope;

    @Column(name = "license_valid_until")
    private LocalDate licenseValidUntil;

    @Column(name = "license_number", length = 40, unique = true)
    private String licenseNumber;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "collected_at")
    private Instant collectedAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "created_by", nullable = false, length = 60, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CaseMaterial> materials = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<CaseStep> steps = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("startedOn, id")
    private List<ClockSuspension> suspensions = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("departmentCode")
    private List<JointTask> jointTasks = new ArrayList<>();

    @Version
    private long version;

    protected CaseFile() {
    }

    CaseFile(String number, String queryCode, String itemCode, int itemVersion, String itemName, HandlingMode mode,
             String departmentCode, String hallCode, String windowCode, Applicant applicant, Instant receivedAt,
             LocalDate receivedOn, LocalDate correctionDue, int promisedDays, int statutoryDays, String createdBy) {
        this.number = number;
        this.queryCode = queryCode;
        this.itemCode = itemCode;
        this.itemVersion = itemVersion;
        this.itemName = itemName;
        this.mode = mode;
        this.departmentCode = departmentCode;
        this.hallCode = hallCode;
        this.windowCode = windowCode;
        this.applicant = applicant;
        this.receivedAt = receivedAt;
        this.receivedOn = receivedOn;
        this.correctionDue = correctionDue;
        this.promisedDays = promisedDays;
        this.statutoryDays = statutoryDays;
        this.createdBy = createdBy;
        this.updatedAt = receivedAt;
    }

    void moveTo(CaseStatus next, Instant at) {
        this.status = next;
        this.updatedAt = at;
    }

    void requestCorrection(LocalDate day) {
        this.correctionRequestedOn = day;
    }

    void corrected(LocalDate day) {
        this.correctedOn = day;
    }

    void accept(LocalDate day, boolean deemed) {
        this.acceptedOn = day;
        this.deemedAccepted = deemed;
    }

    void refuse(String reason, String basis) {
        this.refusalReason = reason;
        this.refusalBasis = basis;
    }

    void extend(int days, String reason) {
        this.extensionDays = days;
        this.extensionReason = reason;
    }

    void decide(CaseViews.DecisionForm form, LocalDate day, String by, boolean fees) {
        this.decision = form.decision();
        this.decisionReason = form.reason();
        this.decisionBasis = form.legalBasis();
        this.appealInfo = form.appeal();
        this.licenseScope = form.licenseScope();
        this.licenseValidUntil = form.licenseValidUntil();
        this.decidedOn = day;
        this.decidedBy = by;
        this.feesDue = fees;
    }

    /** The license issued for the case; a case has one at most, and its number never changes. */
    void licensed(String number) {
        if (licenseNumber != null) {
            throw new IllegalStateException("case " + this.number + " has license " + licenseNumber);
        }
        this.licenseNumber = number;
    }

    void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    void setCorrectionDue(LocalDate day) {
        this.correctionDue = day;
    }

    void issued(Instant at) {
        this.issuedAt = at;
    }

    void collected(Instant at) {
        this.collectedAt = at;
    }

    void archived(Instant at) {
        this.archivedAt = at;
    }

    /** The limit the clock runs on: the promised days plus an approved extension. */
    public int limitDays() {
        return promisedDays + extensionDays;
    }

    public CaseStep currentStep() {
        return steps.stream().filter(s -> s.getStartedOn() != null && s.getCompletedAt() == null).findFirst().orElse(null);
    }

    public ClockSuspension openSuspension() {
        return suspensions.stream().filter(s -> s.getEndedOn() == null).findFirst().orElse(null);
    }

    public List<CaseClock.Pause> pauses() {
        return suspensions.stream().map(s -> new CaseClock.Pause(s.getStartedOn(), s.getEndedOn())).toList();
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public String getQueryCode() { return queryCode; }
    public String getItemCode() { return itemCode; }
    public int getItemVersion() { return itemVersion; }
    public String getItemName() { return itemName; }
    public HandlingMode getMode() { return mode; }
    public String getDepartmentCode() { return departmentCode; }
    public String getHallCode() { return hallCode; }
    public String getWindowCode() { return windowCode; }
    public Applicant getApplicant() { return applicant; }
    public CaseStatus getStatus() { return status; }
    public Instant getReceivedAt() { return receivedAt; }
    public LocalDate getReceivedOn() { return receivedOn; }
    public LocalDate getCorrectionDue() { return correctionDue; }
    public LocalDate getCorrectionRequestedOn() { return correctionRequestedOn; }
    public LocalDate getCorrectedOn() { return correctedOn; }
    public LocalDate getAcceptedOn() { return acceptedOn; }
    public boolean isDeemedAccepted() { return deemedAccepted; }
    public int getPromisedDays() { return promisedDays; }
    public int getStatutoryDays() { return statutoryDays; }
    public int getExtensionDays() { return extensionDays; }
    public String getExtensionReason() { return extensionReason; }
    public LocalDate getDeadline() { return deadline; }
    public String getRefusalReason() { return refusalReason; }
    public String getRefusalBasis() { return refusalBasis; }
    public Decision getDecision() { return decision; }
    public String getDecisionReason() { return decisionReason; }
    public String getDecisionBasis() { return decisionBasis; }
    public String getAppealInfo() { return appealInfo; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public String getLicenseScope() { return licenseScope; }
    public LocalDate getLicenseValidUntil() { return licenseValidUntil; }
    public String getLicenseNumber() { return licenseNumber; }
    public String getDecidedBy() { return decidedBy; }
    public boolean isFeesDue() { return feesDue; }
    public Instant getIssuedAt() { return issuedAt; }
    public Instant getCollectedAt() { return collectedAt; }
    public Instant getArchivedAt() { return archivedAt; }
    public String getCreatedBy() { return createdBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public List<CaseMaterial> getMaterials() { return materials; }
    public List<CaseStep> getSteps() { return steps; }
    public List<ClockSuspension> getSuspensions() { return suspensions; }
    public List<JointTask> getJointTasks() { return jointTasks; }
    public long getVersion() { return version; }
}
