package onestop.web.items;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import onestop.web.items.PublicItems.Item;

import java.time.LocalDate;

/**
 * The guide of an item ({@code items/guide.xhtml?code=}): the version in effect and the seven
 * disclosures. An unknown code renders the page's "no such item" text with status 404.
 */
@Named
@RequestScoped
public class ItemGuideView {
    @Inject
    private PublicCatalog catalog;

    @Inject
    private ItemsLocale locale;

    private String code;
    private Item item;
    private CatalogTexts texts;

    public void load() {
        locale.stateless();
        texts = catalog.texts(locale.getLocale());
        item = catalog.guide(code).map(g -> PublicItems.item(g, texts, LocalDate.now())).orElse(null);
        if (item == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** The working days of all procedure steps together. */
    public int getTotalDays() {
        return item == null ? 0 : item.procedure().stream().mapToInt(PublicItems.Step::days).sum();
    }

    public Item getItem() {
        return item;
    }

    public boolean isFound() {
        return item != null;
    }

    /** The explanation of the item's handling mode, e.g. what 承諾辦 means for the applicant. */
    public String getModeHelp() {
        return item == null || item.mode().code() == null ? "" : texts.label("mode." + item.mode().code() + ".help");
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
