package onestop.indexing;

import onestop.search.IndexedDocument;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Something the database holds that the search index mirrors: item guides, cases, case documents.
 * Each kind is one CDI bean implementing this interface (any scope; {@code @ApplicationScoped} is
 * usual); the indexing worker finds every implementation through {@code Instance<IndexSource>}, so
 * a new kind needs no change here.
 *
 * <p>Contract:
 * <ul>
 * <li>{@link #kind()} is a short constant ({@code item}, {@code case}, {@code document}), unique among
 *     the sources, at most 40 characters;</li>
 * <li>the entity ids are strings of at most 200 characters; the indexed document's
 *     {@link IndexedDocument#id()} must be {@link #documentId(String) kind + ":" + entity id};</li>
 * <li>{@link #load} reads the entity as it is now (it runs inside the worker's transaction) and
 *     returns empty when it no longer exists or must not be in the index: the worker then deletes it
 *     from the index. Order of outbox rows does not matter, because the current state is loaded;</li>
 * <li>{@link #ids} pages through every entity that belongs in the index, for a full rebuild.</li>
 * </ul>
 * Writers announce changes with {@link IndexingOutbox#enqueue(String, String)} in their own transaction.
 */
public interface IndexSource {

    /** The kind of entity, e.g. {@code item}. */
    String kind();

    /** The entity as an index document, or empty when it should not (or no longer) be in the index. */
    Optional<IndexedDocument> load(String id);

    /** Several at once (override when a batch query is cheaper); absent or empty entries mean "delete". */
    default Map<String, Optional<IndexedDocument>> loadAll(Collection<String> ids) {
        Map<String, Optional<IndexedDocument>> out = new LinkedHashMap<>();
        for (String id : ids) {
            out.put(id, load(id));
        }
        return out;
    }

    /**
     * Entity ids in a stable order, for a rebuild: at most {@code limit} ids that come after
     * {@code after} in the source's order ({@code null}: from the start). An empty list ends the walk.
     */
    List<String> ids(String after, int limit);

    /**
     * For entities whose index document changes with the calendar alone (a guide version taking
     * effect on a date): announce, through {@code outbox}, those that change on a day in
     * {@code from..to}. Called daily by the worker in a transaction (and at start for the past week).
     */
    default void announceChangesOn(IndexingOutbox outbox, java.time.LocalDate from, java.time.LocalDate to) {
    }

    /**
     * What result lists show of these entities besides the index's text ({@link HitContext}), by entity
     * id; entities without context are left out. Read from the database when a result page is built,
     * possibly without a transaction: use queries that return values, not lazy associations.
     */
    default Map<String, HitContext> contexts(Collection<String> ids) {
        return Map.of();
    }

    /** The index document id of an entity: {@code kind:id}. */
    default String documentId(String id) {
        return kind() + ":" + id;
    }
}
