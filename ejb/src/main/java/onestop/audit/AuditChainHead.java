package onestop.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the chain: the last sequence number and hash. Writers lock this one row
 * ({@code PESSIMISTIC_WRITE}) for the rest of their transaction, so appends are serialised across
 * threads and server nodes and the chain never forks.
 */
@Entity
@Table(name = "audit_chain_head")
class AuditChainHead {
    static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
    }

    long lastSeq() {
        return lastSeq;
    }

    String lastHash() {
        return lastHash;
    }

    void advance(AuditEntry entry) {
        this.lastSeq = entry.getSeq();
        this.lastHash = entry.getHash();
    }
}
