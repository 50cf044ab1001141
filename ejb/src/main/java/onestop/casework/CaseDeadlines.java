package onestop.casework;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import onestop.calendar.CalendarChanged;
import onestop.common.CenterTime;

import java.util.List;
import java.util.logging.Logger;

/**
 * Keeps the case clock true without anyone asking: every morning (and each hour, in case a node
 * was down at dawn) the five-working-day rule turns unanswered applications into accepted ones;
 * when center management changes the calendar, the dates of every open case are recomputed in the
 * same transaction. Safe on several nodes: each case is locked and re-checked before it changes.
 */
@Singleton
public class CaseDeadlines {
    private static final Logger LOG = Logger.getLogger(CaseDeadlines.class.getName());

    @EJB
    private CaseService cases;

    @Schedule(hour = "*", minute = "7", persistent = false, info = "deemed acceptance")
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void deemedAcceptance() {
        List<String> accepted = cases.applyDeemedAcceptance(CenterTime.today());
        if (!accepted.isEmpty()) {
            LOG.info(() -> "deemed accepted (no correction notice within 5 working days): " + accepted);
        }
    }

    public void calendarChanged(@Observes CalendarChanged change) {
        int changed = cases.recomputeOpenCases();
        LOG.info(() -> "calendar " + change.year() + " changed: deadlines of " + changed + " open cases moved");
    }
}
