package onestop.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import onestop.common.Text;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** View helpers for data texts: {@code #{i18n.t(department.name())}} picks the user's language. */
@Named("i18n")
@RequestScoped
public class TextView {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    private LocaleView locale;

    public String t(Text text) {
        return text == null ? "" : text.in(locale.getLocale());
    }

    /** The bundle's label for a code ({@code prefix + code}), or the code itself when there is none. */
    public String label(String prefix, String code) {
        if (code == null) {
            return "";
        }
        String key = prefix + code;
        String text = Messages.text(locale.getLocale(), key);
        return key.equals(text) ? code : text;
    }

    public String time(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZoneId.systemDefault()));
    }
}
