package onestop.web.search;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import onestop.common.OnestopException;
import onestop.indexing.SearchPage;
import onestop.indexing.SearchRequest;
import onestop.indexing.SearchService;
import onestop.web.i18n.LocaleView;
import onestop.web.i18n.Messages;
import onestop.web.items.CatalogTexts;
import onestop.web.items.PublicCatalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The staff search page ({@code staff/search.xhtml}) for archivists, supervisors, auditors, center
 * management and window staff: query box, filters, facets with counts, highlighted passages, date
 * or relevance order, next-page links (cursor paging, as deep as needed). Everything is in the URL,
 * so a search can be bookmarked and sent on. What the caller may see is decided by
 * {@link SearchService}, not here.
 */
@Named
@RequestScoped
public class StaffSearchView {
    static final int PAGE = 20;
    static final List<String> SCOPES = List.of("all", "items", "cases", "documents");
    static final List<String> SORTS = List.of("newest", "oldest", "relevance");
    private static final String CASES_BUNDLE = "onestop.web.cases";

    @EJB
    private SearchService search;

    @Inject
    private PublicCatalog catalog;

    @Inject
    private LocaleView locale;

    @Inject
    private HttpServletRequest request;

    private String q;
    private String scope;
    private String hall;
    private String department;
    private String item;
    private String status;
    private String from;
    private String to;
    private String sort;
    private String after;

    private CatalogTexts texts;
    private SearchPage page;
    private String error;

    /** A facet value as a link that sets (or clears) that filter. */
    public record FacetLink(String code, String name, long count, boolean selected, String href) {
    }

    /** A group of facet links under a heading. */
    public record FacetGroup(String field, String label, List<FacetLink> values) {
    }

    public void load() {
        texts = catalog.texts(locale.getLocale());
        LocalDate fromDay;
        LocalDate toDay;
        try {
            fromDay = blank(from) ? null : LocalDate.parse(from.strip());
            toDay = blank(to) ? null : LocalDate.parse(to.strip());
        } catch (DateTimeParseException e) {
            error = Messages.text(locale.getLocale(), "search.dateInvalid");
            return;
        }
        SearchRequest r = new SearchRequest(q, blank(scope) ? "all" : scope, one(hall), one(department), one(item),
                one(status), fromDay, toDay, blank(sort) ? "newest" : sort, PAGE, blank(after) ? null : after);
        try {
            page = search.search(r);
        } catch (OnestopException e) {
            error = Messages.text(locale.getLocale(), e);
        } catch (EJBAccessException e) {
            error = Messages.text(locale.getLocale(), "search.notAllowed");
        }
    }

    public List<FacetGroup> getFacets() {
        if (page == null) {
            return List.of();
        }
        List<FacetGroup> groups = new ArrayList<>();
        groups.add(group("type", "search.facet.type", scope == null ? null : typeOf(scope)));
        groups.add(group("hall", "search.facet.hall", hall));
        groups.add(group("department", "search.facet.department", department));
        groups.add(group("status", "search.facet.status", status));
        groups.add(group("item", "search.facet.item", item));
        groups.removeIf(g -> g.values().isEmpty());
        return groups;
    }

    private FacetGroup group(String field, String labelKey, String selected) {
        List<FacetLink> links = page.facets().getOrDefault(field, List.of()).stream().map(f -> {
            boolean on = f.value().equalsIgnoreCase(selected == null ? "" : selected);
            Map<String, String> p = params();
            String value = on ? null : f.value();
            switch (field) {
                case "type" -> p.put("scope", value == null ? null : scopeOf(value));
                default -> p.put(field, value);
            }
            p.remove("after");
            return new FacetLink(f.value(), name(field, f.value()), f.count(), on, url(p));
        }).toList();
        return new FacetGroup(field, Messages.text(locale.getLocale(), labelKey), links);
    }

    private String name(String field, String value) {
        return switch (field) {
            case "hall" -> texts.hall(value);
            case "department" -> texts.department(value);
            case "type" -> label("search.type." + value, value);
            case "status" -> label("search.status." + value, caseLabel("status." + value, value));
            default -> value;
        };
    }

    /** A label of the casework bundle (a case status, a document kind), or the code itself. */
    public String caseLabel(String key, String fallback) {
        String text = Messages.textIn(CASES_BUNDLE, locale.getLocale(), key);
        return key.equals(text) ? fallback : text;
    }

    /** The bundle's label for a code, or the code itself. */
    public String label(String key, String fallback) {
        String text = Messages.text(locale.getLocale(), key);
        return key.equals(text) ? fallback : text;
    }

    /**
     * Where a hit's title opens: the guide of an item version, the page of a case, the file of a case
     * document (a license: its case, since the license file is its department's to hand out).
     */
    public String open(SearchPage.Hit hit) {
        if ("item".equals(hit.kind()) && hit.number() != null) {
            return request.getContextPath() + "/items/history.xhtml?code=" + URLEncoder.encode(hit.number(), StandardCharsets.UTF_8);
        }
        if (hit.caseFile() == null) {
            return null;
        }
        if (hit.document() != null && hit.document().id() != null) {
            return request.getContextPath() + "/staff/cases/document?number="
                    + URLEncoder.encode(hit.caseFile().number(), StandardCharsets.UTF_8) + "&id=" + hit.document().id();
        }
        return caseHref(hit);
    }

    /** The page of the case a hit is or belongs to, or null. */
    public String caseHref(SearchPage.Hit hit) {
        return hit.caseFile() == null ? null : request.getContextPath() + "/staff/cases/case.xhtml?number="
                + URLEncoder.encode(hit.caseFile().number(), StandardCharsets.UTF_8);
    }

    /** The badge of a hit: what kind of document it is, else its type. */
    public String badge(SearchPage.Hit hit) {
        if (hit.document() != null) {
            return caseLabel("document." + hit.document().kind(), hit.document().kind());
        }
        return label("search.type." + hit.type().toUpperCase(java.util.Locale.ROOT), hit.type());
    }

    public String getNextHref() {
        if (page == null || page.next() == null) {
            return null;
        }
        Map<String, String> p = params();
        p.put("after", page.next());
        return url(p);
    }

    public String getFirstHref() {
        Map<String, String> p = params();
        p.remove("after");
        return url(p);
    }

    private Map<String, String> params() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("q", q);
        p.put("scope", scope);
        p.put("hall", hall);
        p.put("department", department);
        p.put("item", item);
        p.put("status", status);
        p.put("from", from);
        p.put("to", to);
        p.put("sort", sort);
        p.put("after", after);
        return p;
    }

    private String url(Map<String, String> params) {
        String query = params.entrySet().stream().filter(e -> !blank(e.getValue()))
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return request.getContextPath() + "/staff/search.xhtml" + (query.isEmpty() ? "" : "?" + query);
    }

    private static String typeOf(String scope) {
        return switch (scope) {
            case "items" -> "ITEM";
            case "cases" -> "CASE";
            case "documents" -> "DOCUMENT";
            default -> null;
        };
    }

    private static String scopeOf(String type) {
        return switch (type) {
            case "ITEM" -> "items";
            case "CASE" -> "cases";
            case "DOCUMENT" -> "documents";
            default -> null;
        };
    }

    private static Set<String> one(String value) {
        return blank(value) ? Set.of() : Set.of(value);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public List<String> getScopes() {
        return SCOPES;
    }

    public List<String> getSorts() {
        return SORTS;
    }

    public boolean isPaged() {
        return !blank(after);
    }

    public SearchPage getPage() {
        return page;
    }

    public String getError() {
        return error;
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getScope() { return scope; }
    public void setScope(String scope) { this.scope = scope; }
    public String getHall() { return hall; }
    public void setHall(String hall) { this.hall = hall; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
    public String getItem() { return item; }
    public void setItem(String item) { this.item = item; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = sort; }
    public String getAfter() { return after; }
    public void setAfter(String after) { this.after = after; }
}
