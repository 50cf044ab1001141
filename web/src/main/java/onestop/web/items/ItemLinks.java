package onestop.web.items;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The URLs between the public item pages, as plain GET links: they carry {@code lang} on when
 * the visitor chose a language, so every page is one cacheable URL per language.
 */
@Named("itemLinks")
@RequestScoped
public class ItemLinks {
    @Inject
    private HttpServletRequest request;

    @Inject
    private ItemsLocale locale;

    public String index() {
        return url("index.xhtml", Map.of());
    }

    /** The browse page; empty arguments are left out. */
    public String browse(String by, String hall, String department, String text, boolean cancelled) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("by", "hall".equals(by) ? null : by);
        params.put("hall", hall);
        params.put("department", department);
        params.put("text", text);
        params.put("cancelled", cancelled ? "true" : null);
        return url("index.xhtml", params);
    }

    /** The public item search; empty arguments are left out. */
    public String search(String q, String hall, String department, String after) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("hall", hall);
        params.put("department", department);
        params.put("after", after);
        return url("search.xhtml", params);
    }

    public String guide(String code) {
        return url("guide.xhtml", Map.of("code", code));
    }

    public String history(String code) {
        return url("history.xhtml", Map.of("code", code));
    }

    public String pdf(String code) {
        return url("guide.pdf", Map.of("code", code));
    }

    /** The blank form or sample of the {@code number}th material of the item's version in effect. */
    public String sample(String code, int number) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("code", code);
        params.put("material", Integer.toString(number));
        return url("form", params);
    }

    /** The same page in another language: every parameter kept, {@code lang} replaced. */
    public String inLanguage(String tag) {
        String query = request.getQueryString();
        String uri = request.getRequestURI() + (query == null ? "" : "?" + query);
        return ItemsLocale.withLanguage(uri, tag);
    }

    private String url(String page, Map<String, String> params) {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put(PublicLanguage.PARAMETER, locale.getExplicitTag());
        String query = all.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return request.getContextPath() + "/items/" + page + (query.isEmpty() ? "" : "?" + query);
    }
}
