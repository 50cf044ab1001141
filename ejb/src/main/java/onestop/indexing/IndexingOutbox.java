package onestop.indexing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Collection;

/**
 * Announces changes of indexed entities. Call it inside the transaction that makes the change
 * ({@code MANDATORY}: without one it fails instead of writing a row nobody's change stands behind):
 * the row commits or rolls back with the change, so the index can never miss a committed change,
 * even when it is down at that moment. The worker applies the row within seconds.
 *
 * <pre>
 * &#64;EJB IndexingOutbox outbox;
 * ...
 * caseFile.accept(...);
 * outbox.enqueue("case", caseFile.getId().toString());
 * </pre>
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class IndexingOutbox {
    static final int MAX_KIND = 40;
    static final int MAX_ID = 200;

    @PersistenceContext
    private EntityManager em;

    /** The entity of that kind changed (or appeared): index its current state. */
    public void enqueue(String kind, String id) {
        add(kind, id, OutboxEntry.Operation.INDEX);
    }

    /** Several entities of one kind changed. */
    public void enqueueAll(String kind, Collection<String> ids) {
        for (String id : ids) {
            add(kind, id, OutboxEntry.Operation.INDEX);
        }
    }

    /** The entity is gone (or must vanish from search): remove it from the index. */
    public void enqueueDelete(String kind, String id) {
        add(kind, id, OutboxEntry.Operation.DELETE);
    }

    private void add(String kind, String id, OutboxEntry.Operation operation) {
        if (kind == null || kind.isBlank() || kind.length() > MAX_KIND) {
            throw new IllegalArgumentException("an outbox kind has 1 to " + MAX_KIND + " characters: " + kind);
        }
        if (id == null || id.isBlank() || id.length() > MAX_ID) {
            throw new IllegalArgumentException("an outbox entity id has 1 to " + MAX_ID + " characters: " + id);
        }
        em.persist(new OutboxEntry(kind, id, operation, Instant.now()));
    }
}
