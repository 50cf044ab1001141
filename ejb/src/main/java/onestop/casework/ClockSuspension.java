package onestop.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import onestop.casework.CaseEnums.SuspensionKind;

import java.time.LocalDate;

/**
 * A stop of a case's clock (掛起) for expert review, testing, a hearing or supplements, with its
 * reason, legal basis and the longest it may last; the working days from {@code startedOn} to the
 * day before {@code endedOn} do not count against the limit.
 */
@Entity
@Table(name = "clock_suspension")
public class ClockSuspension {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private CaseFile caseFile;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SuspensionKind kind;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "legal_basis", nullable = false, length = 1000)
    private String legalBasis;

    @Column(name = "allowed_days", nullable = false)
    private int allowedDays;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "started_by", nullable = false, length = 60)
    private String startedBy;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "ended_by", length = 60)
    private String endedBy;

    protected ClockSuspension() {
    }

    ClockSuspension(CaseFile caseFile, SuspensionKind kind, String reason, String legalBasis, int allowedDays,
                    LocalDate startedOn, String startedBy) {
        this.caseFile = caseFile;
        this.kind = kind;
        this.reason = reason;
        this.legalBasis = legalBasis;
        this.allowedDays = allowedDays;
        this.startedOn = startedOn;
        this.startedBy = startedBy;
    }

    void end(LocalDate day, String by) {
        this.endedOn = day;
        this.endedBy = by;
    }

    public Long getId() { return id; }
    public SuspensionKind getKind() { return kind; }
    public String getReason() { return reason; }
    public String getLegalBasis() { return legalBasis; }
    public int getAllowedDays() { return allowedDays; }
    public LocalDate getStartedOn() { return startedOn; }
    public String getStartedBy() { return startedBy; }
    public LocalDate getEndedOn() { return endedOn; }
    public String getEndedBy() { return endedBy; }
}
