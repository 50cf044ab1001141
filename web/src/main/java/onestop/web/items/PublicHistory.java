package onestop.web.items;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import onestop.catalog.CatalogViews.VersionView;
import onestop.web.items.PublicItems.Version;

import java.util.List;
import java.util.Objects;

/** The published versions of an item with what each changed; shared by the history page and the API. */
@ApplicationScoped
public class PublicHistory {
    @Inject
    private PublicCatalog catalog;

    /** Newest first; {@code current} is the number of the version in effect today. */
    public List<Version> versions(String code, Integer current, CatalogTexts texts) {
        List<VersionView> published = catalog.catalog().history(code);
        return published.stream()
                .map(v -> PublicItems.version(v, Objects.equals(v.number(), current),
                        catalog.catalog().changesIn(code, v.number()), texts))
                .toList();
    }
}
