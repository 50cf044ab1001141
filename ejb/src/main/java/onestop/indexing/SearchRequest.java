package onestop.indexing;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * A search as a screen or the API asks it; {@link SearchService} adds the caller's scope.
 *
 * @param text        what the user typed (phrases, AND/OR/NOT, brackets, {@code item:} {@code applicant:}
 *                    {@code department:} {@code number:} prefixes), or blank for everything
 * @param scope       {@code items}, {@code cases}, {@code documents}, or null/{@code all}
 * @param halls       hall codes (any of them)
 * @param departments department codes
 * @param items       item codes
 * @param statuses    status codes
 * @param from        first day (center's time zone), or null
 * @param to          last day, inclusive, or null
 * @param sort        {@code relevance}, {@code newest} (default) or {@code oldest}
 * @param size        hits per page (1 to 100; default 20)
 * @param after       the {@code next} cursor of the previous page, or null
 */
public record SearchRequest(String text, String scope, Set<String> halls, Set<String> departments, Set<String> items,
                            Set<String> statuses, LocalDate from, LocalDate to, String sort, int size, String after)
        implements Serializable {

    public SearchRequest {
        halls = clean(halls);
        departments = clean(departments);
        items = clean(items);
        statuses = clean(statuses);
    }

    public static SearchRequest text(String text) {
        return new SearchRequest(text, null, null, null, null, null, null, null, null, 20, null);
    }

    public SearchRequest withScope(String scope) {
        return new SearchRequest(text, scope, halls, departments, items, statuses, from, to, sort, size, after);
    }

    public SearchRequest withAfter(String after) {
        return new SearchRequest(text, scope, halls, departments, items, statuses, from, to, sort, size, after);
    }

    public SearchRequest withSize(int size) {
        return new SearchRequest(text, scope, halls, departments, items, statuses, from, to, sort, size, after);
    }

    public SearchRequest withSort(String sort) {
        return new SearchRequest(text, scope, halls, departments, items, statuses, from, to, sort, size, after);
    }

    public SearchRequest withDepartments(Set<String> departments) {
        return new SearchRequest(text, scope, halls, departments, items, statuses, from, to, sort, size, after);
    }

    public SearchRequest withStatuses(Set<String> statuses) {
        return new SearchRequest(text, scope, halls, departments, items, statuses, from, to, sort, size, after);
    }

    public SearchRequest withDates(LocalDate from, LocalDate to) {
        return new SearchRequest(text, scope, halls, departments, items, statuses, from, to, sort, size, after);
    }

    private static Set<String> clean(Set<String> values) {
        if (values == null) {
            return Set.of();
        }
        return values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
