package onestop.evaluation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import onestop.audit.AuditService;
import onestop.calendar.CalendarService;
import onestop.casework.CaseAccess;
import onestop.casework.CaseFile;
import onestop.casework.Staff;
import onestop.common.CenterTime;
import onestop.disclosure.CaseProgress;
import onestop.disclosure.PublicException;
import onestop.evaluation.EvaluationViews.EvaluationForm;
import onestop.evaluation.EvaluationViews.EvaluationReceipt;
import onestop.evaluation.EvaluationViews.FollowUpView;
import onestop.evaluation.EvaluationViews.Satisfaction;
import onestop.security.Role;
import onestop.security.Roles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluations (好差評) and the follow-up of bad ones. The applicant rates a finished case once,
 * with its number and query code (the same check, and the same slow-down of wrong codes, as the
 * progress look-up); a rating of 1 or 2 opens a follow-up task of the department, due in
 * {@link FollowUp#DAYS} working days, which its staff close with the call record and the
 * rectification. {@link #satisfaction} gives e-supervision its per-department and per-window figures.
 */
@Stateless
@RolesAllowed({Roles.CLERK, Roles.CHIEF_REPRESENTATIVE, Roles.CENTER_ADMIN, Roles.SUPERVISOR, Roles.AUDITOR})
public class EvaluationService {
    @PersistenceContext
    private EntityManager em;

    @EJB
    private CaseProgress progress;

    @EJB
    private CalendarService calendar;

    @EJB
    private CaseAccess access;

    @EJB
    private AuditService audit;

    /** Rates a finished case, once; a bad rating opens its follow-up. */
    @PermitAll
    public EvaluationReceipt evaluate(EvaluationForm form, String clientAddress) {
        if (form == null) {
            throw new PublicException("evaluation.ratingInvalid");
        }
        Integer rating = form.rating();
        if (rating == null || rating < 1 || rating > 5) {
            throw new PublicException("evaluation.ratingInvalid");
        }
        String comment = form.comment() == null || form.comment().isBlank() ? null : form.comment().strip();
        if (comment != null && comment.length() > Evaluation.MAX_COMMENT) {
            throw new PublicException("evaluation.commentTooLong", Evaluation.MAX_COMMENT, comment.length());
        }
        CaseFile c = progress.authenticated(form.caseNumber(), form.queryCode(), clientAddress, true);
        if (!CaseProgress.ENDED.contains(c.getStatus())) {
            throw new PublicException("evaluation.notYet", c.getNumber());
        }
        boolean given = !em.createQuery("select e.id from Evaluation e where e.caseId = :id", Long.class)
                .setParameter("id", c.getId()).getResultList().isEmpty();
        if (given) {
            throw new PublicException("evaluation.onceConflict", c.getNumber());
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = CenterTime.dayOf(now);
        Evaluation e = new Evaluation(c.getId(), c.getNumber(), c.getItemCode(), c.getDepartmentCode(), c.getWindowCode(),
                rating, comment, now, today);
        em.persist(e);
        FollowUp f = null;
        if (e.isBad()) {
            f = new FollowUp(e, today, calendar.deadline(today, FollowUp.DAYS));
            em.persist(f);
        }
        return new EvaluationReceipt(c.getNumber(), rating, today, f != null, f == null ? null : f.getDueOn());
    }

    /** The caller's department's follow-ups (every department's for supervisors, management and auditors). */
    public List<FollowUpView> followUps(boolean openOnly) {
        Staff staff = access.caller();
        boolean all = staff.readsAll();
        String jpql = "select f from FollowUp f join fetch f.evaluation where 1 = 1"
                + (openOnly ? " and f.status <> :done" : "")
                + (all ? "" : " and f.departmentCode = :department") + " order by f.dueOn, f.id";
        var query = em.createQuery(jpql, FollowUp.class).setMaxResults(500);
        if (!all) {
            query.setParameter("department", staff.departmentCode());
        }
        if (openOnly) {
            query.setParameter("done", FollowUp.Status.RECTIFIED);
        }
        LocalDate today = CenterTime.today();
        return query.getResultList().stream().map(f -> view(f, today)).toList();
    }

    /** The call back to the applicant (回訪): what was said. */
    @RolesAllowed({Roles.CLERK, Roles.CHIEF_REPRESENTATIVE})
    public FollowUpView recordCall(long id, Long expectedVersion, String record) {
        Staff staff = access.caller();
        String text = required(record, "evaluation.callRequired");
        FollowUp f = actionable(staff, id, expectedVersion);
        if (f.getStatus() == FollowUp.Status.RECTIFIED) {
            throw new PublicException("evaluation.followUpConflict");
        }
        f.called(text, now(), staff.login());
        em.flush(); // the view carries the new version, for the next step
        audit.record("FOLLOW_UP_CALLED", "Evaluation", f.getEvaluation().getCaseNumber(), null);
        return view(f, CenterTime.today());
    }

    /** The rectification (整改): what the department changed; closes the follow-up. Needs the call first. */
    @RolesAllowed({Roles.CLERK, Roles.CHIEF_REPRESENTATIVE})
    public FollowUpView recordRectification(long id, Long expectedVersion, String rectification) {
        Staff staff = access.caller();
        String text = required(rectification, "evaluation.rectificationRequired");
        FollowUp f = actionable(staff, id, expectedVersion);
        if (f.getStatus() != FollowUp.Status.CALLED) {
            throw new PublicException(f.getStatus() == FollowUp.Status.OPEN ? "evaluation.callFirst"
                    : "evaluation.followUpConflict");
        }
        Instant now = now();
        f.rectified(text, now, CenterTime.dayOf(now), staff.login());
        em.flush();
        audit.record("FOLLOW_UP_RECTIFIED", "Evaluation", f.getEvaluation().getCaseNumber(),
                f.getRectifiedOn().isAfter(f.getDueOn()) ? "late, due " + f.getDueOn() : "on time");
        return view(f, CenterTime.today());
    }

    /**
     * Satisfaction per department and window for evaluations given from {@code from} to {@code to}
     * (inclusive): what e-supervision reads for 評議率, 滿意率 and 差評整改率.
     */
    @RolesAllowed({Roles.CENTER_ADMIN, Roles.SUPERVISOR, Roles.AUDITOR})
    public List<Satisfaction> satisfaction(LocalDate from, LocalDate to) {
        List<Object[]> rows = em.createQuery("select e.departmentCode, e.windowCode, e.rating, count(e) from Evaluation e"
                        + " where e.submittedOn between :from and :to group by e.departmentCode, e.windowCode, e.rating",
                        Object[].class).setParameter("from", from).setParameter("to", to).getResultList();
        List<Object[]> rectified = em.createQuery("select f.departmentCode, f.evaluation.windowCode, count(f) from FollowUp f"
                        + " where f.status = :done"
                        + " and f.evaluation.submittedOn between :from and :to"
                        + " group by f.departmentCode, f.evaluation.windowCode", Object[].class)
                .setParameter("done", FollowUp.Status.RECTIFIED).setParameter("from", from).setParameter("to", to)
                .getResultList();
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (Object[] r : rows) {
            long[] c = counts.computeIfAbsent(r[0] + "|" + (r[1] == null ? "" : r[1]), k -> new long[6]);
            c[((Number) r[2]).intValue() - 1] += ((Number) r[3]).longValue();
        }
        for (Object[] r : rectified) {
            counts.computeIfAbsent(r[0] + "|" + (r[1] == null ? "" : r[1]), k -> new long[6])[5] += ((Number) r[2]).longValue();
        }
        return counts.entrySet().stream().map(entry -> {
            String[] key = entry.getKey().split("\\|", -1);
            long[] c = entry.getValue();
            long[] byRating = {c[0], c[1], c[2], c[3], c[4]};
            long evaluated = c[0] + c[1] + c[2] + c[3] + c[4];
            long sum = c[0] + 2 * c[1] + 3 * c[2] + 4 * c[3] + 5 * c[4];
            return new Satisfaction(key[0], key[1].isEmpty() ? null : key[1], evaluated, sum, byRating, c[0] + c[1], c[5]);
        }).sorted(java.util.Comparator.comparing(Satisfaction::departmentCode)
                .thenComparing(s -> s.windowCode() == null ? "" : s.windowCode())).toList();
    }

    private FollowUp actionable(Staff staff, long id, Long expectedVersion) {
        FollowUp f = em.find(FollowUp.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (f == null || !(staff.readsAll() || f.getDepartmentCode().equals(staff.departmentCode()))) {
            throw new PublicException("evaluation.followUpUnknown");
        }
        if (!staff.actsFor(f.getDepartmentCode()) || staff.role() == Role.CENTER_ADMIN) {
            throw new PublicException("evaluation.actionForbidden");
        }
        if (expectedVersion != null && expectedVersion != f.getVersion()) {
            throw new PublicException("evaluation.editConflict");
        }
        return f;
    }

    private static FollowUpView view(FollowUp f, LocalDate today) {
        Evaluation e = f.getEvaluation();
        boolean overdue = f.getStatus() != FollowUp.Status.RECTIFIED && today.isAfter(f.getDueOn());
        return new FollowUpView(f.getId(), e.getCaseNumber(), e.getItemCode(), f.getDepartmentCode(), e.getWindowCode(),
                e.getRating(), e.getComment(), f.getOpenedOn(), f.getDueOn(), overdue, f.getStatus().name(),
                f.getCallRecord(), f.getCalledBy(), f.getRectification(), f.getRectifiedOn(), f.getRectifiedBy(),
                f.getVersion());
    }

    private static String required(String value, String key) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new PublicException(key);
        }
        if (v.length() > FollowUp.MAX_TEXT) {
            throw new PublicException("evaluation.textTooLong", FollowUp.MAX_TEXT, v.length());
        }
        return v;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
