package onestop.supervision;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import onestop.calendar.CalendarService;
import onestop.calendar.WorkingCalendar;
import onestop.casework.CaseStatus;
import onestop.center.CenterRepository;
import onestop.center.Department;
import onestop.center.Hall;
import onestop.common.CenterTime;
import onestop.common.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public board of a hall (大廳顯示屏), read with no login: per department, today's intake, the
 * cases in progress, those due soon and those overdue. Counts only; nothing that names a case or
 * an applicant leaves this class. "Due soon" and "overdue" follow the yellow and red cards: a case
 * in review whose deadline is within the warning margin (the item's own, else the center's), or
 * already past; a suspended case's clock is stopped, so it is in progress but neither.
 */
@Stateless
@PermitAll
public class HallBoard {
    @PersistenceContext
    private EntityManager em;

    @EJB
    private CalendarService calendars;

    @Inject
    private CenterRepository center;

    /** The board of a hall as of today; empty for an unknown hall. */
    public Optional<HallBoardView> board(String hallCode) {
        return board(hallCode, CenterTime.today());
    }

    /** The board of a hall as of {@code day} (what the screen showed or will show that day). */
    public Optional<HallBoardView> board(String hallCode, LocalDate day) {
        Optional<Hall> hall = hallCode == null ? Optional.empty() : center.hall(hallCode.strip());
        if (hall.isEmpty()) {
            return Optional.empty();
        }
        String code = hall.get().getCode();
        Map<String, Counter> counters = new LinkedHashMap<>();
        for (Department d : center.departments()) {
            if (d.isActive() && d.getHall() != null && code.equals(d.getHall().getCode())) {
                counters.put(d.getCode(), new Counter(d.getCode(), Text.of(d.getName())));
            }
        }
        if (!counters.isEmpty()) {
            count(counters, day);
        }
        List<HallBoardView.Row> rows = counters.values().stream().map(Counter::row).toList();
        HallBoardView.Row total = new HallBoardView.Row(null, Text.of(hall.get().getName()),
                rows.stream().mapToInt(HallBoardView.Row::intakeToday).sum(),
                rows.stream().mapToInt(HallBoardView.Row::inProgress).sum(),
                rows.stream().mapToInt(HallBoardView.Row::dueSoon).sum(),
                rows.stream().mapToInt(HallBoardView.Row::overdue).sum());
        return Optional.of(new HallBoardView(code, Text.of(hall.get().getName()), day, Instant.now(), rows, total));
    }

    private void count(Map<String, Counter> counters, LocalDate day) {
        int defaultMargin = em.find(SupervisionSetting.class, SupervisionSetting.ID).getMarginDays();
        Map<String, Integer> margins = new HashMap<>();
        em.createQuery("select m from ItemAlertMargin m", ItemAlertMargin.class).getResultStream()
                .forEach(m -> margins.put(m.getItemCode(), m.getMarginDays()));
        WorkingCalendar calendar = calendars.calendar(day, day.plusYears(1));
        em.createQuery("select c.departmentCode, c.itemCode, c.status, c.receivedOn, c.deadline from CaseFile c"
                        + " where c.departmentCode in :departments and (c.status in :open or c.receivedOn = :day)",
                        Object[].class)
                .setParameter("departments", counters.keySet()).setParameter("open", CaseStatus.OPEN)
                .setParameter("day", day).getResultStream()
                .forEach(r -> {
                    Counter counter = counters.get((String) r[0]);
                    CaseStatus status = (CaseStatus) r[2];
                    LocalDate deadline = (LocalDate) r[4];
                    if (day.equals(r[3])) {
                        counter.intake++;
                    }
                    if (CaseStatus.OPEN.contains(status)) {
                        counter.open++;
                    }
                    if (status == CaseStatus.IN_REVIEW && deadline != null) {
                        if (day.isAfter(deadline)) {
                            counter.overdue++;
                        } else if (calendar.workingDaysBetween(day, deadline)
                                <= margins.getOrDefault((String) r[1], defaultMargin)) {
                            counter.dueSoon++;
                        }
                    }
                });
    }

    private static final class Counter {
        private final String code;
        private final Text name;
        private int intake;
        private int open;
        private int dueSoon;
        private int overdue;

        Counter(String code, Text name) {
            this.code = code;
            this.name = name;
        }

        HallBoardView.Row row() {
            return new HallBoardView.Row(code, name, intake, open, dueSoon, overdue);
        }
    }
}
