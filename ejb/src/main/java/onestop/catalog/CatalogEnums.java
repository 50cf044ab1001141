package onestop.catalog;

import java.util.Locale;
import java.util.function.Function;

/** Reads an enum from a spreadsheet cell: its code (any case) or its Chinese label. */
final class CatalogEnums {
    private CatalogEnums() {
    }

    static <E extends Enum<E>> E parse(E[] values, String value, Function<E, String> label) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        for (E e : values) {
            if (e.name().equals(v.toUpperCase(Locale.ROOT)) || label.apply(e).equals(v)) {
                return e;
            }
        }
        return null;
    }
}
