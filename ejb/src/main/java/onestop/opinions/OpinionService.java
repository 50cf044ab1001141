package onestop.opinions;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import onestop.audit.AuditService;
import onestop.calendar.CalendarService;
import onestop.casework.CaseAccess;
import onestop.casework.Staff;
import onestop.center.CenterRepository;
import onestop.center.Department;
import onestop.common.CenterTime;
import onestop.common.Text;
import onestop.disclosure.PublicException;
import onestop.opinions.OpinionViews.DeadlineView;
import onestop.opinions.OpinionViews.OpinionForm;
import onestop.opinions.OpinionViews.PublicOpinion;
import onestop.opinions.OpinionViews.Receipt;
import onestop.opinions.OpinionViews.StaffOpinion;
import onestop.security.Role;
import onestop.security.Roles;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Opinions from the public and their replies. Anyone submits one and reads it back by its
 * tracking number; the staff of the department it is routed to (center management for those
 * addressed to the center) reply and close; supervisors read all. Center management sets the
 * reply deadline of each category. {@link #markLate} notices the opinions past their deadline.
 */
@Stateless
@RolesAllowed({Roles.CLERK, Roles.CHIEF_REPRESENTATIVE, Roles.CENTER_ADMIN, Roles.SUPERVISOR})
public class OpinionService {
    /** Tracking numbers: "Y" (意見), then 11 characters without look-alikes, e.g. {@code Y7KQ4-M9TX2-P}. */
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final Pattern TRACKING = Pattern.compile("Y[2-9A-HJ-KMNP-Z]{4}-[2-9A-HJ-KMNP-Z]{4}-[2-9A-HJ-KMNP-Z]{3}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CalendarService calendar;

    @EJB
    private CaseAccess access;

    @EJB
    private AuditService audit;

    @Inject
    private CenterRepository center;

    @Inject
    private Event<OpinionLate> late;

    @jakarta.annotation.Resource
    private jakarta.ejb.SessionContext context;

    // ---------------------------------------------------------------- the public

    /** Registers an opinion: checked, given its tracking number and its reply deadline. */
    @PermitAll
    public Receipt submit(OpinionForm form) {
        if (form == null || form.category() == null) {
            throw new PublicException("opinion.categoryRequired");
        }
        String text = form.text() == null ? "" : form.text().strip();
        if (text.isEmpty()) {
            throw new PublicException("opinion.textRequired");
        }
        if (text.length() > Opinion.MAX_TEXT) {
            throw new PublicException("opinion.textTooLong", Opinion.MAX_TEXT, text.length());
        }
        String contact = form.contact() == null || form.contact().isBlank() ? null : form.contact().strip();
        if (contact != null && contact.length() > Opinion.MAX_CONTACT) {
            throw new PublicException("opinion.contactTooLong", Opinion.MAX_CONTACT);
        }
        String department = form.departmentCode() == null || form.departmentCode().isBlank() ? null
                : form.departmentCode().strip().toUpperCase(Locale.ROOT);
        if (department != null && center.department(department).filter(Department::isActive).isEmpty()) {
            throw new PublicException("opinion.departmentInvalid");
        }
        int days = deadline(form.category()).getWorkingDays();
        Instant now = now();
        LocalDate today = CenterTime.dayOf(now);
        Opinion o = new Opinion(newTrackingNumber(), form.category(), department, text, contact, now, today, days,
                calendar.deadline(today, days));
        em.persist(o);
        return new Receipt(o.getTrackingNumber(), o.getCategory(), o.getReplyDue(), days);
    }

    /** An opinion by its tracking number: the text, its state and the reply; {@code opinion.unknown} otherwise. */
    @PermitAll
    public PublicOpinion status(String trackingNumber) {
        Opinion o = byTracking(normalizeTracking(trackingNumber), LockModeType.NONE);
        return new PublicOpinion(o.getTrackingNumber(), o.getCategory(), o.getDepartmentCode(),
                departmentName(o.getDepartmentCode()), o.getSubmittedOn(), o.getBody(), o.getStatus(), o.getReplyDue(),
                o.getReply(), o.getRepliedOn());
    }

    public static String normalizeTracking(String trackingNumber) {
        String t = trackingNumber == null ? "" : trackingNumber.strip().toUpperCase(Locale.ROOT);
        if (t.isEmpty()) {
            throw new PublicException("opinion.trackingRequired");
        }
        if (!TRACKING.matcher(t).matches()) {
            throw new PublicException("opinion.trackingMalformed");
        }
        return t;
    }

    // ---------------------------------------------------------------- the workbench

    /** The caller's opinions: their department's (or, for management, the center's); supervisors and management see all. */
    public List<StaffOpinion> queue(boolean openOnly) {
        Staff staff = access.caller();
        String jpql = "select o from Opinion o where 1 = 1"
                + (openOnly ? " and o.status <> onestop.opinions.OpinionStatus.CLOSED" : "")
                + (seesAll(staff) ? "" : " and o.departmentCode = :department")
                + " order by o.replyDue, o.id";
        var query = em.createQuery(jpql, Opinion.class).setMaxResults(500);
        if (!seesAll(staff)) {
            query.setParameter("department", staff.departmentCode());
        }
        Map<String, Text> names = departmentNames();
        LocalDate today = CenterTime.today();
        return query.getResultList().stream().map(o -> staffView(o, names, today)).toList();
    }

    public StaffOpinion find(String trackingNumber) {
        Staff staff = access.caller();
        Opinion o = byTracking(normalizeTracking(trackingNumber), LockModeType.NONE);
        if (!mayRead(staff, o)) {
            throw new PublicException("opinion.unknown");
        }
        return staffView(o, departmentNames(), CenterTime.today());
    }

    /** The reply, by the staff of the routed department; shown to whoever holds the tracking number. */
    @RolesAllowed({Roles.CLERK, Roles.CHIEF_REPRESENTATIVE, Roles.CENTER_ADMIN})
    public StaffOpinion answer(String trackingNumber, Long expectedVersion, String reply) {
        Staff staff = access.caller();
        String text = required(reply, Opinion.MAX_TEXT, "opinion.replyRequired");
        Opinion o = actionable(staff, trackingNumber, expectedVersion);
        if (o.getStatus() != OpinionStatus.OPEN) {
            throw new PublicException("opinion.stateConflict", o.getTrackingNumber());
        }
        Instant now = now();
        o.answer(text, now, CenterTime.dayOf(now), staff.login());
        em.flush(); // the view carries the new version, for closing next
        audit.record("OPINION_ANSWERED", "Opinion", o.getTrackingNumber(),
                o.getCategory() + (o.isRepliedLate() ? " late, due " + o.getReplyDue() : " on time"));
        return staffView(o, departmentNames(), CenterTime.today());
    }

    /** Closes an answered opinion (with an optional note), or an open one that was answered in person (note required). */
    @RolesAllowed({Roles.CLERK, Roles.CHIEF_REPRESENTATIVE, Roles.CENTER_ADMIN})
    public StaffOpinion close(String trackingNumber, Long expectedVersion, String note) {
        Staff staff = access.caller();
        Opinion o = actionable(staff, trackingNumber, expectedVersion);
        if (o.getStatus() == OpinionStatus.CLOSED) {
            throw new PublicException("opinion.stateConflict", o.getTrackingNumber());
        }
        String n = note == null || note.isBlank() ? null : required(note, 1000, "opinion.noteRequired");
        Instant now = now();
        if (o.getStatus() == OpinionStatus.OPEN) {
            // answered in person (當面答復): the note is the reply the public sees
            o.answer(required(note, 1000, "opinion.noteRequired"), now, CenterTime.dayOf(now), staff.login());
        }
        o.close(n, now, staff.login());
        em.flush();
        audit.record("OPINION_CLOSED", "Opinion", o.getTrackingNumber(), n);
        return staffView(o, departmentNames(), CenterTime.today());
    }

    /** The reply deadline of each category. */
    @PermitAll
    public List<DeadlineView> deadlines() {
        List<DeadlineView> all = new ArrayList<>();
        for (OpinionCategory c : OpinionCategory.values()) {
            ReplyDeadline d = deadline(c);
            all.add(new DeadlineView(c, d.getWorkingDays(), d.getUpdatedBy(), d.getUpdatedAt(), d.getVersion()));
        }
        return all;
    }

    /** Center management sets a category's reply deadline; opinions already registered keep theirs. */
    @RolesAllowed(Roles.CENTER_ADMIN)
    public List<DeadlineView> setDeadline(OpinionCategory category, int workingDays) {
        if (category == null) {
            throw new PublicException("opinion.categoryRequired");
        }
        if (workingDays < ReplyDeadline.MIN_DAYS || workingDays > ReplyDeadline.MAX_DAYS) {
            throw new PublicException("opinion.deadlineDays", ReplyDeadline.MIN_DAYS, ReplyDeadline.MAX_DAYS);
        }
        ReplyDeadline d = em.find(ReplyDeadline.class, category, LockModeType.PESSIMISTIC_WRITE);
        int before = d.getWorkingDays();
        d.change(workingDays, context.getCallerPrincipal().getName(), now());
        audit.record("OPINION_DEADLINE_CHANGED", "OpinionCategory", category.name(), before + " → " + workingDays);
        return deadlines();
    }

    /**
     * Notices the opinions still unanswered after their deadline, as of {@code today}: each gets
     * {@code lateSince} and raises one {@link OpinionLate} (run hourly by {@link OpinionSchedule}).
     */
    @PermitAll
    public List<String> markLate(LocalDate today) {
        List<Opinion> overdue = em.createNamedQuery("Opinion.overdue", Opinion.class).setParameter("today", today)
                .setMaxResults(500).getResultList();
        for (Opinion o : overdue) {
            o.markLate(today);
            late.fire(new OpinionLate(o.getTrackingNumber(), o.getCategory(), o.getDepartmentCode(), o.getReplyDue(), today));
        }
        return overdue.stream().map(Opinion::getTrackingNumber).toList();
    }

    // ---------------------------------------------------------------- helpers

    private static boolean seesAll(Staff staff) {
        return staff.role() == Role.SUPERVISOR || staff.role() == Role.CENTER_ADMIN;
    }

    private static boolean mayRead(Staff staff, Opinion o) {
        return seesAll(staff) || (o.getDepartmentCode() != null && o.getDepartmentCode().equals(staff.departmentCode()));
    }

    private Opinion actionable(Staff staff, String trackingNumber, Long expectedVersion) {
        Opinion o = byTracking(normalizeTracking(trackingNumber), LockModeType.PESSIMISTIC_WRITE);
        if (!mayRead(staff, o)) {
            throw new PublicException("opinion.unknown");
        }
        boolean routedHere = o.getDepartmentCode() == null ? staff.role() == Role.CENTER_ADMIN
                : staff.actsFor(o.getDepartmentCode());
        if (!routedHere) {
            throw new PublicException("opinion.actionForbidden");
        }
        if (expectedVersion != null && expectedVersion != o.getVersion()) {
            throw new PublicException("opinion.editConflict", o.getTrackingNumber());
        }
        return o;
    }

    private Opinion byTracking(String tracking, LockModeType lock) {
        return em.createNamedQuery("Opinion.byTracking", Opinion.class).setParameter("tracking", tracking)
                .setLockMode(lock).getResultStream().findFirst()
                .orElseThrow(() -> new PublicException("opinion.unknown"));
    }

    private ReplyDeadline deadline(OpinionCategory category) {
        ReplyDeadline d = em.find(ReplyDeadline.class, category);
        if (d == null) {
            throw new IllegalStateException("no reply deadline for " + category);
        }
        return d;
    }

    private StaffOpinion staffView(Opinion o, Map<String, Text> names, LocalDate today) {
        return new StaffOpinion(o.getTrackingNumber(), o.getCategory(), o.getDepartmentCode(),
                o.getDepartmentCode() == null ? null : names.get(o.getDepartmentCode()), o.getSubmittedAt(),
                o.getSubmittedOn(), o.getBody(), o.getContact(), o.getStatus(), o.getReplyDue(), o.isOverdue(today),
                o.getReply(), o.getRepliedOn(), o.getRepliedBy(), o.isRepliedLate(), o.getCloseNote(), o.getVersion());
    }

    private Map<String, Text> departmentNames() {
        return center.departments().stream()
                .collect(Collectors.toMap(Department::getCode, d -> Text.of(d.getName()), (a, b) -> a));
    }

    private Text departmentName(String code) {
        return code == null ? null : center.department(code).map(d -> Text.of(d.getName())).orElse(null);
    }

    private String newTrackingNumber() {
        for (int attempt = 0; attempt < 5; attempt++) {
            String t = "Y" + random(4) + "-" + random(4) + "-" + random(3);
            if (em.createNamedQuery("Opinion.byTracking", Opinion.class).setParameter("tracking", t).getResultList().isEmpty()) {
                return t;
            }
        }
        throw new IllegalStateException("no free tracking number");
    }

    private static String random(int length) {
        char[] c = new char[length];
        for (int i = 0; i < length; i++) {
            c[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(c);
    }

    private static String required(String value, int max, String key) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new PublicException(key);
        }
        if (v.length() > max) {
            throw new PublicException("opinion.textTooLong", max, v.length());
        }
        return v;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
