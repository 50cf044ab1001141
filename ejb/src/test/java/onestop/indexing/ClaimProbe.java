package onestop.indexing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Test access to the outbox table: the worker's claim, held open, and clean-up. */
@Stateless
@PermitAll
public class ClaimProbe {
    @PersistenceContext
    private EntityManager em;

    @EJB
    private IndexingOutbox outbox;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void enqueue(String kind, int rows) {
        for (int i = 1; i <= rows; i++) {
            outbox.enqueue(kind, "row-" + i);
        }
    }

    /** The claim the worker makes (same SQL), then keeps the rows locked for {@code holdMillis}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> claimAndHold(String kind, int max, long holdMillis) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM index_outbox WHERE kind = :kind AND done_at IS NULL "
                        + "ORDER BY id LIMIT " + max + " FOR UPDATE SKIP LOCKED")
                .setParameter("kind", kind).getResultList();
        try {
            Thread.sleep(holdMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ids.stream().map(Number::longValue).toList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void delete(String kind) {
        em.createNativeQuery("DELETE FROM index_outbox WHERE kind = :kind").setParameter("kind", kind).executeUpdate();
    }
}
