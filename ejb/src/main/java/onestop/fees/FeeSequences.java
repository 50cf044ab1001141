package onestop.fees;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/**
 * Numbers of notices and receipts, and the cashiers' till rows. A sequence row is incremented
 * under its row lock in a transaction of its own (as case numbers are), so numbers are unique
 * across nodes and one window's notice does not wait for another's PDF; a refused notice leaves a
 * gap. A till row is created once per cashier, also in its own transaction (the loser of a race
 * finds the winner's row).
 */
@Stateless
@PermitAll
public class FeeSequences {
    static final String NOTICE = "NOTICE";
    static final String RECEIPT = "RECEIPT";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private FeeSequences self;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long next(String kind, int year) {
        for (int attempt = 0; attempt < 2; attempt++) {
            int updated = em.createNativeQuery("UPDATE fee_sequence SET next_value = next_value + 1"
                            + " WHERE seq_kind = ?1 AND seq_year = ?2")
                    .setParameter(1, kind).setParameter(2, year).executeUpdate();
            if (updated == 1) {
                return ((Number) em.createNativeQuery("SELECT next_value FROM fee_sequence"
                                + " WHERE seq_kind = ?1 AND seq_year = ?2")
                        .setParameter(1, kind).setParameter(2, year).getSingleResult()).longValue();
            }
            try {
                self.startSequence(kind, year);
            } catch (EJBException raceLost) {
                // another transaction created the row first: the update now finds it
            }
        }
        throw new IllegalStateException("no fee sequence " + kind + " " + year);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void startSequence(String kind, int year) {
        em.createNativeQuery("INSERT INTO fee_sequence (seq_kind, seq_year, next_value) VALUES (?1, ?2, 0)")
                .setParameter(1, kind).setParameter(2, year).executeUpdate();
    }

    /** The cashier's till row, locked for the rest of the caller's transaction. */
    public CashierTill lockedTill(String cashier) {
        CashierTill till = em.find(CashierTill.class, cashier, LockModeType.PESSIMISTIC_WRITE);
        if (till != null) {
            return till;
        }
        try {
            self.openTill(cashier);
        } catch (EJBException raceLost) {
            // another transaction opened it first
        }
        return em.find(CashierTill.class, cashier, LockModeType.PESSIMISTIC_WRITE);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void openTill(String cashier) {
        em.persist(new CashierTill(cashier, Instant.now()));
        em.flush();
    }
}
