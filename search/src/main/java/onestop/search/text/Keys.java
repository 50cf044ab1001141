package onestop.search.text;

import java.util.Locale;

/** The normal form of exact values (codes, numbers, credit codes): compared after this, at indexing and query time. */
public final class Keys {

    private Keys() {
    }

    /** Full-width to half-width, trimmed, upper case (ASCII rules); null stays null. */
    public static String normalize(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0xFF01 && c <= 0xFF5E) {
                c = (char) (c - 0xFEE0);
            } else if (c == 0x3000) {
                c = ' ';
            }
            out.append(c);
        }
        return out.toString().strip().toUpperCase(Locale.ROOT);
    }
}
