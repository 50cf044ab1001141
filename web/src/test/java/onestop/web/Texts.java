package onestop.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of the {@code onestop.web.messages} bundles (or another of the web module's) as the tests expect them, read straight
 * from the bundle files rather than through the application's own helper.
 */
public final class Texts {
    public static final Locale HANT = Locale.TAIWAN;
    public static final Locale HANS = Locale.CHINA;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final Locale locale;
    private final ResourceBundle bundle;

    private Texts(Locale locale, String baseName) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(baseName, locale);
    }

    public static Texts of(Locale locale) {
        return new Texts(locale, "onestop.web.messages");
    }

    /** The texts of another of the web module's bundles, e.g. {@code onestop.web.cases}. */
    public static Texts of(Locale locale, String baseName) {
        return new Texts(locale, baseName);
    }

    public Locale locale() {
        return locale;
    }

    /** The text of {@code key}; with arguments, formatted as {@link MessageFormat} does for the pages. */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
