package onestop.indexing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import onestop.search.IndexedDocument;
import onestop.search.SearchIndex;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A full online rebuild from the database: every {@link IndexSource} is walked page by page (one
 * short transaction a page) into a new index while searches go on against the old one
 * ({@link SearchIndex#rebuild()}: a new Lucene generation, or a new Elasticsearch index version);
 * then the new index replaces the old one atomically (file switch, alias swap). Changes indexed
 * meanwhile by this node went to both; those done by any node since the start are replayed through
 * the outbox afterwards, so nothing written during the rebuild is lost. Each page is indexed on the
 * server's managed executor while the next one is read from the database (on 300,000 cases, 28.5
 * instead of 33.9 s; see docs/BENCHMARKS.md). At most one page is indexed at a time.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Reindexer {
    private static final Logger LOG = Logger.getLogger(Reindexer.class.getName());
    static final int PAGE = 500;
    /** The rebuilds running in this application on this node, for {@link #stopAll} on undeploy or shutdown. */
    private static final java.util.Set<Long> RUNNING = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static volatile boolean stopping;

    @EJB
    private SearchBackend backend;

    @EJB
    private OutboxProcessor processor;

    @EJB
    private RebuildLog log;

    @Inject
    private IndexSources sources;

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/OnestopDS")
    private javax.sql.DataSource data;

    @jakarta.annotation.Resource
    private ManagedExecutorService executor;

    @Asynchronous
    public void run(long rebuildId) {
        Instant start = Instant.now();
        long count = 0;
        RUNNING.add(rebuildId);
        try (SearchIndex.Rebuild rebuild = backend.index().rebuild()) {
            // the next page is read from the database while the previous one is indexed on another thread
            Future<?> indexing = null;
            try {
                for (IndexSource source : sources.all()) {
                    String after = null;
                    while (true) {
                        if (stopping) {
                            throw new IllegalStateException("the application is stopping");
                        }
                        OutboxProcessor.Page page = processor.page(source.kind(), after, PAGE);
                        if (page.last() == null) {
                            break;
                        }
                        awaitIndexed(indexing);
                        List<IndexedDocument> documents = page.documents();
                        indexing = submit(rebuild, documents);
                        count += documents.size();
                        after = page.last();
                        log.progress(rebuildId, count);
                    }
                }
                awaitIndexed(indexing);
                indexing = null;
                rebuild.complete();
            } finally {
                if (indexing != null) {
                    awaitQuietly(indexing);             // never close the rebuild under a page being indexed
                }
            }
        } catch (RuntimeException | Error e) {
            LOG.log(Level.WARNING, "the full rebuild of the search index failed; the old index stays live", e);
            if (RUNNING.remove(rebuildId)) {
                finish(rebuildId, false, count, OutboxProcessor.message(e));
            }
            return;
        }
        // the new index is live from here: whatever happens next, the rebuild is recorded as done
        int replayed = -1;
        try {
            replayed = processor.replayDoneSince(start);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "after the rebuild, the changes indexed meanwhile could not be announced again;"
                    + " one written by another node during the rebuild may be missing until the next rebuild", e);
        } finally {
            RUNNING.remove(rebuildId);
            finish(rebuildId, true, count, replayed < 0 ? "changes made during the rebuild not replayed" : null);
        }
        long total = count;
        int n = replayed;
        LOG.info(() -> "full rebuild of the search index: " + total + " documents, " + n + " changes replayed");
    }

    private Future<?> submit(SearchIndex.Rebuild rebuild, List<IndexedDocument> documents) {
        try {
            return executor.submit(() -> rebuild.index(documents));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            rebuild.index(documents);                   // the executor is full: index on this thread
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
    }

    private static void awaitIndexed(Future<?> indexing) {
        if (indexing == null) {
            return;
        }
        try {
            indexing.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a page was indexed", e);
        }
    }

    private static void awaitQuietly(Future<?> indexing) {
        try {
            indexing.get();
        } catch (ExecutionException e) {
            LOG.log(Level.FINE, "a page of the failed rebuild failed too", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The application is stopping (undeploy, server shutdown): the rebuilds running here stop at
     * their next page and are recorded as interrupted at once, so that they do not block a new
     * rebuild on another node or after the restart until they count as stale.
     */
    /** Records the end; directly through JDBC when the application is stopping under the rebuild. */
    private void finish(long id, boolean ok, long documents, String detail) {
        try {
            log.finish(id, ok, documents, detail);
        } catch (RuntimeException e) {
            try {
                RebuildLog.finishDirectly(data, id, ok, documents, detail);
            } catch (java.sql.SQLException | RuntimeException again) {
                again.addSuppressed(e);
                LOG.log(Level.WARNING, "could not record the end of rebuild " + id
                        + "; it shows as failed once its heartbeat is a minute old", again);
            }
        }
    }

    /** The rebuilds running here now, for their heartbeat. */
    static java.util.Set<Long> running() {
        return java.util.Set.copyOf(RUNNING);
    }

    static void stopAll(javax.sql.DataSource data) throws java.sql.SQLException {
        stopping = true;
        for (Long id : List.copyOf(RUNNING)) {
            if (RUNNING.remove(id)) {
                RebuildLog.finishDirectly(data, id, false, 0, "interrupted: the application stopped on this node");
                LOG.info(() -> "rebuild " + id + " of the search index interrupted: the application is stopping");
            }
        }
    }
}
