package onestop.web.i18n;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import onestop.common.OnestopException;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts from the {@code onestop.web.messages} bundles, in the user's language. */
public final class Messages {
    public static final String BUNDLE = "onestop.web.messages";

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... args) {
        return textIn(BUNDLE, locale, key, args);
    }

    /** A text of another of the web module's bundles (a page area's labels), in the given language. */
    public static String textIn(String baseName, Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(baseName, locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The user-facing text of a refusal from the EJB layer. */
    public static String text(Locale locale, OnestopException e) {
        return text(locale, e.key(), e.args());
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, key, args);
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, key, args);
    }

    public static void error(OnestopException e) {
        add(FacesMessage.SEVERITY_ERROR, e.key(), e.args());
    }

    /** A confirmation whose text is in another bundle than the messages (a page area's own). */
    public static void infoIn(String baseName, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String summary = textIn(baseName, faces.getViewRoot().getLocale(), key, args);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
    }

    private static void add(FacesMessage.Severity severity, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String summary = text(faces.getViewRoot().getLocale(), key, args);
        faces.addMessage(null, new FacesMessage(severity, summary, null));
    }
}
