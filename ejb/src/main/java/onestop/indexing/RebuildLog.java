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
 * admin page sees the progress. The node running a rebuild writes its heartbeat every few seconds
 * ({@link IndexingWorker}); a RUNNING row without one for {@link #STALE} belongs to a node that
 * stopped (a crash, an undeploy cut short): it is shown as failed and no longer blocks a new one.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RebuildLog {
    static final Duration STALE = Duration.ofSeconds(60);
    static final String ABANDONED = "abandoned: no sign of life from its node since ";

    @PersistenceContext
    private EntityManager em;

    /** Records a new RUNNING rebuild; refused while another one runs. */
    public long start(String requestedBy) {
        Instant now = Instant.now();
        em.createNativeQuery("UPDATE index_rebuild SET outcome = 'FAILED', finished_at = :now, "
                        + "detail = 'abandoned: no sign of life from its node' "
                        + "WHERE outcome = 'RUNNING' AND COALESCE(heartbeat_at, started_at) < :stale")
                .setParameter("now", now).setParameter("stale", now.minus(STALE)).executeUpdate();
        Number running = (Number) em.createNativeQuery("SELECT COUNT(*) FROM index_rebuild WHERE outcome = 'RUNNING'")
                .getSingleResult();
        if (running.longValue() > 0) {
            throw new OnestopException("indexing.rebuildRunning");
        }
        em.createNativeQuery("INSERT INTO index_rebuild (requested_by, started_at, heartbeat_at, documents, outcome) "
                        + "VALUES (:by, :now, :now, 0, 'RUNNING')")
                .setParameter("by", requestedBy).setParameter("now", now).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT MAX(id) FROM index_rebuild WHERE requested_by = :by")
                .setParameter("by", requestedBy).getSingleResult()).longValue();
    }

    public void progress(long id, long documents) {
        em.createNativeQuery("UPDATE index_rebuild SET documents = :n, heartbeat_at = :now WHERE id = :id")
                .setParameter("n", documents).setParameter("now", Instant.now()).setParameter("id", id).executeUpdate();
    }

    /** The rebuilds running on this node are alive. */
    public void heartbeat(java.util.Collection<Long> ids) {
        em.createNativeQuery("UPDATE index_rebuild SET heartbeat_at = :now WHERE id IN (:ids) AND outcome = 'RUNNING'")
                .setParameter("now", Instant.now()).setParameter("ids", ids).executeUpdate();
    }

    /**
     * Records the end of a rebuild with plain JDBC on the server's data source, for when the
     * application's components are stopping (undeploy, shutdown) and {@link #finish} cannot be called.
     */
    static void finishDirectly(javax.sql.DataSource data, long id, boolean ok, long documents, String detail)
            throws java.sql.SQLException {
        try (java.sql.Connection c = data.getConnection();
             java.sql.PreparedStatement update = c.prepareStatement("UPDATE index_rebuild SET outcome = ?, "
                     + "finished_at = ?, documents = GREATEST(documents, ?), detail = ? WHERE id = ? AND outcome = 'RUNNING'")) {
            update.setString(1, ok ? "DONE" : "FAILED");
            update.setObject(2, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
            update.setLong(3, documents);
            update.setString(4, detail == null ? null : OutboxProcessor.truncate(detail, 1000));
            update.setLong(5, id);
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
        List<Object[]> rows = em.createNativeQuery("SELECT id, requested_by, started_at, finished_at, documents, outcome, detail, "
                + "COALESCE(heartbeat_at, started_at) FROM index_rebuild ORDER BY id DESC LIMIT 1").getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        String outcome = (String) r[5];
        String detail = (String) r[6];
        Instant heartbeat = Times.instant(r[7]);
        if ("RUNNING".equals(outcome) && heartbeat.isBefore(Instant.now().minus(STALE))) {
            outcome = "FAILED";                         // its node stopped; the next start records it so
            detail = ABANDONED + heartbeat;
        }
        return new IndexStatus.RebuildInfo(((Number) r[0]).longValue(), (String) r[1], Times.instant(r[2]),
                Times.instant(r[3]), ((Number) r[4]).longValue(), outcome, detail);
    }
}
