package onestop.common;

import java.io.Serializable;

/** A localized text as views and the API receive it: the three languages, no entity attached. */
public record Text(String hant, String hans, String en) implements Serializable {

    public static Text of(LocalizedText text) {
        return text == null ? null : new Text(text.hant(), text.hans(), text.en());
    }

    public LocalizedText toEmbeddable() {
        return new LocalizedText(hant, hans, en);
    }

    public String in(java.util.Locale locale) {
        return LocalizedText.pick(locale, hant, hans, en);
    }
}
