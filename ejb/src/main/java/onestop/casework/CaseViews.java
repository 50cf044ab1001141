package onestop.casework;

import onestop.casework.CaseEnums.ApplicantKind;
import onestop.casework.CaseEnums.Decision;
import onestop.casework.CaseEnums.DocumentKind;
import onestop.casework.CaseEnums.Opinion;
import onestop.casework.CaseEnums.ReceivedForm;
import onestop.casework.CaseEnums.SuspensionKind;
import onestop.catalog.HandlingMode;
import onestop.catalog.MaterialForm;
import onestop.security.Role;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What screens and the API see of cases: immutable snapshots taken inside the transaction. */
public final class CaseViews {
    private CaseViews() {
    }

    /** How close a case (or a step, or a joint task) is to its limit. */
    public enum Urgency { NONE, DUE_SOON, OVERDUE, SUSPENDED, WAITING }

    /** What the window enters at intake. */
    public record IntakeForm(String itemCode, ApplicantKind applicantKind, String applicantName, String identifier,
                             String phone, String legalRepresentative, List<MaterialReceipt> materials)
            implements Serializable {
    }

    /** One material as checked at the window (position in the item's list). */
    public record MaterialReceipt(int position, boolean received, ReceivedForm form, int copies, String defect)
            implements Serializable {
    }

    /** A scan handed over with an application (material position, or null for the case as a whole). */
    public record Scan(Integer materialPosition, String fileName, byte[] content) implements Serializable {
    }

    /**
     * A decision with its reasons; a denial needs reason, legal basis and how to appeal. An approval
     * of an item that yields a license may say what the license permits ({@code licenseScope}; the
     * item's name otherwise) and its last day ({@code licenseValidUntil}; long-term otherwise).
     */
    public record DecisionForm(Decision decision, String reason, String legalBasis, String appeal, String licenseScope,
                               LocalDate licenseValidUntil) implements Serializable {
    }

    /** A line of a queue. */
    public record CaseSummary(String number, String itemCode, String itemName, String departmentCode,
                              String applicantName, CaseStatus status, LocalDate receivedOn, LocalDate deadline,
                              Urgency urgency, String currentStep, boolean jointTask) implements Serializable {
    }

    public record MaterialView(int position, String name, boolean required, MaterialForm requiredForm,
                               int requiredCopies, boolean received, ReceivedForm receivedForm, int receivedCopies,
                               String defect, boolean lacking) implements Serializable {
        static MaterialView of(CaseMaterial m) {
            return new MaterialView(m.getPosition(), m.getName(), m.isRequired(), m.getRequiredForm(),
                    m.getRequiredCopies(), m.isReceived(), m.getReceivedForm(), m.getReceivedCopies(), m.getDefect(),
                    m.isLacking());
        }
    }

    /**
     * A document of a case.
     *
     * @param sealed whether the department's seal is on it; a generated document that is not sealed
     *               went out unsealed (its department had no seal in force, or the system made it)
     */
    public record DocumentView(long id, Integer materialPosition, DocumentKind kind, String sha256, String contentType,
                               String fileName, long size, Instant addedAt, String addedBy, boolean sealed)
            implements Serializable {
        static DocumentView of(CaseDocument d) {
            return new DocumentView(d.getId(), d.getMaterialPosition(), d.getKind(), d.getSha256(), d.getContentType(),
                    d.getFileName(), d.getSize(), d.getAddedAt(), d.getAddedBy(), d.getSealUseId() != null);
        }
    }

    public record StepView(int position, String name, Role role, int days, LocalDate startedOn, LocalDate dueOn,
                           Instant completedAt, String completedBy, String note, Urgency urgency) implements Serializable {
    }

    public record SuspensionView(SuspensionKind kind, String reason, String legalBasis, int allowedDays,
                                 LocalDate startedOn, String startedBy, LocalDate endedOn, String endedBy,
                                 int daysSoFar) implements Serializable {
    }

    public record JointTaskView(long id, String departmentCode, LocalDate openedOn, LocalDate dueOn, int limitDays,
                                Opinion opinion, String opinionText, Instant answeredAt, String answeredBy,
                                Urgency urgency) implements Serializable {
    }

    public record EventView(Instant at, String actor, String action, CaseStatus from, CaseStatus to, String note)
            implements Serializable {
        static EventView of(CaseEvent e) {
            return new EventView(e.getOccurredAt(), e.getActor(), e.getAction(), e.getFrom(), e.getTo(), e.getNote());
        }
    }

    /**
     * A whole case as its page shows it, with the actions the caller may take now.
     *
     * @param licensable whether an approval of this case yields a license ({@code LicenseTerms})
     * @param licenseScope what the license of an approved case permits (the item's name unless the decision said)
     * @param licenseUrl the public record of the license issued for the case (what its QR code opens)
     */
    public record CaseView(String number, String queryCode, String itemCode, int itemVersion, String itemName,
                           HandlingMode mode, String departmentCode, String hallCode, String windowCode,
                           Applicant applicant, CaseStatus status, Instant receivedAt, LocalDate receivedOn,
                           LocalDate correctionDue, LocalDate correctionRequestedOn, LocalDate correctedOn,
                           LocalDate acceptedOn, boolean deemedAccepted, int promisedDays, int statutoryDays,
                           int extensionDays, String extensionReason, LocalDate deadline, Urgency urgency,
                           String refusalReason, String refusalBasis, Decision decision, String decisionReason,
                           String decisionBasis, String appealInfo, LocalDate decidedOn, String decidedBy,
                           boolean feesDue, Instant issuedAt, Instant collectedAt, Instant archivedAt,
                           boolean licensable, String licenseScope, LocalDate licenseValidUntil, String licenseNumber,
                           String licenseUrl, String createdBy,
                           List<MaterialView> materials, List<DocumentView> documents, List<StepView> steps,
                           List<SuspensionView> suspensions, List<JointTaskView> jointTasks, List<EventView> events,
                           Set<CaseAction> actions, long version) implements Serializable {
    }
}
