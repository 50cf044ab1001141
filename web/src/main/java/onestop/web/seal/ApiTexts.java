package onestop.web.seal;

import jakarta.ws.rs.core.HttpHeaders;
import onestop.web.i18n.LocaleView;

import java.util.List;
import java.util.Locale;

/** The language of an answer of the seal API: the request's Accept-Language, as for every API answer. */
final class ApiTexts {
    private ApiTexts() {
    }

    static Locale locale(HttpHeaders headers) {
        return LocaleView.fromAcceptLanguage(headers == null ? List.of() : headers.getAcceptableLanguages());
    }
}
