package onestop.supervision;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
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
 * was decided in time, and supersedes a yellow card by its red one. It works in chunks of
 * {@value #CHUNK} cases, each in a short transaction of its own: a center has tens of thousands of
 * open cases, and one transaction over all of them dirty-checked every loaded case on each query
 * and held the audit chain's lock (each card is audited) until the end, stopping every audited action
 * in the center meanwhile. The scheduled scan {@link #claim claims} its turn, so nodes scan one after
 * the other; an alert's (kind, subject) is unique, so a chunk that met another scan's card fails alone.
 * The deemed acceptance of an application without a timely correction notice raises its red card
 * at once, in the transaction of the acceptance.
 */
@Stateless
@PermitAll
public class AlertScanner {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(AlertScanner.class.getName());
    /** The department code of the cards about the center itself (an opinion addressed to it). */
    public static final String CENTER = "CENTER";
    static final String SYSTEM = "system";
    static final int CHUNK = 200;
    /** A scheduled scan runs unless another started (or finished) less than this ago. */
    static final java.time.Duration TURN = java.time.Duration.ofMinutes(10);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CalendarService calendars;

    @EJB
    private AuditService audit;

    @jakarta.annotation.Resource
    private jakarta.ejb.SessionContext context;

    /** What every chunk of one scan shares. */
    record Scan(LocalDate today, Instant now, WorkingCalendar calendar, Map<String, Integer> margins, int defaultMargin) {
    }

    /**
     * Whether this node's scheduled scan may run now: no scan started or finished within {@link #TURN}
     * on any node. Records the start.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(Instant now) {
        return em.createQuery("update SupervisionSetting s set s.lastScan = :now where s.id = :id"
                        + " and (s.lastScan is null or s.lastScan < :before)")
                .setParameter("now", now).setParameter("id", SupervisionSetting.ID)
                .setParameter("before", now.minus(TURN)).executeUpdate() == 1;
    }

    /** Scans the open cases as of {@code today}, chunk by chunk; returns the alerts raised. */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public List<SupervisionAlert> scan(LocalDate today) {
        AlertScanner self = context.getBusinessObject(AlertScanner.class);
        Scan scan = self.prepare(today);
        List<SupervisionAlert> raised = new ArrayList<>();
        long after = 0;
        while (true) {
            List<Long> ids = self.openCases(after, CHUNK);
            if (ids.isEmpty()) {
                break;
            }
            try {
                raised.addAll(self.scanChunk(ids, scan));
            } catch (RuntimeException e) {
                LOG.log(java.util.logging.Level.WARNING, "e-supervision: the cases " + ids.get(0) + ".." + ids.get(ids.size() - 1)
                        + " were not scanned this time (another scan at the same time?)", e);
            }
            after = ids.get(ids.size() - 1);
        }
        long afterAlert = 0;
        while (true) {
            List<Long> yellow = self.openYellow(afterAlert, CHUNK);
            if (yellow.isEmpty()) {
                break;
            }
            self.closeYellowDecidedInTime(yellow, scan.now());
            afterAlert = yellow.get(yellow.size() - 1);
        }
        self.finish(scan.now());
        return raised;
    }

    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public Scan prepare(LocalDate today) {
        SupervisionSetting setting = em.find(SupervisionSetting.class, SupervisionSetting.ID);
        Map<String, Integer> margins = new HashMap<>();
        em.createQuery("select m from ItemAlertMargin m", ItemAlertMargin.class).getResultStream()
                .forEach(m -> margins.put(m.getItemCode(), m.getMarginDays()));
        WorkingCalendar calendar = calendars.calendar(today.minusYears(3), today.plusYears(1));
        return new Scan(today, Instant.now().truncatedTo(ChronoUnit.MILLIS), calendar, margins, setting.getMarginDays());
    }

    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public List<Long> openCases(long after, int limit) {
        return em.createQuery("select c.id from CaseFile c where c.status in :statuses and c.id > :after order by c.id",
                        Long.class)
                .setParameter("statuses", List.of(CaseStatus.IN_REVIEW, CaseStatus.SUSPENDED)).setParameter("after", after)
                .setMaxResults(limit).getResultList();
    }

    /** One chunk of cases, in its own transaction (its cards audited in it). */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public List<SupervisionAlert> scanChunk(List<Long> ids, Scan scan) {
        List<CaseFile> cases = em.createQuery("select c from CaseFile c where c.id in :ids order by c.id", CaseFile.class)
                .setParameter("ids", ids).getResultList();
        java.util.Set<String> known = new java.util.HashSet<>();
        em.createQuery("select a.kind, a.subjectKey from SupervisionAlert a where a.caseNumber in :numbers", Object[].class)
                .setParameter("numbers", cases.stream().map(CaseFile::getNumber).toList()).getResultStream()
                .forEach(r -> known.add(r[0] + " " + r[1]));
        List<SupervisionAlert> raised = new ArrayList<>();
        for (CaseFile c : cases) {
            if (c.getStatus() != CaseStatus.IN_REVIEW && c.getStatus() != CaseStatus.SUSPENDED) {
                continue;                               // changed since the chunk was listed
            }
            int margin = scan.margins().getOrDefault(c.getItemCode(), scan.defaultMargin());
            if (c.getStatus() == CaseStatus.IN_REVIEW) {
                card(raised, known, c, null, c.getDeadline(), margin, scan);
                CaseStep step = c.currentStep();
                if (step != null && step.getDueOn() != null) {
                    card(raised, known, c, step, step.getDueOn(), margin, scan);
                }
            } else {
                ClockSuspension s = c.openSuspension();
                if (s != null && CaseClock.pausedDays(scan.calendar(), new CaseClock.Pause(s.getStartedOn(), null), scan.today())
                        > s.getAllowedDays()) {
                    raise(raised, known, AlertKind.SUSPENSION_TOO_LONG, c.getNumber() + "@" + s.getStartedOn(), c, null,
                            s.getStartedOn(), "suspended since " + s.getStartedOn() + " (" + s.getKind() + "), allowed "
                                    + s.getAllowedDays() + " working days", scan.today(), scan.now());
                }
            }
        }
        return raised;
    }

    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public List<Long> openYellow(long after, int limit) {
        return em.createQuery("select a.id from SupervisionAlert a where a.status = onestop.supervision.AlertStatus.OPEN"
                        + " and a.kind in (onestop.supervision.AlertKind.CASE_DUE_SOON, onestop.supervision.AlertKind.STEP_DUE_SOON)"
                        + " and a.id > :after order by a.id", Long.class)
                .setParameter("after", after).setMaxResults(limit).getResultList();
    }

    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public void finish(Instant now) {
        em.find(SupervisionSetting.class, SupervisionSetting.ID).scanned(now);
    }

    /** A deemed acceptance means the window let five working days pass without answering: a red card. */
    public void deemedAccepted(@Observes CaseChanged change) {
        if (!"DEEMED_ACCEPTED".equals(change.action())) {
            return;
        }
        CaseFile c = em.find(CaseFile.class, change.caseId());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        raise(new ArrayList<>(), null, AlertKind.CORRECTION_LATE, c.getNumber(), c, null, c.getCorrectionDue(),
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
        raise(new ArrayList<>(), null, AlertKind.OPINION_REPLY_LATE, late.trackingNumber(), null, department, null, null,
                late.replyDue(), late.category() + " " + late.trackingNumber() + ": no reply by " + late.replyDue(),
                late.noticedOn(), now);
    }

    private void card(List<SupervisionAlert> raised, java.util.Set<String> known, CaseFile c, CaseStep step, LocalDate due,
                      int margin, Scan scan) {
        LocalDate today = scan.today();
        WorkingCalendar calendar = scan.calendar();
        Instant now = scan.now();
        if (due == null) {
            return;
        }
        String key = step == null ? c.getNumber() : c.getNumber() + "#" + step.getPosition();
        String what = step == null ? "case deadline " : "step “" + step.getName() + "” due ";
        if (today.isAfter(due)) {
            AlertKind kind = step == null ? AlertKind.CASE_OVERDUE : AlertKind.STEP_OVERDUE;
            if (raise(raised, known, kind, key, c, step, due, what + due + " passed", today, now)) {
                supersede(step == null ? AlertKind.CASE_DUE_SOON : AlertKind.STEP_DUE_SOON, key, now);
            }
        } else if (calendar.workingDaysBetween(today, due) <= margin) {
            raise(raised, known, step == null ? AlertKind.CASE_DUE_SOON : AlertKind.STEP_DUE_SOON, key, c, step, due,
                    what + due + ", " + calendar.workingDaysBetween(today, due) + " working day(s) left", today, now);
        }
    }

    private boolean raise(List<SupervisionAlert> raised, java.util.Set<String> known, AlertKind kind, String key, CaseFile c,
                          CaseStep step, LocalDate due, String description, LocalDate today, Instant now) {
        return raise(raised, known, kind, key, c.getNumber(), c.getDepartmentCode(), c.getItemCode(),
                step == null ? null : step.getPosition(), due, description, today, now);
    }

    /**
     * @param known the (kind, subject) of the cards that exist, as "KIND subject", when the caller
     *              loaded them for a whole chunk; null to ask the database
     */
    private boolean raise(List<SupervisionAlert> raised, java.util.Set<String> known, AlertKind kind, String key,
                          String caseNumber, String department, String itemCode, Integer stepPosition, LocalDate due,
                          String description, LocalDate today, Instant now) {
        boolean exists = known != null ? !known.add(kind + " " + key)
                : !em.createNamedQuery("SupervisionAlert.bySubject", SupervisionAlert.class)
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

    /** Closes the open yellow cards among {@code ids} whose case or step was done in time. */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public void closeYellowDecidedInTime(List<Long> ids, Instant now) {
        List<SupervisionAlert> alerts = em.createQuery("select a from SupervisionAlert a where a.id in :ids", SupervisionAlert.class)
                .setParameter("ids", ids).getResultList();
        Map<String, CaseFile> cases = new HashMap<>();
        em.createQuery("select c from CaseFile c where c.number in :numbers", CaseFile.class)
                .setParameter("numbers", alerts.stream().map(SupervisionAlert::getCaseNumber).filter(java.util.Objects::nonNull)
                        .distinct().toList())
                .getResultStream().forEach(c -> cases.put(c.getNumber(), c));
        for (SupervisionAlert a : alerts) {
            CaseFile c = cases.get(a.getCaseNumber());
            boolean stepDone = a.getStepPosition() != null && c != null && c.getSteps().stream()
                    .anyMatch(s -> s.getPosition() == a.getStepPosition() && s.isDone());
            boolean caseDone = c != null && c.getDecidedOn() != null;
            if (a.getStatus() == AlertStatus.OPEN && (stepDone || caseDone)) {
                a.close("done in time", SYSTEM, now);
            }
        }
    }
}
