package onestop.casework;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import onestop.calendar.WorkingCalendar;
import onestop.casework.CaseEnums.Decision;
import onestop.casework.CaseViews.CaseSummary;
import onestop.casework.CaseViews.CaseView;
import onestop.casework.CaseViews.DocumentView;
import onestop.casework.CaseViews.EventView;
import onestop.casework.CaseViews.JointTaskView;
import onestop.casework.CaseViews.MaterialView;
import onestop.casework.CaseViews.StepView;
import onestop.casework.CaseViews.SuspensionView;
import onestop.casework.CaseViews.Urgency;
import onestop.common.CenterTime;
import onestop.documents.DocumentStore;
import onestop.seal.LicenseLinks;
import onestop.security.Roles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reading cases, scoped by {@link CaseAccess}: one case with everything its page shows, the
 * caller's queue sorted by urgency, and the bytes of a case's documents.
 */
@Stateless
@RolesAllowed({Roles.CLERK, Roles.CHIEF_REPRESENTATIVE, Roles.SUPERVISOR, Roles.ARCHIVIST, Roles.AUDITOR,
        Roles.CENTER_ADMIN})
public class CaseQueries {
    /** Working days before a deadline from which a case counts as due soon (yellow). */
    public static final int DUE_SOON_DAYS = 2;
    private static final int QUEUE_LIMIT = 500;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CaseAccess access;

    @EJB
    private CaseSchedule schedule;

    @EJB
    private DocumentStore documents;

    @EJB
    private CaseSealing sealing;

    public CaseView find(String number) {
        Staff staff = access.caller();
        CaseFile c = access.readable(staff, number);
        return view(c, staff);
    }

    /** The view of a case the calling service already holds (and has checked the caller for). */
    public CaseView view(CaseFile c, Staff staff) {
        em.flush(); // the version the view reports is the one the next action must name
        LocalDate today = CenterTime.today();
        WorkingCalendar calendar = schedule.calendarFrom(c.getReceivedOn().isBefore(today) ? c.getReceivedOn() : today);
        boolean mayDecide = access.mayDecide(staff, c.getDepartmentCode());
        List<StepView> steps = c.getSteps().stream().map(s -> new StepView(s.getPosition(), s.getName(), s.getRole(),
                s.getDays(), s.getStartedOn(), s.getDueOn(), s.getCompletedAt(), s.getCompletedBy(), s.getNote(),
                s.isDone() || s.getStartedOn() == null ? Urgency.NONE
                        : urgency(s.getDueOn(), c.getStatus(), today, calendar))).toList();
        List<SuspensionView> suspensions = c.getSuspensions().stream().map(s -> new SuspensionView(s.getKind(),
                s.getReason(), s.getLegalBasis(), s.getAllowedDays(), s.getStartedOn(), s.getStartedBy(),
                s.getEndedOn(), s.getEndedBy(),
                CaseClock.pausedDays(calendar, new CaseClock.Pause(s.getStartedOn(), s.getEndedOn()), today))).toList();
        List<JointTaskView> joint = c.getJointTasks().stream().map(t -> new JointTaskView(t.getId(),
                t.getDepartmentCode(), t.getOpenedOn(), t.getDueOn(), t.getLimitDays(), t.getOpinion(),
                t.getOpinionText(), t.getAnsweredAt(), t.getAnsweredBy(),
                t.isAnswered() ? Urgency.NONE : urgency(t.getDueOn(), c.getStatus(), today, calendar))).toList();
        List<DocumentView> docs = em.createNamedQuery("CaseDocument.ofCase", CaseDocument.class)
                .setParameter("caseId", c.getId()).getResultStream().map(DocumentView::of).toList();
        List<EventView> events = em.createNamedQuery("CaseEvent.ofCase", CaseEvent.class)
                .setParameter("caseId", c.getId()).getResultStream().map(EventView::of).toList();
        boolean own = staff.actsFor(c.getDepartmentCode());
        boolean licensable = sealing.yieldsLicense(c);
        return new CaseView(c.getNumber(), own ? c.getQueryCode() : null, c.getItemCode(), c.getItemVersion(),
                c.getItemName(), c.getMode(), c.getDepartmentCode(), c.getHallCode(), c.getWindowCode(),
                c.getApplicant(), c.getStatus(), c.getReceivedAt(), c.getReceivedOn(), c.getCorrectionDue(),
                c.getCorrectionRequestedOn(), c.getCorrectedOn(), c.getAcceptedOn(), c.isDeemedAccepted(),
                c.getPromisedDays(), c.getStatutoryDays(), c.getExtensionDays(), c.getExtensionReason(),
                c.getDeadline(), urgencyOf(c, today, calendar), c.getRefusalReason(), c.getRefusalBasis(),
                c.getDecision(), c.getDecisionReason(), c.getDecisionBasis(), c.getAppealInfo(), c.getDecidedOn(),
                c.getDecidedBy(), c.isFeesDue(), c.getIssuedAt(), c.getCollectedAt(), c.getArchivedAt(),
                licensable, licensable && c.getDecision() == Decision.APPROVED
                        ? LicenseTerms.scope(c.getItemName(), c.getLicenseScope()) : null,
                c.getLicenseValidUntil(), c.getLicenseNumber(),
                c.getLicenseNumber() == null ? null : LicenseLinks.record(c.getLicenseNumber()), c.getCreatedBy(), c.getMaterials().stream().map(MaterialView::of).toList(), docs, steps, suspensions,
                joint, events, CaseRules.allowed(c, staff, mayDecide, today), c.getVersion());
    }

    /**
     * The caller's work: for window staff, the open cases of their department and the cases whose
     * joint task waits for it; for readers of all cases, every open case. Overdue first, then due
     * soon, then by deadline.
     */
    public List<CaseSummary> queue() {
        Staff staff = access.caller();
        LocalDate today = CenterTime.today();
        WorkingCalendar calendar = schedule.calendarFrom(today.minusYears(1));
        List<CaseSummary> lines = new ArrayList<>();
        if (staff.role().needsDepartment()) {
            em.createQuery("select c from CaseFile c where c.departmentCode = :department and c.status in :open"
                            + " order by c.id", CaseFile.class)
                    .setParameter("department", staff.departmentCode()).setParameter("open", CaseStatus.OPEN)
                    .setMaxResults(QUEUE_LIMIT).getResultStream()
                    .forEach(c -> lines.add(summary(c, today, calendar, false)));
            em.createNamedQuery("JointTask.openFor", JointTask.class).setParameter("department", staff.departmentCode())
                    .setMaxResults(QUEUE_LIMIT).getResultStream()
                    .forEach(t -> lines.add(jointSummary(t, today, calendar)));
        } else {
            em.createQuery("select c from CaseFile c where c.status in :open order by c.id", CaseFile.class)
                    .setParameter("open", CaseStatus.OPEN).setMaxResults(QUEUE_LIMIT).getResultStream()
                    .forEach(c -> lines.add(summary(c, today, calendar, false)));
        }
        lines.sort(Comparator.comparingInt((CaseSummary s) -> rank(s.urgency()))
                .thenComparing(CaseSummary::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(CaseSummary::number));
        return lines;
    }

    /** The bytes of one of a case's documents, for a caller who may read the case. */
    public byte[] document(String number, long documentId) {
        Staff staff = access.caller();
        CaseFile c = access.readable(staff, number);
        CaseDocument d = em.find(CaseDocument.class, documentId);
        if (d == null || !d.getCaseId().equals(c.getId())) {
            throw new CaseException("case.documentUnknown", number, documentId);
        }
        return documents.read(d.getSha256());
    }

    public DocumentView documentInfo(String number, long documentId) {
        Staff staff = access.caller();
        CaseFile c = access.readable(staff, number);
        CaseDocument d = em.find(CaseDocument.class, documentId);
        if (d == null || !d.getCaseId().equals(c.getId())) {
            throw new CaseException("case.documentUnknown", number, documentId);
        }
        return DocumentView.of(d);
    }

    private CaseSummary summary(CaseFile c, LocalDate today, WorkingCalendar calendar, boolean joint) {
        CaseStep step = c.currentStep();
        return new CaseSummary(c.getNumber(), c.getItemCode(), c.getItemName(), c.getDepartmentCode(),
                c.getApplicant().name(), c.getStatus(), c.getReceivedOn(), c.getDeadline(),
                urgencyOf(c, today, calendar), step == null ? null : step.getName(), joint);
    }

    private CaseSummary jointSummary(JointTask t, LocalDate today, WorkingCalendar calendar) {
        CaseFile c = t.getCaseFile();
        return new CaseSummary(c.getNumber(), c.getItemCode(), c.getItemName(), c.getDepartmentCode(),
                c.getApplicant().name(), c.getStatus(), c.getReceivedOn(), t.getDueOn(),
                urgency(t.getDueOn(), c.getStatus(), today, calendar), null, true);
    }

    static Urgency urgencyOf(CaseFile c, LocalDate today, WorkingCalendar calendar) {
        return switch (c.getStatus()) {
            case RECEIVED -> urgency(c.getCorrectionDue(), c.getStatus(), today, calendar);
            case IN_REVIEW, SUSPENDED -> urgency(c.getDeadline(), c.getStatus(), today, calendar);
            case AWAITING_CORRECTION, FEE_DUE -> Urgency.WAITING;
            default -> Urgency.NONE;
        };
    }

    static Urgency urgency(LocalDate due, CaseStatus status, LocalDate today, WorkingCalendar calendar) {
        if (status == CaseStatus.SUSPENDED) {
            return Urgency.SUSPENDED;
        }
        if (due == null) {
            return Urgency.NONE;
        }
        if (today.isAfter(due)) {
            return Urgency.OVERDUE;
        }
        return calendar.workingDaysBetween(today, due) <= DUE_SOON_DAYS ? Urgency.DUE_SOON : Urgency.NONE;
    }

    private static int rank(Urgency u) {
        return switch (u) {
            case OVERDUE -> 0;
            case DUE_SOON -> 1;
            case NONE -> 2;
            case SUSPENDED -> 3;
            case WAITING -> 4;
        };
    }
}
