package onestop.platform;

import java.io.Serializable;
import java.util.Map;

/**
 * The state of each part: {@code UP} or {@code DOWN} with a reason. The whole is {@code DOWN} when
 * an essential part is (the database, the document store: the center cannot take cases), and
 * {@code DEGRADED} when only an optional one is: with the search index down, intake, payments and
 * every other transaction go on (changes wait in the outbox), so the node must stay in the load
 * balancer: {@code DEGRADED} answers 200, {@code DOWN} 503.
 */
public record HealthReport(Map<String, Check> checks) implements Serializable {
    public static final String UP = "UP";
    public static final String DOWN = "DOWN";
    public static final String DEGRADED = "DEGRADED";

    public String status() {
        boolean essentialDown = checks.values().stream().anyMatch(c -> c.essential() && DOWN.equals(c.status()));
        if (essentialDown) {
            return DOWN;
        }
        return checks.values().stream().allMatch(c -> UP.equals(c.status())) ? UP : DEGRADED;
    }

    /** True unless an essential part is down. */
    public boolean up() {
        return !DOWN.equals(status());
    }

    /**
     * @param essential  whether the center cannot work without it
     * @param backlog    for the search index: changes not yet indexed (null elsewhere)
     * @param lagSeconds for the search index: age of the oldest change not yet indexed (null elsewhere)
     */
    public record Check(String status, String detail, boolean essential, Long backlog, Long lagSeconds)
            implements Serializable {
        static Check up(String detail) {
            return new Check(UP, detail, true, null, null);
        }

        static Check down(String reason) {
            return new Check(DOWN, reason, true, null, null);
        }
    }
}
