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
     * title is left out, and so are the item and applicant of a case hit, which {@code caseFile} shows).
     *
     * @param entityId the id in its source ({@code kind:entityId} is the index id)
     * @param caseFile for a case or a document of a case: the case, else null
     * @param document for a document of a case: which document matched, else null
     */
    public record Hit(String id, String type, String kind, String entityId, String number, String title,
                      String titleHtml, Instant date, List<String> snippets, CaseRef caseFile, DocumentRef document)
            implements Serializable {
    }

    /**
     * The case of a hit, as it stands now. {@code itemHtml} and {@code applicantHtml} are HTML like the
     * snippets, with the query's matches marked.
     *
     * @param status the case's status code ({@code IN_REVIEW}, ...)
     */
    public record CaseRef(String number, String itemCode, String itemHtml, String applicantHtml, String status)
            implements Serializable {
    }

    /**
     * The document a hit is.
     *
     * @param id   the case document's id (its download), null for a license
     * @param kind {@code SCAN}, {@code ACCEPTANCE_NOTICE}, {@code REFUSAL_NOTICE}, {@code CORRECTION_NOTICE},
     *             {@code DECISION} or {@code LICENSE}
     * @param name its file name (a license: its number)
     */
    public record DocumentRef(Long id, String kind, String name) implements Serializable {
    }

    /** A value of a facet and how many matches have it. */
    public record Facet(String value, long count) implements Serializable {
    }
}
