package onestop.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** One line of a case's timeline: who did what when, the state before and after, and why. */
@Entity
@Table(name = "case_event")
@NamedQuery(name = "CaseEvent.ofCase", query = "select e from CaseEvent e where e.caseId = :caseId order by e.id")
public class CaseEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60, updatable = false)
    private String actor;

    @Column(nullable = false, length = 40, updatable = false)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 30, updatable = false)
    private CaseStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 30, updatable = false)
    private CaseStatus to;

    @Column(length = 2000, updatable = false)
    private String note;

    protected CaseEvent() {
    }

    CaseEvent(Long caseId, Instant occurredAt, String actor, String action, CaseStatus from, CaseStatus to, String note) {
        this.caseId = caseId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.from = from;
        this.to = to;
        this.note = note;
    }

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public CaseStatus getFrom() { return from; }
    public CaseStatus getTo() { return to; }
    public String getNote() { return note; }
}
