package onestop.web.items;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import onestop.catalog.CatalogException;
import onestop.catalog.CatalogViews.ItemGuide;
import onestop.catalog.ItemCatalog;
import onestop.center.CenterService;
import onestop.center.CenterViews.DepartmentView;
import onestop.center.CenterViews.HallView;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the public item pages, the PDF and the API read: the published catalog and the center's names. */
@ApplicationScoped
public class PublicCatalog {
    @EJB
    private ItemCatalog catalog;

    @EJB
    private CenterService center;

    public ItemCatalog catalog() {
        return catalog;
    }

    public List<HallView> halls() {
        return center.halls();
    }

    public List<DepartmentView> departments() {
        return center.departments();
    }

    public CatalogTexts texts(Locale locale) {
        return new CatalogTexts(locale, center.departments(), center.halls());
    }

    /** The guide of an item, or empty when no item has that code or none of its versions is in effect yet. */
    public Optional<ItemGuide> guide(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(catalog.guide(code.strip().toUpperCase(Locale.ROOT)));
        } catch (CatalogException e) {
            return Optional.empty();
        }
    }
}
