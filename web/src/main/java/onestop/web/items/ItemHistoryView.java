package onestop.web.items;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import onestop.catalog.CatalogViews.ItemGuide;
import onestop.web.items.PublicItems.Change;
import onestop.web.items.PublicItems.Item;
import onestop.web.items.PublicItems.Version;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The history of an item ({@code items/history.xhtml?code=}): its published versions, newest
 * first, each with what it changed against the one before, side by side; and the item's
 * cancellation by decree, if any.
 */
@Named
@RequestScoped
public class ItemHistoryView {
    @Inject
    private PublicCatalog catalog;

    @Inject
    private PublicHistory history;

    @Inject
    private ItemsLocale locale;

    private String code;
    private Item item;
    private List<Version> versions = List.of();

    public void load() {
        locale.stateless();
        CatalogTexts texts = catalog.texts(locale.getLocale());
        Optional<ItemGuide> guide = catalog.guide(code);
        if (guide.isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        item = PublicItems.item(guide.get(), texts, LocalDate.now());
        versions = history.versions(item.code(), item.version(), texts);
    }

    /** The two sides of a change, lines that differ marked. */
    public LineDiff.Sides sides(Change change) {
        return LineDiff.of(change.before(), change.after());
    }

    /** Published, but in effect only from a later day. */
    public boolean upcoming(Version version) {
        return version.effectiveDate() != null && version.effectiveDate().isAfter(LocalDate.now());
    }

    /** The day a version was published, in the center's time zone. */
    public String published(Version version) {
        return version.publishedAt() == null ? ""
                : version.publishedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate().toString();
    }

    public Item getItem() {
        return item;
    }

    public boolean isFound() {
        return item != null;
    }

    public List<Version> getVersions() {
        return versions;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
