package onestop.web.supervision;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import onestop.supervision.AlertKind;
import onestop.supervision.AlertService;
import onestop.supervision.AlertStatus;
import onestop.supervision.AlertView;

import java.util.List;

/**
 * The open cards on the workbench's home page, so that they reach the chief representative (their
 * department's) and supervision (all) as soon as they log in. Read once per request, only where
 * the page asks (for those roles).
 */
@Named
@RequestScoped
public class AlertSummary {
    @EJB
    private AlertService alerts;

    private List<AlertView> open;

    private List<AlertView> open() {
        if (open == null) {
            open = alerts.list(true, null);
        }
        return open;
    }

    public long getRed() {
        return count(AlertKind.Card.RED);
    }

    public long getYellow() {
        return count(AlertKind.Card.YELLOW);
    }

    /** Cards still waiting for the department's explanation. */
    public long getUnexplained() {
        return open().stream().filter(a -> a.status() == AlertStatus.OPEN).count();
    }

    private long count(AlertKind.Card card) {
        return open().stream().filter(a -> a.card() == card).count();
    }
}
