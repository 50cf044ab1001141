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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import onestop.casework.CaseEnums.Opinion;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A co-department's part of a joint case (聯辦子任務): opened for every co-department when the lead
 * accepts, answered with an opinion against its own time limit; the lead decides when all are in.
 */
@Entity
@Table(name = "joint_task")
@NamedQuery(name = "JointTask.openFor",
        query = "select t from JointTask t join fetch t.caseFile where t.departmentCode = :department"
                + " and t.opinion is null order by t.dueOn, t.id")
public class JointTask {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private CaseFile caseFile;

    @Column(name = "department_code", nullable = false, length = 20)
    private String departmentCode;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "limit_days", nullable = false)
    private int limitDays;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Opinion opinion;

    @Column(name = "opinion_text", length = 4000)
    private String opinionText;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "answered_by", length = 60)
    private String answeredBy;

    protected JointTask() {
    }

    JointTask(CaseFile caseFile, String departmentCode, LocalDate openedOn, int limitDays, LocalDate dueOn) {
        this.caseFile = caseFile;
        this.departmentCode = departmentCode;
        this.openedOn = openedOn;
        this.limitDays = limitDays;
        this.dueOn = dueOn;
    }

    void answer(Opinion opinion, String text, Instant at, LocalDate day, String by) {
        this.opinion = opinion;
        this.opinionText = text;
        this.answeredAt = at;
        this.answeredOn = day;
        this.answeredBy = by;
    }

    void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public boolean isAnswered() {
        return opinion != null;
    }

    public Long getId() { return id; }
    public CaseFile getCaseFile() { return caseFile; }
    public String getDepartmentCode() { return departmentCode; }
    public LocalDate getOpenedOn() { return openedOn; }
    public LocalDate getDueOn() { return dueOn; }
    public int getLimitDays() { return limitDays; }
    public Opinion getOpinion() { return opinion; }
    public String getOpinionText() { return opinionText; }
    public Instant getAnsweredAt() { return answeredAt; }
    public LocalDate getAnsweredOn() { return answeredOn; }
    public String getAnsweredBy() { return answeredBy; }
}
