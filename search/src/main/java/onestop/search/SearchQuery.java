package onestop.search;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A search as the caller asks it. The {@link Scope} is mandatory: whoever builds the query decides
 * what its caller may see, and both backends put that restriction into the query they run.
 *
 * @param text      what the user typed (see {@link onestop.search.query.QueryParser} for the syntax);
 *                  null or blank: every document of the scope that passes the filters
 * @param scope     who is searching
 * @param filters   exact values: a document must match one of the values of each field given
 * @param dates     a range on the document date, or null
 * @param sort      result order
 * @param size      hits per page, 1 to {@value #MAX_SIZE}
 * @param after     the {@link SearchResult#next()} cursor of the previous page (same query and sort), or null
 * @param facets    keyword fields to count values of, over all matches
 * @param facetSize how many values per facet, most frequent first, 1 to {@value #MAX_FACET_SIZE}
 */
public record SearchQuery(
        String text,
        Scope scope,
        Map<KeywordField, Set<String>> filters,
        DateRange dates,
        SortOrder sort,
        int size,
        String after,
        Set<KeywordField> facets,
        int facetSize) {

    public static final int MAX_SIZE = 200;
    public static final int MAX_FACET_SIZE = 100;
    /** Longer query text is refused ({@code search.queryTooLong}). */
    public static final int MAX_TEXT_LENGTH = 1000;

    public SearchQuery {
        Objects.requireNonNull(scope, "a search needs a scope");
        Objects.requireNonNull(sort, "sort");
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size must be 1 to " + MAX_SIZE + ", not " + size);
        }
        if (facetSize < 1 || facetSize > MAX_FACET_SIZE) {
            throw new IllegalArgumentException("facet size must be 1 to " + MAX_FACET_SIZE + ", not " + facetSize);
        }
        Map<KeywordField, Set<String>> f = new EnumMap<>(KeywordField.class);
        if (filters != null) {
            filters.forEach((k, v) -> {
                if (v != null && !v.isEmpty()) {
                    f.put(k, Set.copyOf(v));
                }
            });
        }
        filters = Map.copyOf(f);
        facets = facets == null ? Set.of() : Set.copyOf(facets);
    }

    public static Builder in(Scope scope) {
        return new Builder(scope);
    }

    /** The same query for the page after the one that returned {@code cursor}. */
    public SearchQuery after(String cursor) {
        return new SearchQuery(text, scope, filters, dates, sort, size, cursor, facets, facetSize);
    }

    public static final class Builder {
        private final Scope scope;
        private String text;
        private final Map<KeywordField, Set<String>> filters = new EnumMap<>(KeywordField.class);
        private DateRange dates;
        private SortOrder sort = SortOrder.DATE_DESC;
        private int size = 20;
        private String after;
        private final Set<KeywordField> facets = EnumSet.noneOf(KeywordField.class);
        private int facetSize = 20;

        private Builder(Scope scope) {
            this.scope = scope;
        }

        public Builder text(String text) { this.text = text; return this; }

        /** Adds accepted values for a field (OR within a field, AND across fields). */
        public Builder filter(KeywordField field, String... values) {
            return filter(field, Set.of(values));
        }

        public Builder filter(KeywordField field, Collection<String> values) {
            filters.computeIfAbsent(field, k -> new LinkedHashSet<>()).addAll(values);
            return this;
        }

        public Builder dates(DateRange dates) { this.dates = dates; return this; }
        public Builder sort(SortOrder sort) { this.sort = sort; return this; }
        public Builder size(int size) { this.size = size; return this; }
        public Builder after(String after) { this.after = after; return this; }
        public Builder facets(KeywordField... fields) { facets.addAll(Set.of(fields)); return this; }
        public Builder facetSize(int facetSize) { this.facetSize = facetSize; return this; }

        public SearchQuery build() {
            return new SearchQuery(text, scope, filters, dates, sort, size, after, facets, facetSize);
        }
    }
}
