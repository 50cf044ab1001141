package onestop.indexing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import onestop.search.IndexedDocument;
import onestop.search.SearchIndex;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Drains the outbox one batch per transaction. A batch is claimed with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED}: rows another node holds are skipped, not waited for,
 * so nodes share the work and no row is processed twice at the same time (PostgreSQL, and H2 2.x,
 * which implements the same clause: see {@code OutboxClaimIT}). The claimed entities are reloaded
 * from their {@link IndexSource} and written to the index in one call; then the rows are marked
 * done, all in the same transaction as the claim. When the index refuses, the rows stay pending
 * with {@code attempts + 1} and the next attempt pushed back exponentially (2 s, 4 s, ... at most
 * {@link #MAX_BACKOFF}, and due at once when the index is seen up again); nothing is ever dropped.
 * Loading is time-boxed ({@link #LOAD_BUDGET}): rows whose entities were not loaded in time (slow
 * PDF text extraction) are left pending, untouched, for the next batch.
 */
@Stateless
@PermitAll
public class OutboxProcessor {
    private static final Logger LOG = Logger.getLogger(OutboxProcessor.class.getName());
    static final Duration MAX_BACKOFF = Duration.ofMinutes(1);
    /** Loading stops after this (the transaction timeout is 5 minutes): PDF text extraction takes up to 15 s a document. */
    static final Duration LOAD_BUDGET = Duration.ofSeconds(60);
    /** Entities loaded between two looks at the clock. */
    static final int LOAD_CHUNK = 10;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private SearchBackend backend;

    @Inject
    private IndexSources sources;

    @EJB
    private IndexingOutbox outbox;

    /** What one batch did. */
    public record Batch(int claimed, int done, int failed, boolean indexRefused) {
        static final Batch EMPTY = new Batch(0, 0, 0, false);
    }

    private record Row(long id, String kind, String entityId, OutboxEntry.Operation operation, int attempts) {
    }

    /** Claims up to {@code max} due rows and applies them; its own transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Batch drainBatch(int max) {
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<Object[]> raw = em.createNativeQuery("SELECT id, kind, entity_id, operation, attempts FROM index_outbox "
                        + "WHERE done_at IS NULL AND next_attempt_at <= :now ORDER BY id LIMIT " + Math.max(1, max)
                        + " FOR UPDATE SKIP LOCKED")
                .setParameter("now", now)
                .getResultList();
        if (raw.isEmpty()) {
            return Batch.EMPTY;
        }
        List<Row> rows = raw.stream().map(r -> new Row(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                OutboxEntry.Operation.valueOf((String) r[3]), ((Number) r[4]).intValue())).toList();

        // the last row of an entity decides: a later INDEX reloads whatever is there now
        Map<String, Map<String, OutboxEntry.Operation>> byKind = new LinkedHashMap<>();
        for (Row r : rows) {
            byKind.computeIfAbsent(r.kind(), k -> new LinkedHashMap<>()).put(r.entityId(), r.operation());
        }
        List<Long> done = new ArrayList<>();
        List<Row> failed = new ArrayList<>();
        Map<String, String> errors = new LinkedHashMap<>();
        List<IndexedDocument> toIndex = new ArrayList<>();
        Set<String> toDelete = new LinkedHashSet<>();
        List<Row> written = new ArrayList<>();
        Set<String> deferred = new HashSet<>();
        Instant deadline = now.plus(LOAD_BUDGET);
        for (Map.Entry<String, Map<String, OutboxEntry.Operation>> kind : byKind.entrySet()) {
            List<Row> ofKind = rows.stream().filter(r -> r.kind().equals(kind.getKey())).toList();
            Optional<IndexSource> source = sources.of(kind.getKey());
            if (source.isEmpty()) {
                failed.addAll(ofKind);
                errors.put(kind.getKey(), "no index source for the kind '" + kind.getKey() + "'");
                continue;
            }
            try {
                List<String> load = new ArrayList<>();
                kind.getValue().forEach((id, op) -> {
                    if (op == OutboxEntry.Operation.DELETE) {
                        toDelete.add(source.get().documentId(id));
                    } else {
                        load.add(id);
                    }
                });
                Map<String, Optional<IndexedDocument>> loaded = loadWithin(source.get(), load, deadline);
                for (String id : load) {
                    if (!loaded.containsKey(id)) {
                        deferred.add(kind.getKey() + ":" + id);     // out of time: stays pending for the next batch
                        continue;
                    }
                    Optional<IndexedDocument> doc = loaded.get(id);
                    if (doc.isPresent()) {
                        String expected = source.get().documentId(id);
                        if (!expected.equals(doc.get().id())) {
                            throw new IllegalStateException("the source '" + kind.getKey() + "' built the document "
                                    + doc.get().id() + " for " + id + "; it must be " + expected);
                        }
                        toIndex.add(doc.get());
                    } else {
                        toDelete.add(source.get().documentId(id));
                    }
                }
                ofKind.stream().filter(r -> !deferred.contains(r.kind() + ":" + r.entityId())).forEach(written::add);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "index source '" + kind.getKey() + "' failed to load", e);
                failed.addAll(ofKind);
                errors.put(kind.getKey(), message(e));
            }
        }
        boolean refused = false;
        if (!written.isEmpty()) {
            try {
                SearchIndex index = backend.index();
                if (!toIndex.isEmpty()) {
                    index.index(toIndex);
                }
                if (!toDelete.isEmpty()) {
                    index.delete(toDelete);
                }
                written.forEach(r -> done.add(r.id()));
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "the index refused a batch", e);
                refused = true;
                failed.addAll(written);
                written.forEach(r -> errors.put(r.kind(), message(e)));
            }
        }
        if (!done.isEmpty()) {
            em.createNativeQuery("UPDATE index_outbox SET done_at = :now WHERE id IN (:ids)")
                    .setParameter("now", now).setParameter("ids", done).executeUpdate();
        }
        for (Row r : failed) {
            em.createNativeQuery("UPDATE index_outbox SET attempts = attempts + 1, next_attempt_at = :next, last_error = :error "
                            + "WHERE id = :id")
                    .setParameter("next", now.plus(backoff(r.attempts() + 1)))
                    .setParameter("error", truncate(errors.getOrDefault(r.kind(), "failed"), 1000))
                    .setParameter("id", r.id())
                    .executeUpdate();
        }
        if (!failed.isEmpty()) {
            LOG.warning(() -> failed.size() + " outbox rows could not be indexed, retried later: " + errors.values());
        }
        return new Batch(rows.size(), done.size(), failed.size(), refused);
    }

    /** Lets every source announce what the calendar changes on the days {@code from..to}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void announceChangesOn(java.time.LocalDate from, java.time.LocalDate to) {
        for (IndexSource source : sources.all()) {
            source.announceChangesOn(outbox, from, to);
        }
    }

    /** The index is back: rows waiting out their back-off are due now (the backlog drains at once). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int retryNow() {
        Instant now = Instant.now();
        return em.createNativeQuery("UPDATE index_outbox SET next_attempt_at = :now WHERE done_at IS NULL AND attempts > 0 "
                + "AND next_attempt_at > :now").setParameter("now", now).executeUpdate();
    }

    /** 2^attempts seconds, at most {@link #MAX_BACKOFF}. */
    static Duration backoff(int attempts) {
        if (attempts >= 6) {
            return MAX_BACKOFF;
        }
        Duration d = Duration.ofSeconds(1L << Math.max(1, attempts));
        return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
    }

    /** Done rows older than {@code before} are removed (kept meanwhile for a rebuild's replay). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int purgeDone(Instant before) {
        return em.createNativeQuery("DELETE FROM index_outbox WHERE done_at IS NOT NULL AND done_at < :before")
                .setParameter("before", before).executeUpdate();
    }

    /**
     * After a rebuild: the entities that any node indexed since {@code since} are announced again,
     * because another node may have written them into the old index only.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int replayDoneSince(Instant since) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT DISTINCT kind, entity_id FROM index_outbox "
                        + "WHERE done_at IS NOT NULL AND done_at >= :since")
                .setParameter("since", since).getResultList();
        Instant now = Instant.now();
        for (Object[] r : rows) {
            em.persist(new OutboxEntry((String) r[0], (String) r[1], OutboxEntry.Operation.INDEX, now));
        }
        return rows.size();
    }

    /** One page of a source for a rebuild, loaded in its own short transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Page page(String kind, String after, int limit) {
        IndexSource source = sources.of(kind).orElseThrow(() -> new IllegalArgumentException("no index source " + kind));
        // this transaction only reads: without this, every query of the page first checked each entity
        // loaded so far for changes (43 % of a rebuild's reading thread on 300,000 cases)
        em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
        List<String> ids = source.ids(after, limit);
        if (ids.isEmpty()) {
            return new Page(List.of(), null);
        }
        Map<String, Optional<IndexedDocument>> loaded = loadWithin(source, ids, Instant.now().plus(LOAD_BUDGET));
        List<IndexedDocument> docs = new ArrayList<>(loaded.size());
        loaded.values().forEach(d -> d.ifPresent(docs::add));
        em.clear();
        return new Page(docs, ids.get(loaded.size() - 1));     // loaded in order: continue after the last one loaded
    }

    /**
     * Loads {@code ids} (in order) a few at a time until {@code deadline}, at least the first few:
     * a document's text extraction may take seconds, and a batch or page must finish well inside its
     * transaction's timeout; what is left waits for the next one.
     */
    static Map<String, Optional<IndexedDocument>> loadWithin(IndexSource source, List<String> ids, Instant deadline) {
        Map<String, Optional<IndexedDocument>> loaded = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += LOAD_CHUNK) {
            if (from > 0 && Instant.now().isAfter(deadline)) {
                break;
            }
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + LOAD_CHUNK));
            Map<String, Optional<IndexedDocument>> got = source.loadAll(chunk);
            chunk.forEach(id -> loaded.put(id, got.getOrDefault(id, Optional.empty())));
        }
        return loaded;
    }

    /** Documents of one rebuild page and the id to continue after (null: the source is done). */
    public record Page(List<IndexedDocument> documents, String last) {
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
