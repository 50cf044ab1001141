package onestop.indexing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import onestop.common.OnestopException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The table {@code index_rebuild}: one row per full rebuild, each change committed at once so the
 * admin page sees the progress. A rebuild that is still RUNNING after {@link #STALE} is taken for
 * dead (its node stopped) and no longer blocks a new one.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RebuildLog {
    static final Duration STALE = Duration.ofHours(6);

    @PersistenceContext
    private EntityManager em;

    /** Records a new RUNNING rebuild; refused while another one runs. */
    public long start(String requestedBy) {
        Instant now = Instant.now();
        em.createNativeQuery("UPDATE index_rebuild SET outcome = 'FAILED', finished_at = :now, detail = 'abandoned' "
                        + "WHERE outcome = 'RUNNING' AND started_at < :stale")
                .setParameter("now", now).setParameter("stale", now.minus(STALE)).executeUpdate();
        Number running = (Number) em.createNativeQuery("SELECT COUNT(*) FROM index_rebuild WHERE outcome = 'RUNNING'")
                .getSingleResult();
        if (running.longValue() > 0) {
            throw new OnestopException("indexing.rebuildRunning");
        }
        em.createNativeQuery("INSERT INTO index_rebuild (requested_by, started_at, documents, outcome) "
                        + "VALUES (:by, :now, 0, 'RUNNING')")
                .setParameter("by", requestedBy).setParameter("now", now).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT MAX(id) FROM index_rebuild WHERE requested_by = :by")
                .setParameter("by", requestedBy).getSingleResult()).longValue();
    }

    public void progress(long id, long documents) {
        em.createNativeQuery("UPDATE index_rebuild SET documents = :n WHERE id = :id")
                .setParameter("n", documents).setParameter("id", id).executeUpdate();
    }

    /**
     * A rebuild that stopped with its application: FAILED, its progress kept. Plain JDBC on the
     * server's data source, because it runs while the application's components are stopping.
     */
    static void interrupted(javax.sql.DataSource data, long id, String detail) throws java.sql.SQLException {
        try (java.sql.Connection c = data.getConnection();
             java.sql.PreparedStatement update = c.prepareStatement("UPDATE index_rebuild SET outcome = 'FAILED', "
                     + "finished_at = ?, detail = ? WHERE id = ? AND outcome = 'RUNNING'")) {
            update.setObject(1, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
            update.setString(2, detail);
            update.setLong(3, id);
            update.executeUpdate();
        }
    }

    public void finish(long id, boolean ok, long documents, String detail) {
        em.createNativeQuery("UPDATE index_rebuild SET outcome = :outcome, finished_at = :now, documents = :n, detail = :detail "
                        + "WHERE id = :id")
                .setParameter("outcome", ok ? "DONE" : "FAILED").setParameter("now", Instant.now())
                .setParameter("n", documents).setParameter("detail", detail == null ? null : OutboxProcessor.truncate(detail, 1000))
                .setParameter("id", id).executeUpdate();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public IndexStatus.RebuildInfo latest() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, requested_by, started_at, finished_at, documents, outcome, detail "
                + "FROM index_rebuild ORDER BY id DESC LIMIT 1").getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        return new IndexStatus.RebuildInfo(((Number) r[0]).longValue(), (String) r[1], Times.instant(r[2]),
                Times.instant(r[3]), ((Number) r[4]).longValue(), (String) r[5], (String) r[6]);
    }
}
