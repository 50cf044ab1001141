package onestop.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import onestop.web.i18n.LocaleView;

import java.util.Locale;

/** The language of an API answer: the request's Accept-Language, as for the pages. */
final class ApiLocale {
    private ApiLocale() {
    }

    static Locale of(HttpHeaders headers) {
        return LocaleView.fromAcceptLanguage(headers == null ? java.util.List.of() : headers.getAcceptableLanguages());
    }
}
