package onestop.platform;

import java.io.Serializable;
import java.util.Map;

/** The state of each part: {@code UP} or {@code DOWN} with a reason; the whole is UP only if every part is. */
public record HealthReport(Map<String, Check> checks) implements Serializable {
    public static final String UP = "UP";
    public static final String DOWN = "DOWN";

    public String status() {
        return checks.values().stream().allMatch(c -> UP.equals(c.status())) ? UP : DOWN;
    }

    public boolean up() {
        return UP.equals(status());
    }

    public record Check(String status, String detail) implements Serializable {
        static Check up(String detail) {
            return new Check(UP, detail);
        }

        static Check down(String reason) {
            return new Check(DOWN, reason);
        }
    }
}
