package onestop.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of results.
 *
 * @param total  every match of the query and its scope (exact)
 * @param hits   this page
 * @param facets for each requested field, the most frequent values over all matches
 * @param next   the cursor for the next page, or null when this page is the last
 */
public record SearchResult(long total, List<Hit> hits, Map<KeywordField, List<FacetCount>> facets, String next) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /**
     * One match, with what a result list shows; the rest is loaded from the database by id.
     *
     * @param score    the relevance score under {@link SortOrder#RELEVANCE}, NaN under a date order
     * @param snippets highlighted passages of the original text (title first), empty when the match
     *                 was on an exact field only
     */
    public record Hit(String id, DocumentType type, String number, String title, Instant date, double score,
                      List<Snippet> snippets) {
        public Hit {
            snippets = List.copyOf(snippets);
        }
    }

    /** A value of a keyword field and how many matches have it. */
    public record FacetCount(String value, long count) {
    }
}
