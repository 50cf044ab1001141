package onestop.web.cases;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import onestop.casework.CaseViews.Urgency;
import onestop.web.i18n.LocaleView;
import onestop.web.i18n.Messages;

import java.util.Locale;

/**
 * View helpers of the casework screens ({@code #{caseText...}}): labels of the
 * {@code onestop.web.cases} bundle that fall back to the code (a timeline written by a newer
 * release may hold an event this one has no label for), the urgency icons, file sizes.
 */
@Named("caseText")
@RequestScoped
public class CaseTexts {
    /** The casework screens' bundle, registered in faces-config.xml as {@code cases}. */
    public static final String BUNDLE = "onestop.web.cases";

    @Inject
    private LocaleView locale;

    /** The label of a timeline event such as {@code ACCEPTED}. */
    public String event(String code) {
        return label("event.", code);
    }

    public String label(String prefix, Object code) {
        if (code == null) {
            return "";
        }
        String name = code instanceof Enum<?> e ? e.name() : code.toString();
        String key = prefix + name;
        String text = Messages.textIn(BUNDLE, locale.getLocale(), key);
        return key.equals(text) ? name : text;
    }

    /** The PrimeIcons class of an urgency: the marker never relies on its colour alone. */
    public String icon(Urgency urgency) {
        if (urgency == null) {
            return "pi pi-check-circle";
        }
        return switch (urgency) {
            case OVERDUE -> "pi pi-exclamation-triangle";
            case DUE_SOON -> "pi pi-clock";
            case SUSPENDED -> "pi pi-pause-circle";
            case WAITING -> "pi pi-hourglass";
            case NONE -> "pi pi-check-circle";
        };
    }

    public String size(long bytes) {
        Locale l = locale.getLocale();
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(l, "%.0f KB", bytes / 1024.0);
        }
        return String.format(l, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
