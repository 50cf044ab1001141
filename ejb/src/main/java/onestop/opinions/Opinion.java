package onestop.opinions;

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
 * An opinion from the public (咨詢, 投訴, 建議): registered with a tracking number, routed to a
 * department (or to the center itself), due for a reply within its category's working days
 * (能當面答復的當面答復，不能的限期答復). The department replies — the reply is shown to whoever
 * holds the tracking number — and closes it. A reply after the due day is marked late; an
 * opinion still open after its due day gets {@code lateSince} and raises {@link OpinionLate}.
 * The contact is for the department only and never shown publicly.
 */
@Entity
@Table(name = "opinion")
@NamedQuery(name = "Opinion.byTracking", query = "select o from Opinion o where o.trackingNumber = :tracking")
@NamedQuery(name = "Opinion.overdue",
        query = "select o from Opinion o where o.status = onestop.opinions.OpinionStatus.OPEN and o.replyDue < :today"
                + " and o.lateSince is null order by o.id")
public class Opinion {
    public static final int MAX_TEXT = 2000;
    public static final int MAX_CONTACT = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tracking_number", nullable = false, unique = true, length = 20, updatable = false)
    private String trackingNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private OpinionCategory category;

    @Column(name = "department_code", length = 20, updatable = false)
    private String departmentCode;

    @Column(nullable = false, length = MAX_TEXT, updatable = false)
    private String body;

    @Column(length = MAX_CONTACT, updatable = false)
    private String contact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OpinionStatus status = OpinionStatus.OPEN;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "submitted_on", nullable = false, updatable = false)
    private LocalDate submittedOn;

    @Column(name = "reply_days", nullable = false, updatable = false)
    private int replyDays;

    @Column(name = "reply_due", nullable = false, updatable = false)
    private LocalDate replyDue;

    @Column(length = MAX_TEXT)
    private String reply;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Column(name = "replied_on")
    private LocalDate repliedOn;

    @Column(name = "replied_by", length = 60)
    private String repliedBy;

    @Column(name = "replied_late", nullable = false)
    private boolean repliedLate;

    @Column(name = "late_since")
    private LocalDate lateSince;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 60)
    private String closedBy;

    @Column(name = "close_note", length = 1000)
    private String closeNote;

    @Version
    private long version;

    protected Opinion() {
    }

    Opinion(String trackingNumber, OpinionCategory category, String departmentCode, String body, String contact,
            Instant submittedAt, LocalDate submittedOn, int replyDays, LocalDate replyDue) {
        this.trackingNumber = trackingNumber;
        this.category = category;
        this.departmentCode = departmentCode;
        this.body = body;
        this.contact = contact;
        this.submittedAt = submittedAt;
        this.submittedOn = submittedOn;
        this.replyDays = replyDays;
        this.replyDue = replyDue;
    }

    void answer(String text, Instant at, LocalDate day, String by) {
        this.reply = text;
        this.repliedAt = at;
        this.repliedOn = day;
        this.repliedBy = by;
        this.repliedLate = day.isAfter(replyDue);
        this.status = OpinionStatus.ANSWERED;
    }

    void close(String note, Instant at, String by) {
        this.closeNote = note;
        this.closedAt = at;
        this.closedBy = by;
        this.status = OpinionStatus.CLOSED;
    }

    void markLate(LocalDate day) {
        this.lateSince = day;
    }

    /** Past its due day without a reply, as of {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return status == OpinionStatus.OPEN && today.isAfter(replyDue);
    }

    public Long getId() { return id; }
    public String getTrackingNumber() { return trackingNumber; }
    public OpinionCategory getCategory() { return category; }
    public String getDepartmentCode() { return departmentCode; }
    public String getBody() { return body; }
    public String getContact() { return contact; }
    public OpinionStatus getStatus() { return status; }
    public Instant getSubmittedAt() { return submittedAt; }
    public LocalDate getSubmittedOn() { return submittedOn; }
    public int getReplyDays() { return replyDays; }
    public LocalDate getReplyDue() { return replyDue; }
    public String getReply() { return reply; }
    public Instant getRepliedAt() { return repliedAt; }
    public LocalDate getRepliedOn() { return repliedOn; }
    public String getRepliedBy() { return repliedBy; }
    public boolean isRepliedLate() { return repliedLate; }
    public LocalDate getLateSince() { return lateSince; }
    public Instant getClosedAt() { return closedAt; }
    public String getClosedBy() { return closedBy; }
    public String getCloseNote() { return closeNote; }
    public long getVersion() { return version; }
}
