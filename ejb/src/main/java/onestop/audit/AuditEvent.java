package onestop.audit;

/**
 * What happened, before it is numbered and chained: who did it, the action code (e.g.
 * {@code LOGIN_FAILED}), the object it touched, free details and the client's address.
 */
public record AuditEvent(String actor, String action, String objectType, String objectId, String details,
                         String clientAddress) {
    public AuditEvent {
        if (actor == null || actor.isBlank() || action == null || action.isBlank()) {
            throw new IllegalArgumentException("an audit event needs an actor and an action");
        }
        details = details == null ? null : truncate(details, 4000);
        objectId = objectId == null ? null : truncate(objectId, 100);
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
