package onestop.casework;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;


/**
 * Case numbers. A number reads department, year and a six-digit sequence of that
 * department's year ({@code SCJ-2026-000042}): the sequence row is incremented under its row lock
 * in a transaction of its own, so numbers are unique across server nodes and windows of the same
 * department do not wait for each other's whole intake; an intake that is refused after taking
 * its number leaves a gap (numbers are unique and rising, not gapless). Query codes: {@link QueryCodes}.
 */
@Stateless
@PermitAll
public class CaseNumbers {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CaseNumbers self;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String next(String department, int year) {
        for (int attempt = 0; attempt < 2; attempt++) {
            int updated = em.createNativeQuery("UPDATE case_sequence SET next_value = next_value + 1"
                            + " WHERE department_code = ?1 AND seq_year = ?2")
                    .setParameter(1, department).setParameter(2, year).executeUpdate();
            if (updated == 1) {
                Number value = (Number) em.createNativeQuery("SELECT next_value FROM case_sequence"
                                + " WHERE department_code = ?1 AND seq_year = ?2")
                        .setParameter(1, department).setParameter(2, year).getSingleResult();
                return String.format("%s-%d-%06d", department, year, value.longValue());
            }
            try {
                self.startSequence(department, year);
            } catch (EJBException raceLost) {
                // another transaction created the row first: the update now finds it
            }
        }
        throw new IllegalStateException("no case number sequence for " + department + " " + year);
    }

    /** Creates the year's sequence in its own transaction; a node that loses the race finds it there. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void startSequence(String department, int year) {
        em.createNativeQuery("INSERT INTO case_sequence (department_code, seq_year, next_value) VALUES (?1, ?2, 0)")
                .setParameter(1, department).setParameter(2, year).executeUpdate();
    }
}
