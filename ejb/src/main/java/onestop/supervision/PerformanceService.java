package onestop.supervision;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import onestop.calendar.CalendarService;
import onestop.calendar.WorkingCalendar;
import onestop.casework.CaseClock;
import onestop.casework.CaseStatus;
import onestop.center.CenterRepository;
import onestop.center.Department;
import onestop.common.CenterTime;
import onestop.security.Role;
import onestop.security.Roles;
import onestop.security.StaffAccount;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * E-supervision figures for a period by department, window, item or the whole center, and the
 * cases behind each figure. Supervisors, auditors and management see the whole center; a chief
 * representative sees their own department. The cases are read as flat rows (no entities), their
 * suspensions in one more query, and counted in memory on the calendar.
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.AUDITOR, Roles.CENTER_ADMIN, Roles.CHIEF_REPRESENTATIVE})
public class PerformanceService {
    /** The longest period one report covers. */
    public static final int MAX_PERIOD_DAYS = 3 * 366;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private CalendarService calendars;

    @Inject
    private CenterRepository center;

    /** The ratings of the period; filled by the evaluation side (好差評) when it exists. */
    @Inject
    private jakarta.enterprise.inject.Instance<RatingSource> ratingSources;

    /** Where evaluations come from (implemented by the public evaluation side). */
    public interface RatingSource {
        List<PerformanceCalculator.Rating> ratings(LocalDate from, LocalDate to, String department);
    }

    public PerformanceReport report(LocalDate from, LocalDate to, Grouping grouping, String department) {
        checkPeriod(from, to);
        String scope = scope(department);
        List<CaseFacts> facts = facts(from, to, scope);
        LocalDate today = CenterTime.today();
        WorkingCalendar calendar = calendar(facts, from, to);
        List<PerformanceCalculator.Rating> ratings = new ArrayList<>();
        ratingSources.forEach(s -> ratings.addAll(s.ratings(from, to, scope)));
        Grouping g = grouping == null ? Grouping.DEPARTMENT : grouping;
        List<MetricRow> rows = PerformanceCalculator.compute(facts, ratings, g, from, to, today, calendar, labels(g, facts));
        List<MetricRow> total = PerformanceCalculator.compute(facts, ratings, Grouping.CENTER, from, to, today, calendar,
                k -> scope == null ? "全中心" : scope);
        MetricRow sum = total.isEmpty() ? PerformanceCalculator.empty(scope == null ? "全中心" : scope) : total.get(0);
        return new PerformanceReport(from, to, g, scope, rows, sum, Instant.now());
    }

    /** The case numbers behind one figure of one group (drill-down). */
    public List<String> casesBehind(LocalDate from, LocalDate to, Grouping grouping, String key, String metric,
                                    String department) {
        checkPeriod(from, to);
        String scope = scope(department);
        List<CaseFacts> facts = facts(from, to, scope);
        WorkingCalendar calendar = calendar(facts, from, to);
        LocalDate today = CenterTime.today();
        try {
            return facts.stream().filter(c -> grouping.keyOf(c).equals(key))
                    .filter(c -> PerformanceCalculator.counts(c, metric, from, to, today, calendar))
                    .map(CaseFacts::number).sorted().toList();
        } catch (IllegalArgumentException e) {
            throw new SupervisionException("metrics.unknownMetric", metric);
        }
    }

    private List<CaseFacts> facts(LocalDate from, LocalDate to, String department) {
        String where = " where ((c.acceptedOn between :from and :to) or (c.decidedOn between :from and :to)"
                + " or (c.status in :clocked and c.acceptedOn <= :to))" + (department == null ? "" : " and c.departmentCode = :dept");
        TypedQuery<Object[]> q = em.createQuery("select c.id, c.number, c.departmentCode, c.windowCode, c.itemCode,"
                + " c.itemName, c.status, c.acceptedOn, c.decidedOn, c.deadline, c.promisedDays, c.statutoryDays"
                + " from CaseFile c" + where, Object[].class);
        TypedQuery<Object[]> p = em.createQuery("select s.caseFile.id, s.startedOn, s.endedOn from ClockSuspension s"
                + " join s.caseFile c" + where, Object[].class);
        for (TypedQuery<Object[]> query : List.of(q, p)) {
            query.setParameter("from", from).setParameter("to", to).setParameter("clocked", CaseStatus.CLOCKED);
            if (department != null) {
                query.setParameter("dept", department);
            }
        }
        Map<Long, List<CaseClock.Pause>> pauses = new HashMap<>();
        p.getResultStream().forEach(r -> pauses.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                .add(new CaseClock.Pause((LocalDate) r[1], (LocalDate) r[2])));
        return q.getResultStream().map(r -> new CaseFacts((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (CaseStatus) r[6], (LocalDate) r[7], (LocalDate) r[8], (LocalDate) r[9],
                (Integer) r[10], (Integer) r[11], pauses.get((Long) r[0]))).toList();
    }

    private WorkingCalendar calendar(List<CaseFacts> facts, LocalDate from, LocalDate to) {
        LocalDate earliest = facts.stream().map(CaseFacts::acceptedOn).filter(java.util.Objects::nonNull)
                .min(LocalDate::compareTo).orElse(from);
        return calendars.calendar(earliest.isBefore(from) ? earliest : from, to.plusYears(1));
    }

    private Function<String, String> labels(Grouping g, List<CaseFacts> facts) {
        return switch (g) {
            case DEPARTMENT -> {
                Map<String, String> names = center.departments().stream()
                        .collect(Collectors.toMap(Department::getCode, d -> d.getName().hant()));
                yield k -> names.getOrDefault(k, k);
            }
            case ITEM -> {
                Map<String, String> names = new HashMap<>();
                facts.forEach(c -> names.put(c.itemCode(), c.itemName()));
                yield k -> names.getOrDefault(k, k);
            }
            default -> k -> k;
        };
    }

    /** A chief representative always sees their own department only. */
    private String scope(String department) {
        StaffAccount me = em.createNamedQuery("StaffAccount.byLogin", StaffAccount.class)
                .setParameter("login", context.getCallerPrincipal().getName()).getResultStream().findFirst().orElse(null);
        if (me != null && me.getRole() == Role.CHIEF_REPRESENTATIVE) {
            return me.getDepartment().getCode();
        }
        return department == null || department.isBlank() ? null : department.strip();
    }

    static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new SupervisionException("metrics.periodRequired");
        }
        if (to.isBefore(from)) {
            throw new SupervisionException("metrics.periodReversed", from.toString(), to.toString());
        }
        if (from.plusDays(MAX_PERIOD_DAYS).isBefore(to)) {
            throw new SupervisionException("metrics.periodTooLong", 3);
        }
    }
}
