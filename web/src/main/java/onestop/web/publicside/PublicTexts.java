package onestop.web.publicside;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import onestop.common.Text;
import onestop.web.i18n.Messages;
import onestop.web.items.ItemsLocale;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of the public pages in the page's language, decided without a session (by
 * {@link ItemsLocale}): data texts in three languages, labels of codes, dates.
 */
@Named("pubText")
@RequestScoped
public class PublicTexts {
    public static final String BUNDLE = "onestop.web.public";
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    @Inject
    private ItemsLocale locale;

    public String t(Text text) {
        return text == null ? "" : text.in(locale.getLocale());
    }

    /** The public bundle's label for {@code prefix + code}, or the code itself. */
    public String label(String prefix, String code) {
        return code == null ? "" : label(locale.getLocale(), prefix + code, code);
    }

    public String date(LocalDate day) {
        return day == null ? "" : ISO.format(day);
    }

    public Locale locale() {
        return locale.getLocale();
    }

    /** A public-bundle text in a locale, formatted with its arguments; {@code fallback} when the key is missing. */
    public static String label(Locale locale, String key, String fallback, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    /** An error message of the messages bundle, in the page's language. */
    public String message(String key, Object... args) {
        return Messages.text(locale.getLocale(), key, args);
    }
}
