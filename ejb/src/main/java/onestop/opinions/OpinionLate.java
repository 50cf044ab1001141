package onestop.opinions;

import java.time.LocalDate;

/**
 * Fired (CDI event, in the transaction that notices it) once for each opinion still unanswered
 * after its reply deadline: the e-supervision alert's trigger. {@code departmentCode} is null for
 * an opinion addressed to the center itself.
 */
public record OpinionLate(String trackingNumber, OpinionCategory category, String departmentCode, LocalDate replyDue,
                          LocalDate noticedOn) {
}
