package onestop.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * What an auditor narrows the trail to: a period [from, to) and, each optional, the actor (login),
 * the action, the object's type and the object's id, all matched exactly. Null or blank means any.
 */
public record AuditFilter(Instant from, Instant to, String actor, String action, String objectType, String objectId)
        implements Serializable {
    public AuditFilter {
        actor = clean(actor);
        action = clean(action);
        objectType = clean(objectType);
        objectId = clean(objectId);
    }

    public static AuditFilter any() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
