package onestop.web.items;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ComponentSystemEvent;
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

    /** Makes the view about to be rendered stateless (the item pages' view actions call it on GET). */
    public void stateless() {
        FacesContext.getCurrentInstance().getViewRoot().setTransient(true);
    }

    /**
     * Makes the view stateless while it is being built (the item pages call it from an unrendered
     * marker in their metadata, on {@code postAddToView}): its forms then keep no state, so no
     * session is needed. It has to happen while building, on the first GET and on a postback
     * alike, because Faces restores a posted stateless view by building it again and accepts it
     * only if the result is transient; the template's {@code f:view} sets no {@code transient}. On a
     * first GET the event comes too late for rendering, hence {@link #stateless()} as well.
     */
    public void markStateless(ComponentSystemEvent event) {
        UIComponent c = event.getComponent();
        while (c != null && !(c instanceof UIViewRoot)) {
            c = c.getParent();
        }
        if (c != null) {
            c.setTransient(true);
        }
    }

    /** The public side's pages outside {@code /items/} that switch language the same way. */
    static final java.util.Set<String> PUBLIC_PAGES = java.util.Set.of("/progress.xhtml", "/bulletins.xhtml",
            "/opinions.xhtml", "/evaluate.xhtml");

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
     * The item page (or public-side page) the switch was clicked on: the form posts to the bare view URL, so its query
     * (the item code, the filters) comes from the Referer; the item index when there is none.
     */
    private String samePage(ExternalContext external) {
        String items = external.getRequestContextPath() + "/items/";
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                boolean sameHost = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
                if (sameHost && uri.getRawPath() != null && (uri.getRawPath().startsWith(items)
                        || PUBLIC_PAGES.contains(uri.getRawPath().substring(Math.min(uri.getRawPath().length(),
                        external.getRequestContextPath().length()))))) {
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
