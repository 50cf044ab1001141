package onestop.web.items;

import jakarta.servlet.http.HttpServletRequest;
import onestop.web.i18n.LocaleView;

import java.util.Collections;
import java.util.Locale;

/**
 * The language of a public item page or API answer, decided without a session: the {@code lang}
 * parameter ({@code zh-Hant}, {@code zh-Hans}, {@code en}) when given, else the browser's
 * Accept-Language as {@link LocaleView} reads it (Traditional Chinese when there is none). The
 * URL and that header alone decide the language, so a shared cache can key on them.
 */
public final class PublicLanguage {
    public static final String PARAMETER = "lang";

    private PublicLanguage() {
    }

    /** The supported locale of a tag, or null for anything else. */
    public static Locale fromTag(String tag) {
        if (tag == null) {
            return null;
        }
        return switch (tag.strip()) {
            case "zh-Hant", "zh-TW", "zh_TW" -> LocaleView.HANT;
            case "zh-Hans", "zh-CN", "zh_CN" -> LocaleView.HANS;
            case "en" -> LocaleView.ENGLISH;
            default -> null;
        };
    }

    public static String tag(Locale locale) {
        return locale.equals(LocaleView.HANT) ? "zh-Hant" : locale.equals(LocaleView.HANS) ? "zh-Hans" : "en";
    }

    /** The language asked for in the URL, or null. */
    public static Locale explicit(HttpServletRequest request) {
        return fromTag(request.getParameter(PARAMETER));
    }

    /** The URL's language, else the browser's. */
    public static Locale of(HttpServletRequest request) {
        Locale explicit = explicit(request);
        return explicit != null ? explicit : fromBrowser(request);
    }

    /** Accept-Language; without the header the container reports its own default locale: ignore it. */
    public static Locale fromBrowser(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? LocaleView.HANT
                : LocaleView.fromAcceptLanguage(Collections.list(request.getLocales()));
    }
}
