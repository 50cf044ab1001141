package onestop.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import onestop.audit.AuditService;
import onestop.security.Roles;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The center's working-day calendar: anyone may ask for a deadline or read a year; center
 * management replaces a year's holidays and adjusted working days (from a form, JSON or an
 * iCalendar file), which is audited and announced with {@link CalendarChanged}.
 */
@Stateless
@PermitAll
public class CalendarService {
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditService audit;

    @Inject
    private Event<CalendarChanged> changed;

    /** The date N working days after {@code from}. */
    public LocalDate deadline(LocalDate from, int days) {
        if (from == null) {
            throw new CalendarException("calendar.dateRequired");
        }
        if (days < 0 || days > 999) {
            throw new CalendarException("calendar.daysOutOfRange", 999);
        }
        checkYear(from.getYear());
        return calendar(from, from.plusDays(WorkingCalendar.MAX_SPAN_DAYS)).addWorkingDays(from, days);
    }

    /** The calendar for a span of dates, for callers that compute many deadlines at once. */
    public WorkingCalendar calendar(LocalDate from, LocalDate to) {
        Map<LocalDate, DayKind> exceptions = new HashMap<>();
        em.createNamedQuery("CalendarDay.between", CalendarDay.class).setParameter("from", from).setParameter("to", to)
                .getResultList().forEach(d -> exceptions.put(d.getDay(), d.getKind()));
        return new WorkingCalendar(exceptions);
    }

    public List<CalendarEntry> year(int year) {
        checkYear(year);
        return em.createNamedQuery("CalendarDay.between", CalendarDay.class)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList().stream().map(d -> new CalendarEntry(d.getDay(), d.getKind(), d.getName())).toList();
    }

    public String yearAsIcs(int year) {
        return ICalendar.write(year, year(year));
    }

    /** Replaces every exception of a year. */
    @RolesAllowed(Roles.CENTER_ADMIN)
    public List<CalendarEntry> replaceYear(int year, List<CalendarEntry> entries) {
        checkYear(year);
        Set<LocalDate> seen = new HashSet<>();
        for (CalendarEntry e : entries) {
            if (e == null || e.day() == null || e.kind() == null) {
                throw new CalendarException("calendar.entryIncomplete");
            }
            if (e.day().getYear() != year) {
                throw new CalendarException("calendar.otherYear", e.day().toString(), String.valueOf(year));
            }
            if (!seen.add(e.day())) {
                throw new CalendarException("calendar.duplicateDay", e.day().toString());
            }
            boolean weekend = e.day().getDayOfWeek() == DayOfWeek.SATURDAY || e.day().getDayOfWeek() == DayOfWeek.SUNDAY;
            if (e.kind() == DayKind.WORKDAY && !weekend) {
                throw new CalendarException("calendar.workdayOnWeekday", e.day().toString());
            }
            if (e.name() == null || e.name().isBlank() || e.name().length() > 100) {
                throw new CalendarException("calendar.nameRequired", String.valueOf(e.day()));
            }
        }
        em.createNamedQuery("CalendarDay.deleteBetween").setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31)).executeUpdate();
        entries.forEach(e -> em.persist(new CalendarDay(e.day(), e.kind(), e.name().strip())));
        em.flush();
        long holidays = entries.stream().filter(e -> e.kind() == DayKind.HOLIDAY).count();
        audit.record("CALENDAR_CHANGED", "Calendar", Integer.toString(year),
                holidays + " holidays, " + (entries.size() - holidays) + " adjusted working days");
        changed.fire(new CalendarChanged(year));
        return year(year);
    }

    @RolesAllowed(Roles.CENTER_ADMIN)
    public List<CalendarEntry> replaceYearFromIcs(int year, String ics) {
        return replaceYear(year, ICalendar.read(ics == null ? "" : ics));
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new CalendarException("calendar.yearOutOfRange", String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
        }
    }
}
