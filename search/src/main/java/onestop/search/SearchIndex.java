package onestop.search;

import java.util.Collection;

/**
 * The full-text index: a port with two backends, {@link onestop.search.lucene.LuceneSearchIndex}
 * (embedded, the default) and {@link onestop.search.elasticsearch.ElasticsearchSearchIndex}. Both
 * fold Chinese text the same way in Java and give the same hits for the same documents.
 *
 * <p>Life cycle: one instance per application, thread-safe, closed on shutdown. The index is
 * derived data: writers call {@link #index} and {@link #delete} from the outbox worker and treat
 * a {@link SearchUnavailableException} as "retry later"; {@link #rebuild()} builds a complete new
 * index from the database while searches go on against the old one, and swaps atomically.
 */
public interface SearchIndex extends AutoCloseable {

    /**
     * Adds or replaces documents (by id). When it returns, the change is durable and visible to
     * searches.
     *
     * @throws SearchUnavailableException when the backend cannot take them; none of them may be
     *                                    taken for granted then (retry all: indexing is idempotent)
     */
    void index(Collection<IndexedDocument> documents);

    /** Removes documents by id; unknown ids are fine. Durable and visible when it returns. */
    void delete(Collection<String> ids);

    /**
     * @throws SearchQueryException       when the query text cannot be run (the user should rephrase)
     * @throws SearchUnavailableException when the backend is down
     */
    SearchResult search(SearchQuery query);

    /** Matches of the query within its scope and filters (its paging and facets are ignored). */
    long count(SearchQuery query);

    /** Never throws: a down backend is reported, not raised. */
    Health health();

    /**
     * Starts a full rebuild into a new, empty index. While it is open, {@link #index} and
     * {@link #delete} on this instance also go to the new index, so changes made meanwhile are not
     * lost; {@link Rebuild#complete()} then makes the new index the live one atomically and drops the
     * old one. Only one rebuild at a time.
     *
     * <p>Writes that other server nodes make meanwhile reach only the old index: after
     * {@code complete()} the caller re-indexes what changed since the rebuild began.
     *
     * @throws IllegalStateException when a rebuild is already open
     */
    Rebuild rebuild();

    @Override
    void close();

    /** A full rebuild in progress; see {@link SearchIndex#rebuild()}. */
    interface Rebuild extends AutoCloseable {

        /** Adds documents to the new index (fast path: durable only at {@link #complete()}). */
        void index(Collection<IndexedDocument> documents);

        /** Makes the new index the live one and removes the old one. */
        void complete();

        /** Abandons the rebuild unless it was completed; the old index stays live. */
        @Override
        void close();
    }
}
