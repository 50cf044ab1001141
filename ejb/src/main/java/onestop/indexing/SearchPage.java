package onestop.indexing;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of results for a screen or the API.
 *
 * @param total  every match within the caller's scope
 * @param hits   this page
 * @param facets per field ({@code type}, {@code department}, {@code hall}, {@code status}, {@code item}):
 *               the most frequent values over all matches, with counts
 * @param next   cursor of the next page, null on the last page
 */
public record SearchPage(long total, List<Hit> hits, Map<String, List<Facet>> facets, String next) implements Serializable {

    /**
     * A result. {@code titleHtml} and {@code snippets} are HTML: the original text escaped, matches in
     * {@code <mark>}; the snippets are passages of the other fields (a passage that only repeats the
     * title is left out).
     *
     * @param entityId the id in its source ({@code kind:entityId} is the index id)
     */
    public record Hit(String id, String type, String kind, String entityId, String number, String title,
                      String titleHtml, Instant date, List<String> snippets) implements Serializable {
    }

    /** A value of a facet and how many matches have it. */
    public record Facet(String value, long count) implements Serializable {
    }
}
