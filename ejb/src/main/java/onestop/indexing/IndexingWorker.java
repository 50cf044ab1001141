package onestop.indexing;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import onestop.search.Health;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The background side of indexing on each node: every two seconds it drains the outbox
 * ({@link OutboxProcessor}, one transaction per batch, for at most {@link #SLICE} per tick); once a
 * day it lets the sources announce what the calendar changes (a guide version taking effect) and purges rows done more
 * than an hour ago. On its first tick it starts a full rebuild when the index is empty but the
 * database is not (a new node, a deleted index directory).
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "SearchBackend"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexingWorker {
    private static final Logger LOG = Logger.getLogger(IndexingWorker.class.getName());
    static final int BATCH = 500;
    static final Duration SLICE = Duration.ofSeconds(20);
    static final Duration KEEP_DONE = Duration.ofHours(1);

    @EJB
    private OutboxProcessor processor;

    @EJB
    private SearchBackend backend;

    @EJB
    private IndexingService service;

    @EJB
    private RebuildLog log;

    @EJB
    private Reindexer reindexer;

    @Resource(lookup = "java:jboss/datasources/OnestopDS")
    private DataSource data;

    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile boolean started;
    private volatile boolean paused;
    private volatile boolean indexWasDown;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false, info = "search outbox")
    void tick() {
        if (paused || !busy.compareAndSet(false, true)) {
            return;
        }
        try {
            if (!started) {
                started = firstTick();
            }
            if (indexWasDown && backend.index().health().up()) {
                indexWasDown = false;
                int due = processor.retryNow();
                LOG.info(() -> "the search index is back: " + due + " waiting changes are indexed now");
            }
            drain(SLICE);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the indexing worker failed; it tries again in two seconds", e);
        } finally {
            busy.set(false);
        }
    }

    /**
     * The sign of life of the rebuilds running on this node, apart from the outbox tick (which may be
     * busy for {@link #SLICE}): a rebuild without one for {@link RebuildLog#STALE} counts as abandoned.
     */
    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "search rebuild heartbeat")
    void heartbeat() {
        try {
            java.util.Set<Long> running = Reindexer.running();
            if (!running.isEmpty()) {
                log.heartbeat(running);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not record the heartbeat of the running rebuild", e);
        }
    }

    @PreDestroy
    void stopping() {
        paused = true;
        try {
            Reindexer.stopAll(data);
        } catch (java.sql.SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not record the interrupted rebuild", e);
        }
    }

    /** Drains due rows for at most {@code slice}; returns the rows marked done. */
    int drain(Duration slice) {
        Instant end = Instant.now().plus(slice);
        int done = 0;
        while (Instant.now().isBefore(end)) {
            OutboxProcessor.Batch b = processor.drainBatch(BATCH);
            done += b.done();
            if (b.indexRefused()) {
                indexWasDown = true;
            }
            if (b.claimed() < BATCH || b.failed() > 0) {
                break;
            }
        }
        return done;
    }

    /** Daily: versions taking effect and cancellations becoming effective today; old done rows. */
    @Schedule(hour = "0", minute = "1", persistent = false, info = "search daily")
    void daily() {
        LocalDate today = LocalDate.now();
        announceChanges(today, today);
        processor.purgeDone(Instant.now().minus(KEEP_DONE));
    }

    @Schedule(hour = "*", minute = "17", persistent = false, info = "search purge")
    void hourly() {
        processor.purgeDone(Instant.now().minus(KEEP_DONE));
    }

    private boolean firstTick() {
        Health health = backend.index().health();
        if (!health.up()) {
            return false;                       // try again on the next tick
        }
        LocalDate today = LocalDate.now();
        announceChanges(today.minusDays(7), today);
        if (health.documents() == 0 && service.hasIndexableData()) {
            LOG.info("the search index is empty but the database is not: starting a full rebuild");
            try {
                reindexer.run(log.start("system"));
            } catch (onestop.common.OnestopException e) {
                LOG.info("a rebuild is already running");
            }
        }
        return true;
    }

    private void announceChanges(LocalDate from, LocalDate to) {
        try {
            processor.announceChangesOn(from, to);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not announce the index documents changing on " + from + ".." + to, e);
        }
    }

    /** For tests and maintenance: stop draining (rows accumulate) or resume. */
    public void setPaused(boolean paused) {
        this.paused = paused;
    }
}
