package onestop.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The user's language: zh-Hant, zh-Hans or English. The browser's Accept-Language picks the
 * default on the first request; the switch in the page header changes it for the session.
 */
@Named
@SessionScoped
public class LocaleView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    public static final Locale HANT = Locale.TAIWAN;
    public static final Locale HANS = Locale.CHINA;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(HANT, HANS, ENGLISH);

    private Locale locale;

    public Locale getLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletRequest request = faces == null ? null : (HttpServletRequest) faces.getExternalContext().getRequest();
        // a ?lang= link (the public item pages carry one) chooses the language for the session too
        Locale asked = request == null ? null : onestop.web.items.PublicLanguage.explicit(request);
        if (asked != null) {
            locale = asked;
        } else if (locale == null) {
            locale = request == null ? HANT : onestop.web.items.PublicLanguage.fromBrowser(request);
        }
        return locale;
    }

    /** The BCP 47 tag for the html lang attribute (zh-Hant, zh-Hans, en): it picks the right CJK glyphs. */
    public String getLanguageTag() {
        Locale l = getLocale();
        return l.equals(HANT) ? "zh-Hant" : l.equals(HANS) ? "zh-Hans" : "en";
    }

    public String change(String tag) {
        locale = switch (tag) {
            case "zh-Hans" -> HANS;
            case "en" -> ENGLISH;
            default -> HANT;
        };
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        String viewId = faces.getViewRoot().getViewId();
        return viewId + "?faces-redirect=true&includeViewParams=true";
    }

    /** The first of the browser's languages that we speak; Traditional Chinese when none is. */
    public static Locale fromAcceptLanguage(List<Locale> preferred) {
        for (Locale l : preferred) {
            Locale match = match(l);
            if (match != null) {
                return match;
            }
        }
        return HANT;
    }

    static Locale match(Locale l) {
        if ("en".equals(l.getLanguage())) {
            return ENGLISH;
        }
        if (!"zh".equals(l.getLanguage())) {
            return null;
        }
        String script = l.getScript();
        String country = l.getCountry();
        if ("Hant".equals(script) || "TW".equals(country) || "HK".equals(country) || "MO".equals(country)) {
            return HANT;
        }
        // zh-Hans, zh-CN, zh-SG and a bare "zh" (as mainland browsers send it)
        return HANS;
    }
}
