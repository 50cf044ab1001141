package onestop.supervision;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import onestop.audit.AuditEvent;
import onestop.audit.AuditService;
import onestop.calendar.CalendarService;
import onestop.calendar.WorkingCalendar;
import onestop.casework.CaseChanged;
import onestop.casework.CaseClock;
import onestop.casework.CaseFile;
import onestop.casework.CaseStatus;
import onestop.casework.CaseStep;
import onestop.casework.ClockSuspension;
import onestop.common.CenterTime;
import onestop.opinions.OpinionLate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Raises the cards. {@link #scan} walks every case in review or suspended against the calendar of
 * "today" and raises what is due (yellow within the margin, red past the limit, for the case and
 * for its running step; red for a suspension past its allowed days), closes yellow cards whose case
 * was decided in time, and supersedes a yellow card by its red one. It holds the settings row's
 * lock while it runs, so nodes scan one after the other, and an alert's (kind, subject) is unique.
 * The deemed acceptance of an application without a timely correction notice raises its red card
 * at once, in the transaction of the acceptance.
 */
@Stateless
@PermitAll
public class AlertScanner {
    /** The department code of the cards about the center itself (an opinion addressed to it). */
    public static final String CENTER = "CENTER";
    static final String SYSTEM = "system";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CalendarService calendars;

    @EJB
    private AuditService audit;

    /** Scans the open cases as of {@code today}; returns the alerts raised. */
    public List<SupervisionAlert> scan(LocalDate today) {
        SupervisionSetting setting = em.find(SupervisionSetting.class, SupervisionSetting.ID, LockModeType.PESSIMISTIC_WRITE);
        Map<String, Integer> margins = new HashMap<>();
        em.createQuery("select m from ItemAlertMargin m", ItemAlertMargin.class).getResultStream()
                .forEach(m -> margins.put(m.getItemCode(), m.getMarginDays()));
        WorkingCalendar calendar = calendars.calendar(today.minusYears(3), today.plusYears(1));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<SupervisionAlert> raised = new ArrayList<>();
        List<CaseFile> open = em.createNamedQuery("CaseFile.clocked", CaseFile.class)
                .setParameter("statuses", List.of(CaseStatus.IN_REVIEW, CaseStatus.SUSPENDED)).getResultList();
        for (CaseFile c : open) {
            int margin = margins.getOrDefault(c.getItemCode(), setting.getMarginDays());
            if (c.getStatus() == CaseStatus.IN_REVIEW) {
                card(raised, c, null, c.getDeadline(), margin, today, calendar, now);
                CaseStep step = c.currentStep();
                if (step != null && step.getDueOn() != null) {
                    card(raised, c, step, step.getDueOn(), margin, today, calendar, now);
                }
            } else {
                ClockSuspension s = c.openSuspension();
                if (s != null && CaseClock.pausedDays(calendar, new CaseClock.Pause(s.getStartedOn(), null), today)
                        > s.getAllowedDays()) {
                    raise(raised, AlertKind.SUSPENSION_TOO_LONG, c.getNumber() + "@" + s.getStartedOn(), c, null,
                            s.getStartedOn(), "suspended since " + s.getStartedOn() + " (" + s.getKind() + "), allowed "
                                    + s.getAllowedDays() + " working days", today, now);
                }
            }
        }
        closeYellowDecidedInTime(now);
        setting.scanned(now);
        return raised;
    }

    /** A deemed acceptance means the window let five working days pass without answering: a red card. */
    public void deemedAccepted(@Observes CaseChanged change) {
        if (!"DEEMED_ACCEPTED".equals(change.action())) {
            return;
        }
        CaseFile c = em.find(CaseFile.class, change.caseId());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        raise(new ArrayList<>(), AlertKind.CORRECTION_LATE, c.getNumber(), c, null, c.getCorrectionDue(),
                "no acceptance, refusal or correction notice within 5 working days of receipt (" + c.getReceivedOn()
                        + " → " + c.getCorrectionDue() + "); accepted by law from the day of receipt",
                CenterTime.dayOf(now), now);
    }

    /**
     * An opinion (咨詢, 投訴, 建議) still unanswered after its reply deadline: a red card for the
     * department it was routed to ({@link #CENTER} when addressed to the center itself), keyed by
     * its tracking number, raised in the transaction that marks it late.
     */
    public void opinionLate(@Observes OpinionLate late) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String department = late.departmentCode() == null ? CENTER : late.departmentCode();
        raise(new ArrayList<>(), AlertKind.OPINION_REPLY_LATE, late.trackingNumber(), null, department, null, null,
                late.replyDue(), late.category() + " " + late.trackingNumber() + ": no reply by " + late.replyDue(),
                late.noticedOn(), now);
    }

    private void card(List<SupervisionAlert> raised, CaseFile c, CaseStep step, LocalDate due, int margin,
                      LocalDate today, WorkingCalendar calendar, Instant now) {
        if (due == null) {
            return;
        }
        String key = step == null ? c.getNumber() : c.getNumber() + "#" + step.getPosition();
        String what = step == null ? "case deadline " : "step “" + step.getName() + "” due ";
        if (today.isAfter(due)) {
            AlertKind kind = step == null ? AlertKind.CASE_OVERDUE : AlertKind.STEP_OVERDUE;
            if (raise(raised, kind, key, c, step, due, what + due + " passed", today, now)) {
                supersede(step == null ? AlertKind.CASE_DUE_SOON : AlertKind.STEP_DUE_SOON, key, now);
            }
        } else if (calendar.workingDaysBetween(today, due) <= margin) {
            raise(raised, step == null ? AlertKind.CASE_DUE_SOON : AlertKind.STEP_DUE_SOON, key, c, step, due,
                    what + due + ", " + calendar.workingDaysBetween(today, due) + " working day(s) left", today, now);
        }
    }

    private boolean raise(List<SupervisionAlert> raised, AlertKind kind, String key, CaseFile c, CaseStep step,
                          LocalDate due, String description, LocalDate today, Instant now) {
        return raise(raised, kind, key, c.getNumber(), c.getDepartmentCode(), c.getItemCode(),
                step == null ? null : step.getPosition(), due, description, today, now);
    }

    private boolean raise(List<SupervisionAlert> raised, AlertKind kind, String key, String caseNumber, String department,
                          String itemCode, Integer stepPosition, LocalDate due, String description, LocalDate today,
                          Instant now) {
        boolean exists = !em.createNamedQuery("SupervisionAlert.bySubject", SupervisionAlert.class)
                .setParameter("kind", kind).setParameter("key", key).getResultList().isEmpty();
        if (exists) {
            return false;
        }
        SupervisionAlert alert = new SupervisionAlert(kind, key, caseNumber, stepPosition, department, itemCode, due,
                description, now, today);
        em.persist(alert);
        raised.add(alert);
        audit.append(new AuditEvent(SYSTEM, "ALERT_RAISED", "SupervisionAlert", key, kind + " " + description, null));
        return true;
    }

    private void supersede(AlertKind yellow, String key, Instant now) {
        em.createNamedQuery("SupervisionAlert.bySubject", SupervisionAlert.class).setParameter("kind", yellow)
                .setParameter("key", key).getResultStream().filter(a -> a.getStatus() == AlertStatus.OPEN)
                .forEach(a -> a.close("superseded by the red card", SYSTEM, now));
    }

    private void closeYellowDecidedInTime(Instant now) {
        for (SupervisionAlert a : em.createNamedQuery("SupervisionAlert.openYellow", SupervisionAlert.class).getResultList()) {
            CaseFile c = em.createNamedQuery("CaseFile.byNumber", CaseFile.class).setParameter("number", a.getCaseNumber())
                    .getResultStream().findFirst().orElse(null);
            boolean stepDone = a.getStepPosition() != null && c != null && c.getSteps().stream()
                    .anyMatch(s -> s.getPosition() == a.getStepPosition() && s.isDone());
            boolean caseDone = c != null && c.getDecidedOn() != null;
            if (stepDone || caseDone) {
                a.close("done in time", SYSTEM, now);
            }
        }
    }
}
