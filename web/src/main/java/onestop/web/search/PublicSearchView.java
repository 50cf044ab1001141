package onestop.web.search;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import onestop.common.OnestopException;
import onestop.indexing.SearchPage;
import onestop.indexing.SearchRequest;
import onestop.indexing.SearchService;
import onestop.web.i18n.Messages;
import onestop.web.items.CatalogTexts;
import onestop.web.items.ItemsLocale;
import onestop.web.items.PublicCatalog;
import onestop.web.items.ItemLinks;

import java.util.List;
import java.util.Set;

/**
 * The public item search ({@code items/search.xhtml}): the words people know, found in the
 * guides in effect today (name, approval content, materials, fees, ...), with highlighted
 * passages, hall and department facets and next-page links. Only GET parameters, no session;
 * bad input (unbalanced quotes, 10,000 characters, only punctuation) shows a message.
 */
@Named
@RequestScoped
public class PublicSearchView {
    static final int PAGE = 20;

    @EJB
    private SearchService search;

    @Inject
    private PublicCatalog catalog;

    @Inject
    private ItemsLocale locale;

    @Inject
    private ItemLinks links;

    private String q;
    private String hall;
    private String department;
    private String after;

    private CatalogTexts texts;
    private SearchPage page;
    private String error;

    /** A facet value as a link that sets (or clears) that filter. */
    public record FacetLink(String code, String name, long count, boolean selected, String href) {
    }

    public void load() {
        locale.stateless();
        texts = catalog.texts(locale.getLocale());
        if (!isAsked()) {
            return;
        }
        SearchRequest r = new SearchRequest(q, "items", one(hall), one(department), null, null, null, null,
                (q == null || q.isBlank()) ? null : "relevance", PAGE, after);
        try {
            page = search.searchPublic(r);
        } catch (OnestopException e) {
            error = Messages.text(locale.getLocale(), e);
        }
    }

    public boolean isAsked() {
        return notBlank(q) || notBlank(hall) || notBlank(department);
    }

    public List<FacetLink> getHallFacets() {
        return facets("hall", hall, true);
    }

    public List<FacetLink> getDepartmentFacets() {
        return facets("department", department, false);
    }

    private List<FacetLink> facets(String field, String selected, boolean isHall) {
        if (page == null) {
            return List.of();
        }
        return page.facets().getOrDefault(field, List.of()).stream().map(f -> {
            boolean on = f.value().equalsIgnoreCase(selected == null ? "" : selected);
            String h = isHall ? (on ? null : f.value()) : hall;
            String d = isHall ? department : (on ? null : f.value());
            String name = isHall ? texts.hall(f.value()) : texts.department(f.value());
            return new FacetLink(f.value(), name, f.count(), on, link(q, h, d, null));
        }).toList();
    }

    public String getNextHref() {
        return page == null || page.next() == null ? null : link(q, hall, department, page.next());
    }

    public String getFirstHref() {
        return link(q, hall, department, null);
    }

    public String guideHref(String code) {
        return links.guide(code);
    }

    private String link(String q, String hall, String department, String after) {
        return links.search(q, hall, department, after);
    }

    private static Set<String> one(String value) {
        return notBlank(value) ? Set.of(value) : Set.of();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    public SearchPage getPage() {
        return page;
    }

    public String getError() {
        return error;
    }

    public boolean isPaged() {
        return notBlank(after);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getHall() {
        return hall;
    }

    public void setHall(String hall) {
        this.hall = hall;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }
}
