package onestop.opinions;

import onestop.common.Text;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** What the opinion screens and the API read and send; no entity leaves the EJB layer. */
public final class OpinionViews {
    private OpinionViews() {
    }

    /** The public form: category, department code (blank: the center itself), text, optional contact. */
    public record OpinionForm(OpinionCategory category, String departmentCode, String text, String contact)
            implements Serializable {
    }

    /** The answer to a submission: the tracking number to look the reply up with, and the reply's due day. */
    public record Receipt(String trackingNumber, OpinionCategory category, LocalDate replyDue, int replyDays)
            implements Serializable {
    }

    /** An opinion as its tracking number shows it: no contact. */
    public record PublicOpinion(String trackingNumber, OpinionCategory category, String departmentCode,
                                Text departmentName, LocalDate submittedOn, String text, OpinionStatus status,
                                LocalDate replyDue, String reply, LocalDate repliedOn) implements Serializable {
    }

    /** An opinion in the workbench: everything, the contact included. */
    public record StaffOpinion(String trackingNumber, OpinionCategory category, String departmentCode,
                               Text departmentName, Instant submittedAt, LocalDate submittedOn, String text,
                               String contact, OpinionStatus status, LocalDate replyDue, boolean overdue,
                               String reply, LocalDate repliedOn, String repliedBy, boolean repliedLate,
                               String closeNote, long version) implements Serializable {
    }

    /** A category's reply deadline. */
    public record DeadlineView(OpinionCategory category, int workingDays, String updatedBy, Instant updatedAt,
                               long version) implements Serializable {
    }
}
