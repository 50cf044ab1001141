package onestop.web.publicside;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import onestop.center.CenterService;
import onestop.center.CenterViews.DepartmentView;
import onestop.disclosure.CaseBulletins;
import onestop.disclosure.DisclosureViews.BulletinPage;
import onestop.disclosure.DisclosureViews.BulletinQuery;
import onestop.disclosure.PublicException;
import onestop.web.publicside.PublicLimits.Kind;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code /bulletins.xhtml}: published decisions (辦件公示), filtered by department, item and date, in pages. */
@Named
@RequestScoped
public class BulletinsPage extends PublicPage {
    @EJB
    private CaseBulletins bulletins;

    @EJB
    private CenterService center;


    private String department;
    private String item;
    private String from;
    private String to;
    private int page;
    private BulletinPage result;

    public void load() {
        cacheControl("public, max-age=60");
        department = blankToNull(param("department"));
        item = blankToNull(param("item"));
        from = blankToNull(param("from"));
        to = blankToNull(param("to"));
        try {
            page = Math.max(0, Integer.parseInt(param("page") == null ? "0" : param("page").strip()));
        } catch (NumberFormatException e) {
            page = 0;
        }
        try {
            limits.take(Kind.LOOKUP, ClientAddress.of(request()));
            result = bulletins.search(new BulletinQuery(department, item, PublicBulletinsResource.date(from),
                    PublicBulletinsResource.date(to), page, PublicBulletinsResource.PAGE_SIZE));
        } catch (PublicException e) {
            refused(e);
            cacheControl(NO_STORE);
        }
    }

    /** The active departments, for the filter. */
    public List<DepartmentView> getDepartments() {
        return center.departments().stream().filter(DepartmentView::active).toList();
    }

    /** The same filter on another page. */
    public String pageLink(int target) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("department", department);
        params.put("item", item);
        params.put("from", from);
        params.put("to", to);
        params.put("page", target == 0 ? null : Integer.toString(target));
        params.put("lang", getLang());
        String query = params.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return request().getContextPath() + "/bulletins.xhtml" + (query.isEmpty() ? "" : "?" + query);
    }

    /** This page without a filter, in the same language. */
    public String getClearLink() {
        return request().getContextPath() + "/bulletins.xhtml" + (getLang() == null ? "" : "?lang=" + getLang());
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }

    public String getDepartment() { return department; }
    public String getItem() { return item; }
    public String getFrom() { return from; }
    public String getTo() { return to; }
    public int getPage() { return page; }
    public BulletinPage getResult() { return result; }
}
