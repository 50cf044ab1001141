package onestop.opinions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** The reply deadline of one category of opinion, in working days, set by center management. */
@Entity
@Table(name = "opinion_deadline")
public class ReplyDeadline {
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 60;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private OpinionCategory category;

    @Column(name = "working_days", nullable = false)
    private int workingDays;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ReplyDeadline() {
    }

    void change(int days, String by, Instant at) {
        this.workingDays = days;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public OpinionCategory getCategory() { return category; }
    public int getWorkingDays() { return workingDays; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
