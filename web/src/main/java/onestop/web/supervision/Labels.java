package onestop.web.supervision;

import jakarta.faces.context.FacesContext;
import onestop.web.i18n.Messages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;

/** The supervision pages' texts (bundle {@code onestop.web.supervision}, var {@code sup}) and number formats. */
final class Labels {
    static final String BUNDLE = "onestop.web.supervision";
    static final String NONE = "—";

    private Labels() {
    }

    static String text(Locale locale, String key, Object... args) {
        return Messages.textIn(BUNDLE, locale, key, args);
    }

    /** A ratio as a percent with one decimal; "—" when its denominator was zero (null). */
    static String percent(Double ratio, Locale locale) {
        return oneDecimal(ratio, NumberFormat.getPercentInstance(locale));
    }

    static String decimal(Double value, Locale locale) {
        return oneDecimal(value, NumberFormat.getNumberInstance(locale));
    }

    private static String oneDecimal(Double value, NumberFormat format) {
        if (value == null) {
            return NONE;
        }
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** The case page (kept by casework) of a case number. */
    static String caseLink(String number) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/staff/cases/case.xhtml?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8);
    }
}
