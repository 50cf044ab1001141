package onestop.disclosure;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * Slows down the guessing of query codes, in the database so that every server node sees the
 * same counts: a wrong code is written down for its case number and for the client's address
 * (as a hash). Within {@link #WINDOW} a number takes {@link #PER_NUMBER} wrong codes and an
 * address {@link #PER_ADDRESS}; after that every look-up of that number, or from that address,
 * is refused until the oldest failure leaves the window, even with the right code.
 */
@Stateless
@PermitAll
public class LookupThrottle {
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final int PER_NUMBER = 5;
    public static final int PER_ADDRESS = 20;

    @PersistenceContext
    private EntityManager em;

    /** Refuses ({@code progress.attemptsTooMany}) when the number or the address used up its wrong codes. */
    public void check(String number, String address) {
        Instant now = Instant.now();
        Instant since = now.minus(WINDOW);
        long wait = Math.max(waitFor(numberKey(number), PER_NUMBER, since), waitFor(addressKey(address), PER_ADDRESS, since));
        if (wait > 0) {
            throw new PublicException("progress.attemptsTooMany", Math.max(1, (wait + 59) / 60));
        }
    }

    /** Seconds until the subject may try again, 0 when it may now. */
    private long waitFor(String subject, int limit, Instant since) {
        var times = em.createQuery("select f.failedAt from LookupFailure f where f.subject = :s and f.failedAt > :since"
                        + " order by f.failedAt desc", Instant.class)
                .setParameter("s", subject).setParameter("since", since).setMaxResults(limit).getResultList();
        if (times.size() < limit) {
            return 0;
        }
        Instant free = times.get(limit - 1).plus(WINDOW);
        return Math.max(0, Duration.between(Instant.now(), free).toSeconds());
    }

    /** Writes a wrong code down, in a transaction of its own: the refusal that follows rolls back the caller's. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(String number, String address) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        em.persist(new LookupFailure(numberKey(number), now));
        em.persist(new LookupFailure(addressKey(address), now));
    }

    /** Forgets failures older than a day (run by {@link BulletinSchedule}). */
    public int forgetOld() {
        return em.createQuery("delete from LookupFailure f where f.failedAt < :before")
                .setParameter("before", Instant.now().minus(Duration.ofDays(1))).executeUpdate();
    }

    static String numberKey(String number) {
        return "case:" + number;
    }

    static String addressKey(String address) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("onestop-client:" + (address == null ? "" : address)).getBytes(StandardCharsets.UTF_8));
            return "addr:" + HexFormat.of().formatHex(hash, 0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
