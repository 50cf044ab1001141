package onestop.indexing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One announced change of an indexed entity (table {@code index_outbox}). Written in the same
 * transaction as the change by {@link IndexingOutbox}; claimed, processed and marked done by
 * {@link OutboxProcessor} with plain SQL (row locks), never through this entity.
 */
@Entity
@Table(name = "index_outbox")
public class OutboxEntry {
    /** What the worker does with the entity. */
    public enum Operation {
        /** Load it and index it (or delete it from the index when its source no longer has it). */
        INDEX,
        /** Remove it from the index. */
        DELETE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(name = "entity_id", nullable = false, length = 200)
    private String entityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Operation operation;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(nullable = false)
    private int attempts;

    protected OutboxEntry() {
    }

    OutboxEntry(String kind, String entityId, Operation operation, Instant at) {
        this.kind = kind;
        this.entityId = entityId;
        this.operation = operation;
        this.createdAt = at;
        this.nextAttemptAt = at;
    }

    public Long getId() {
        return id;
    }
}
