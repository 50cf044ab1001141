package onestop.supervision;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An alert as the workbench and the API show it. {@code subjectKey}: what it is about (a case number,
 * {@code number#step}, or an opinion's tracking number).
 */
public record AlertView(long id, AlertKind kind, AlertKind.Card card, String subjectKey, String caseNumber, Integer stepPosition,
                        String departmentCode, String itemCode, LocalDate dueOn, String description, Instant raisedAt,
                        AlertStatus status, String explanation, String explainedBy, Instant explainedAt,
                        String closedBy, Instant closedAt, String closingNote, String rectificationSha256,
                        LocalDate rectificationDue, long version) implements Serializable {
    static AlertView of(SupervisionAlert a) {
        return new AlertView(a.getId(), a.getKind(), a.getCard(), a.getSubjectKey(), a.getCaseNumber(), a.getStepPosition(),
                a.getDepartmentCode(), a.getItemCode(), a.getDueOn(), a.getDescription(), a.getRaisedAt(), a.getStatus(),
                a.getExplanation(), a.getExplainedBy(), a.getExplainedAt(), a.getClosedBy(), a.getClosedAt(),
                a.getClosingNote(), a.getRectificationSha256(), a.getRectificationDue(), a.getVersion());
    }
}
