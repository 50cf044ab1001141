package onestop.web.publicside;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import onestop.common.OnestopException;
import onestop.web.i18n.Messages;
import onestop.web.items.ItemsLocale;

import java.util.Locale;

/**
 * What the public pages' beans share. The pages' forms are plain HTML forms that post to the page
 * itself without Faces state (so no session is ever needed); the view action reads the request,
 * acts on a POST and leaves the outcome for rendering. Every answer carries its cache header.
 */
abstract class PublicPage {
    @jakarta.inject.Inject
    protected PublicLimits limits;

    @jakarta.inject.Inject
    private ItemsLocale locale;

    /** Answers with a person's data: never stored. */
    static final String NO_STORE = "no-store";

    private String error;
    private String errorKey;

    protected static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    protected static HttpServletResponse response() {
        return (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
    }

    protected static boolean posted() {
        return "POST".equals(request().getMethod());
    }

    protected static String param(String name) {
        String v = request().getParameter(name);
        return v == null ? null : v;
    }

    /**
     * Sets the page's cache header and keeps the view stateless: the marker in the page's metadata
     * comes too late on a first GET (see {@link ItemsLocale#markStateless}), so each view action
     * starts here.
     */
    protected void cacheControl(String value) {
        locale().stateless();
        response().setHeader("Cache-Control", value);
        if (PublicPageLanguage.fromHeader(request())) {
            response().setHeader("Vary", "Accept-Language");
        }
    }

    protected ItemsLocale locale() {
        return locale;
    }

    /** Shows a refusal of the business rules in the page's language; a slow-down answers 429. */
    protected void refused(OnestopException e) {
        Locale l = locale().getLocale();
        this.errorKey = e.key();
        this.error = Messages.text(l, e);
        response().setStatus(PublicAnswers.status(e).getStatusCode());
    }

    /** True when the honeypot field (hidden from people) came back filled: a robot. */
    protected static boolean robot() {
        String trap = request().getParameter("website");
        return trap != null && !trap.isBlank();
    }

    public String getError() {
        return error;
    }

    public String getErrorKey() {
        return errorKey;
    }

    /** A page's language tag to carry in its forms, or null when it follows the browser. */
    public String getLang() {
        return locale().getExplicitTag();
    }

    /** Small helpers on the request's language source. */
    static final class PublicPageLanguage {
        private PublicPageLanguage() {
        }

        static boolean fromHeader(HttpServletRequest request) {
            return onestop.web.items.PublicLanguage.explicit(request) == null;
        }
    }
}
