package onestop.audit;

import java.io.Serializable;
import java.time.Instant;

/** An audit entry as views, exports and the API see it. */
public record AuditRecord(long seq, Instant occurredAt, String actor, String action, String objectType,
                          String objectId, String details, String clientAddress, String hash)
        implements Serializable {
    static AuditRecord of(AuditEntry e) {
        return new AuditRecord(e.getSeq(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getObjectType(),
                e.getObjectId(), e.getDetails(), e.getClientAddress(), e.getHash());
    }
}
