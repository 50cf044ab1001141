package onestop.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One entry of the append-only audit trail. Entries are numbered without gaps and each carries
 * the SHA-256 of its own fields and of the previous entry's hash, so an entry edited, deleted or
 * inserted afterwards breaks the chain ({@link AuditChain}). The class has no setters and the
 * code no update or delete path.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.fromSeq", query = "select e from AuditEntry e where e.seq >= :from order by e.seq")
@NamedQuery(name = "AuditEntry.between",
        query = "select e from AuditEntry e where e.occurredAt >= :from and e.occurredAt < :to order by e.seq")
@NamedQuery(name = "AuditEntry.ofObject",
        query = "select e from AuditEntry e where e.objectType = :type and e.objectId = :id order by e.seq")
@NamedQuery(name = "AuditEntry.latest", query = "select e from AuditEntry e order by e.seq desc")
public class AuditEntry {
    @Id
    private long seq;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60)
    private String actor;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "object_type", length = 60)
    private String objectType;

    @Column(name = "object_id", length = 100)
    private String objectId;

    @Column(length = 4000)
    private String details;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEntry() {
    }

    AuditEntry(long seq, Instant occurredAt, AuditEvent event, String prevHash) {
        this.seq = seq;
        this.occurredAt = occurredAt;
        this.actor = event.actor();
        this.action = event.action();
        this.objectType = event.objectType();
        this.objectId = event.objectId();
        this.details = event.details();
        this.clientAddress = event.clientAddress();
        this.prevHash = prevHash;
        this.hash = AuditChain.hash(seq, occurredAt, event, prevHash);
    }

    AuditEvent event() {
        return new AuditEvent(actor, action, objectType, objectId, details, clientAddress);
    }

    public long getSeq() {
        return seq;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public String getDetails() {
        return details;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}
