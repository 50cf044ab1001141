package onestop.supervision;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import onestop.common.CenterTime;

import java.util.List;
import java.util.logging.Logger;

/** Runs the alert scan every 15 minutes, on the first node that claims the turn. */
@Singleton
public class SupervisionJobs {
    private static final Logger LOG = Logger.getLogger(SupervisionJobs.class.getName());

    @EJB
    private AlertScanner scanner;

    @Schedule(hour = "*", minute = "*/15", persistent = false, info = "e-supervision alert scan")
    public void scan() {
        if (!scanner.claim(java.time.Instant.now())) {
            return;                                      // another node scans now or has just done so
        }
        List<SupervisionAlert> raised = scanner.scan(CenterTime.today());
        if (!raised.isEmpty()) {
            LOG.info(() -> raised.size() + " e-supervision alerts raised");
        }
    }
}
