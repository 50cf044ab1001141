package onestop.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serial;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A text kept in the center's three languages: Traditional Chinese, Simplified Chinese, English.
 * Column names are set by the owning entity with {@code @AttributeOverride}.
 */
@Embeddable
public class LocalizedText implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    @Column(name = "hant")
    private String hant;
    @Column(name = "hans")
    private String hans;
    @Column(name = "en")
    private String en;

    protected LocalizedText() {
    }

    public LocalizedText(String hant, String hans, String en) {
        this.hant = requireText(hant, "Traditional Chinese");
        this.hans = requireText(hans, "Simplified Chinese");
        this.en = requireText(en, "English");
    }

    private static String requireText(String value, String language) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(language + " text is required");
        }
        return value.strip();
    }

    public String hant() {
        return hant;
    }

    public String hans() {
        return hans;
    }

    public String en() {
        return en;
    }

    /** The text for a locale: zh-Hans, zh-CN and zh-SG get Simplified, other Chinese Traditional, the rest English. */
    public String in(Locale locale) {
        return pick(locale, hant, hans, en);
    }

    /** Picks the variant for a locale; shared by every three-language value. */
    public static String pick(Locale locale, String hant, String hans, String en) {
        if (locale == null || !"zh".equals(locale.getLanguage())) {
            return en;
        }
        return isSimplified(locale) ? hans : hant;
    }

    public static boolean isSimplified(Locale locale) {
        String script = locale.getScript();
        if (!script.isEmpty()) {
            return "Hans".equals(script);
        }
        String country = locale.getCountry();
        return "CN".equals(country) || "SG".equals(country);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText other
                && Objects.equals(hant, other.hant) && Objects.equals(hans, other.hans) && Objects.equals(en, other.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(hant, hans, en);
    }

    @Override
    public String toString() {
        return hant;
    }
}
