package onestop.disclosure;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import onestop.common.CenterTime;

import java.util.List;
import java.util.logging.Logger;

/**
 * Every hour: publishes the decisions whose seventh working day has come, and forgets old wrong
 * query codes. Safe on several nodes: a bulletin is published once (a second node finds it out).
 */
@Singleton
public class BulletinSchedule {
    private static final Logger LOG = Logger.getLogger(BulletinSchedule.class.getName());

    @EJB
    private CaseBulletins bulletins;

    @EJB
    private LookupThrottle throttle;

    @Schedule(hour = "*", minute = "11", persistent = false, info = "publish due decisions")
    public void hourly() {
        List<String> published = bulletins.publishDue(CenterTime.today());
        if (!published.isEmpty()) {
            LOG.info(() -> "published on their due day: " + published);
        }
        throttle.forgetOld();
    }
}
