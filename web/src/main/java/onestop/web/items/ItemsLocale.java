package onestop.web.items;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import onestop.web.i18n.LocaleView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The language of the public item pages, standing in for the session-scoped {@link LocaleView}
 * there (the pages pass it to the template as {@code localeView}), so that reading a page never
 * creates a session: the {@code lang} parameter, else the language of a session the visitor
 * already has, else Accept-Language. The header's language switch posts to a stateless view and
 * is answered with a redirect to the same page with {@code lang} set; the links between item
 * pages carry {@code lang} on.
 */
@Named("itemsLocale")
@RequestScoped
public class ItemsLocale {
    @Inject
    private HttpServletRequest request;

    @Inject
    private Instance<LocaleView> sessionLocale;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            Locale explicit = PublicLanguage.explicit(request);
            if (explicit != null) {
                locale = explicit;
            } else if (request.getSession(false) != null) {
                locale = sessionLocale.get().getLocale(); // the session exists already: nothing is created
            } else {
                locale = PublicLanguage.fromBrowser(request);
            }
        }
        return locale;
    }

    public String getLanguageTag() {
        return PublicLanguage.tag(getLocale());
    }

    /** The {@code lang} the URL asked for, to carry on in links; null when the page follows the browser. */
    public String getExplicitTag() {
        Locale explicit = PublicLanguage.explicit(request);
        return explicit == null ? null : PublicLanguage.tag(explicit);
    }

    /** Marks the view stateless before it renders: its forms keep no state, so no session is needed. */
    public void stateless() {
        FacesContext.getCurrentInstance().getViewRoot().setTransient(true);
    }

    /** The header's language switch: back to the page the visitor was on, in the chosen language. */
    public String change(String tag) {
        Locale chosen = PublicLanguage.fromTag(tag);
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String target = withLanguage(samePage(external), PublicLanguage.tag(chosen == null ? LocaleView.HANT : chosen));
        try {
            external.redirect(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
        return null;
    }

    /**
     * The item page the switch was clicked on: the form posts to the bare view URL, so its query
     * (the item code, the filters) comes from the Referer; the item index when there is none.
     */
    private String samePage(ExternalContext external) {
        String items = external.getRequestContextPath() + "/items/";
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                boolean sameHost = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
                if (sameHost && uri.getRawPath() != null && uri.getRawPath().startsWith(items)) {
                    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                }
            } catch (IllegalArgumentException e) {
                // not a URL: fall back to the index
            }
        }
        return items + "index.xhtml";
    }

    static String withLanguage(String pathAndQuery, String tag) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String query = q < 0 ? "" : Arrays.stream(pathAndQuery.substring(q + 1).split("&"))
                .filter(p -> !p.isEmpty() && !p.equals(PublicLanguage.PARAMETER) && !p.startsWith(PublicLanguage.PARAMETER + "="))
                .collect(Collectors.joining("&"));
        String lang = PublicLanguage.PARAMETER + "=" + URLEncoder.encode(tag, StandardCharsets.UTF_8);
        return path + "?" + (query.isEmpty() ? lang : query + "&" + lang);
    }
}
