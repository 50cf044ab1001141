package onestop.opinions;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import onestop.common.CenterTime;

import java.util.List;
import java.util.logging.Logger;

/** Every hour: the opinions past their reply deadline are marked late and raise {@link OpinionLate}. */
@Singleton
public class OpinionSchedule {
    private static final Logger LOG = Logger.getLogger(OpinionSchedule.class.getName());

    @EJB
    private OpinionService opinions;

    @Schedule(hour = "*", minute = "13", persistent = false, info = "late opinion replies")
    public void hourly() {
        List<String> late = opinions.markLate(CenterTime.today());
        if (!late.isEmpty()) {
            LOG.info(() -> "opinions past their reply deadline: " + late);
        }
    }
}
