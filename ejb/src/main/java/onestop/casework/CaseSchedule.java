package onestop.casework;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import onestop.calendar.CalendarService;
import onestop.calendar.WorkingCalendar;

import java.time.LocalDate;
import java.util.List;

/**
 * Every date a case owes on the working-day calendar, computed in one place: the correction window
 * after receipt, the case deadline (promised days plus an extension, suspensions not counted), the
 * due day of the running procedure step and of each open joint task. Called after every change of
 * the clock and, for all open cases, after the calendar changes.
 */
@Stateless
@PermitAll
public class CaseSchedule {
    @EJB
    private CalendarService calendars;

    public WorkingCalendar calendarFrom(LocalDate start) {
        return calendars.calendar(start.minusDays(1), start.plusYears(4));
    }

    public LocalDate correctionDue(LocalDate receivedOn) {
        return calendarFrom(receivedOn).addWorkingDays(receivedOn, CaseFile.CORRECTION_WINDOW_DAYS);
    }

    /** Recomputes the dates of a case from its facts (nothing else changes). */
    public void refresh(CaseFile c) {
        refresh(c, calendarFrom(c.getReceivedOn()));
    }

    /**
     * The calendar {@link #refresh(CaseFile, WorkingCalendar)} may use for every case received
     * between these days: read once for all of them (one query a case made recomputing thousands
     * of open cases quadratic, each query first checking every case loaded so far for changes).
     */
    public WorkingCalendar calendarForReceipts(LocalDate firstReceived, LocalDate lastReceived) {
        return calendars.calendar(firstReceived.minusDays(1), lastReceived.plusYears(4));
    }

    /** {@link #refresh(CaseFile)} with a calendar that covers the case's receipt and four years after it. */
    public void refresh(CaseFile c, WorkingCalendar calendar) {
        if (c.getStatus() == CaseStatus.RECEIVED || c.getStatus() == CaseStatus.AWAITING_CORRECTION) {
            c.setCorrectionDue(calendar.addWorkingDays(c.getReceivedOn(), CaseFile.CORRECTION_WINDOW_DAYS));
        }
        if (c.getAcceptedOn() == null || !CaseStatus.CLOCKED.contains(c.getStatus())) {
            return;
        }
        List<CaseClock.Pause> pauses = c.pauses();
        c.setDeadline(CaseClock.deadline(calendar, c.getAcceptedOn(), c.limitDays(), pauses));
        CaseStep step = c.currentStep();
        if (step != null) {
            step.setDueOn(CaseClock.deadline(calendar, step.getStartedOn(), step.getDays(), pauses));
        }
        for (JointTask t : c.getJointTasks()) {
            if (!t.isAnswered()) {
                t.setDueOn(CaseClock.deadline(calendar, t.getOpenedOn(), t.getLimitDays(), pauses));
            }
        }
    }

    public LocalDate due(CaseFile c, LocalDate start, int days) {
        return CaseClock.deadline(calendarFrom(start), start, days, c.pauses());
    }
}
