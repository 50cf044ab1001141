package onestop.web.search;

import jakarta.ws.rs.QueryParam;
import onestop.indexing.SearchRequest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The query parameters of {@code /api/search} and {@code /api/public/search}: {@code q},
 * {@code scope} (items, cases, documents, all), repeatable {@code hall}, {@code department},
 * {@code item}, {@code status}, {@code from} and {@code to} (ISO dates, inclusive), {@code sort}
 * (newest, oldest, relevance), {@code size} (1 to 100) and {@code after} (the previous page's
 * {@code next}).
 */
public class SearchParameters {
    @QueryParam("q")
    private String q;
    @QueryParam("scope")
    private String scope;
    @QueryParam("hall")
    private List<String> halls;
    @QueryParam("department")
    private List<String> departments;
    @QueryParam("item")
    private List<String> items;
    @QueryParam("status")
    private List<String> statuses;
    @QueryParam("from")
    private LocalDate from;
    @QueryParam("to")
    private LocalDate to;
    @QueryParam("sort")
    private String sort;
    @QueryParam("size")
    private Integer size;
    @QueryParam("after")
    private String after;

    SearchRequest request() {
        return new SearchRequest(q, scope, set(halls), set(departments), set(items), set(statuses), from, to, sort,
                size == null ? 20 : size, after);
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : Set.copyOf(values.stream().filter(v -> v != null && !v.isBlank()).toList());
    }
}
