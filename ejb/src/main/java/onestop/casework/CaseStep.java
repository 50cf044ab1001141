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
import onestop.security.Role;

import java.time.Instant;
import java.time.LocalDate;

/** One procedure step of a case, copied from its item version, with its own time limit. */
@Entity
@Table(name = "case_step")
public class CaseStep {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private CaseFile caseFile;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "responsible_role", nullable = false, length = 30)
    private Role role;

    @Column(nullable = false)
    private int days;

    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "completed_by", length = 60)
    private String completedBy;

    @Column(length = 1000)
    private String note;

    protected CaseStep() {
    }

    CaseStep(CaseFile caseFile, int position, String name, Role role, int days) {
        this.caseFile = caseFile;
        this.position = position;
        this.name = name;
        this.role = role;
        this.days = days;
    }

    void start(LocalDate day, LocalDate due) {
        this.startedOn = day;
        this.dueOn = due;
    }

    void setDueOn(LocalDate due) {
        this.dueOn = due;
    }

    void complete(Instant at, LocalDate day, String by, String note) {
        this.completedAt = at;
        this.completedOn = day;
        this.completedBy = by;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public boolean isDone() {
        return completedAt != null;
    }

    public Long getId() { return id; }
    public int getPosition() { return position; }
    public String getName() { return name; }
    public Role getRole() { return role; }
    public int getDays() { return days; }
    public LocalDate getStartedOn() { return startedOn; }
    public LocalDate getDueOn() { return dueOn; }
    public Instant getCompletedAt() { return completedAt; }
    public LocalDate getCompletedOn() { return completedOn; }
    public String getCompletedBy() { return completedBy; }
    public String getNote() { return note; }
}
