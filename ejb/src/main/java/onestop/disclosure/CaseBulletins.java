package onestop.disclosure;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import onestop.calendar.CalendarService;
import onestop.casework.CaseChanged;
import onestop.casework.CaseFile;
import onestop.center.CenterRepository;
import onestop.center.Department;
import onestop.common.CenterTime;
import onestop.common.Text;
import onestop.disclosure.DisclosureViews.BulletinPage;
import onestop.disclosure.DisclosureViews.BulletinQuery;
import onestop.disclosure.DisclosureViews.BulletinView;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Published decisions (辦件公示). Observes the casework's {@link CaseChanged}: when a case is
 * decided (by the chief representative, or on the spot for 即辦 items) its bulletin is written,
 * due on the seventh working day after the decision on the center's calendar; when the result
 * is issued the bulletin is published at once. {@link #publishDue} (run by {@link BulletinSchedule}
 * every hour) publishes what is due and not yet out, so no decision waits longer than the rule allows.
 */
@Stateless
@PermitAll
public class CaseBulletins {
    /** Timeline actions after which a case may carry a decision. */
    static final Set<String> DECIDING = Set.of("DECIDED", "HANDLED_ON_THE_SPOT");
    /** Timeline actions after which the applicant has the result: the bulletin goes out. */
    static final Set<String> RELEASING = Set.of("ISSUED", "HANDLED_ON_THE_SPOT", "COLLECTED", "ARCHIVED");
    public static final int MAX_PAGE_SIZE = 100;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CalendarService calendar;

    @Inject
    private CenterRepository center;

    /** Runs in the transaction of the case step: a failure here would undo the step, so it only writes rows. */
    public void caseChanged(@Observes CaseChanged change) {
        boolean deciding = DECIDING.contains(change.action());
        boolean releasing = RELEASING.contains(change.action());
        if (!deciding && !releasing) {
            return;
        }
        CaseBulletin bulletin = ofCase(change.caseId());
        if (bulletin == null && deciding) {
            CaseFile c = em.find(CaseFile.class, change.caseId());
            if (c == null || c.getDecision() == null) {
                return;
            }
            bulletin = new CaseBulletin(c.getId(), c.getNumber(), c.getItemCode(), c.getItemName(),
                    c.getDepartmentCode(), c.getApplicant().publicName(), c.getDecision(), c.getDecidedOn(),
                    dueOn(c.getDecidedOn()), now());
            em.persist(bulletin);
        }
        if (bulletin != null && releasing) {
            Instant now = now();
            bulletin.publish(now, CenterTime.dayOf(now));
        }
    }

    /** The last day a decision of {@code decidedOn} may wait: seven working days later. */
    public LocalDate dueOn(LocalDate decidedOn) {
        return calendar.deadline(decidedOn, CaseBulletin.PUBLISH_WITHIN_DAYS);
    }

    /** Publishes every bulletin due on or before {@code today}; returns their case numbers. */
    public List<String> publishDue(LocalDate today) {
        List<CaseBulletin> due = em.createNamedQuery("CaseBulletin.due", CaseBulletin.class)
                .setParameter("today", today).setMaxResults(500).getResultList();
        Instant now = now();
        due.forEach(b -> b.publish(now, today));
        return due.stream().map(CaseBulletin::getCaseNumber).toList();
    }

    /** Whether the case's decision is out (for tests and the staff side); empty when it has none. */
    public java.util.Optional<LocalDate> publishedOn(String caseNumber) {
        return em.createQuery("select b from CaseBulletin b where b.caseNumber = :n", CaseBulletin.class)
                .setParameter("n", caseNumber).getResultStream().findFirst().map(CaseBulletin::getPublishedOn);
    }

    /** The due day of a case's bulletin, when it has one. */
    public java.util.Optional<LocalDate> dueOn(String caseNumber) {
        return em.createQuery("select b from CaseBulletin b where b.caseNumber = :n", CaseBulletin.class)
                .setParameter("n", caseNumber).getResultStream().findFirst().map(CaseBulletin::getDueOn);
    }

    /** Published decisions, newest first, filtered by department, item (code or words of its name) and decision date. */
    public BulletinPage search(BulletinQuery query) {
        int size = Math.max(1, Math.min(MAX_PAGE_SIZE, query.pageSize()));
        int page = Math.max(0, query.page());
        StringBuilder where = new StringBuilder(" from CaseBulletin b where b.publishedAt is not null");
        Map<String, Object> params = new HashMap<>();
        if (query.departmentCode() != null && !query.departmentCode().isBlank()) {
            where.append(" and b.departmentCode = :department");
            params.put("department", query.departmentCode().strip());
        }
        if (query.itemText() != null && !query.itemText().isBlank()) {
            String text = query.itemText().strip();
            if (text.length() > 100) {
                throw new PublicException("bulletin.textTooLong", 100);
            }
            where.append(" and (upper(b.itemCode) = :code or b.itemName like :name escape '!')");
            params.put("code", text.toUpperCase(java.util.Locale.ROOT));
            params.put("name", "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (query.from() != null) {
            where.append(" and b.decidedOn >= :from");
            params.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and b.decidedOn <= :to");
            params.put("to", query.to());
        }
        if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
            throw new PublicException("bulletin.datesReversed");
        }
        TypedQuery<Long> count = em.createQuery("select count(b)" + where, Long.class);
        TypedQuery<CaseBulletin> rows = em.createQuery("select b" + where + " order by b.decidedOn desc, b.id desc",
                CaseBulletin.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        long total = count.getSingleResult();
        List<CaseBulletin> found = rows.setFirstResult(page * size).setMaxResults(size).getResultList();
        Map<String, Department> departments = center.departments().stream()
                .collect(Collectors.toMap(Department::getCode, Function.identity(), (a, b) -> a));
        List<BulletinView> views = found.stream().map(b -> {
            Department d = departments.get(b.getDepartmentCode());
            return new BulletinView(b.getCaseNumber(), b.getItemCode(), b.getItemName(), b.getDepartmentCode(),
                    d == null ? new Text(b.getDepartmentCode(), b.getDepartmentCode(), b.getDepartmentCode())
                            : Text.of(d.getName()),
                    b.getApplicantName(), b.getDecision().name(), b.getDecidedOn(), b.getPublishedOn());
        }).toList();
        return new BulletinPage(total, page, size, views);
    }

    /** The time of the newest publication, for the pages' and the API's Last-Modified; null when none. */
    public Instant lastPublished() {
        return em.createQuery("select max(b.publishedAt) from CaseBulletin b", Instant.class).getSingleResult();
    }

    private CaseBulletin ofCase(long caseId) {
        return em.createNamedQuery("CaseBulletin.ofCase", CaseBulletin.class).setParameter("caseId", caseId)
                .getResultStream().findFirst().orElse(null);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
