package onestop.indexing;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import onestop.audit.AuditService;
import onestop.search.Health;
import onestop.security.Roles;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The index as center management sees it: state, backlog, lag, and the full rebuild. */
@Stateless
@PermitAll
public class IndexingService {
    @PersistenceContext
    private EntityManager em;

    @EJB
    private SearchBackend backend;

    @EJB
    private RebuildLog log;

    @EJB
    private Reindexer reindexer;

    @EJB
    private AuditService audit;

    @Inject
    private IndexSources sources;

    @Resource
    private SessionContext context;

    /** The index's health plus the outbox's backlog and lag; reads only. */
    public IndexStatus status() {
        Health health = backend.index().health();
        Object[] counts = (Object[]) em.createNativeQuery("SELECT COUNT(*), COALESCE(SUM(CASE WHEN attempts > 0 THEN 1 ELSE 0 END), 0), "
                + "MIN(created_at) FROM index_outbox WHERE done_at IS NULL").getSingleResult();
        long backlog = ((Number) counts[0]).longValue();
        long retrying = ((Number) counts[1]).longValue();
        Instant oldest = Times.instant(counts[2]);
        long lag = oldest == null ? 0 : Math.max(0, Duration.between(oldest, Instant.now()).toSeconds());
        String lastError = null;
        if (retrying > 0) {
            @SuppressWarnings("unchecked")
            List<String> errors = em.createNativeQuery("SELECT last_error FROM index_outbox WHERE done_at IS NULL AND attempts > 0 "
                    + "ORDER BY id DESC LIMIT 1").getResultList();
            lastError = errors.isEmpty() ? null : errors.get(0);
        }
        return new IndexStatus(backend.name(), health.up(), health.documents(), health.detail(), backlog, retrying,
                oldest, lag, lastError, log.latest());
    }

    /** Center management starts a full rebuild from the database; it runs in the background. */
    @RolesAllowed(Roles.CENTER_ADMIN)
    public long requestRebuild() {
        String by = context.getCallerPrincipal().getName();
        long id = startRebuild(by);
        audit.record("INDEX_REBUILD_STARTED", "SearchIndex", backend.name(), "rebuild " + id);
        return id;
    }

    private long startRebuild(String by) {
        long id = log.start(by);
        reindexer.run(id);
        return id;
    }

    /** Whether any source has something to index (an empty index is then a missing index). */
    public boolean hasIndexableData() {
        return sources.all().stream().anyMatch(s -> !s.ids(null, 1).isEmpty());
    }
}
