package onestop.search.query;

import onestop.search.SearchQueryException;
import onestop.search.SortOrder;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The position after the last hit of a page: its sort values, which end with the unique id, so
 * the next page starts exactly after it whatever was indexed meanwhile. Opaque to callers;
 * the same format for both backends.
 *
 * @param score the hit's score (relevance order), as the float the backends compute
 * @param date  the hit's date in epoch milliseconds (date orders)
 */
public record Cursor(SortOrder sort, float score, long date, String id) {

    public String encode() {
        String value = switch (sort) {
            case RELEVANCE -> "R" + Integer.toHexString(Float.floatToIntBits(score));
            case DATE_DESC -> "D" + date;
            case DATE_ASC -> "A" + date;
        };
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((value + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws SearchQueryException {@code search.cursorInvalid} when it is not a cursor of this order */
    public static Cursor decode(String encoded, SortOrder expected) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int bar = s.indexOf('|');
            if (bar < 2 || bar == s.length() - 1) {
                throw new IllegalArgumentException("no separator");
            }
            String value = s.substring(1, bar);
            String id = s.substring(bar + 1);
            Cursor cursor = switch (s.charAt(0)) {
                case 'R' -> new Cursor(SortOrder.RELEVANCE, Float.intBitsToFloat(Integer.parseUnsignedInt(value, 16)), 0, id);
                case 'D' -> new Cursor(SortOrder.DATE_DESC, Float.NaN, Long.parseLong(value), id);
                case 'A' -> new Cursor(SortOrder.DATE_ASC, Float.NaN, Long.parseLong(value), id);
                default -> throw new IllegalArgumentException("unknown order");
            };
            if (cursor.sort() != expected) {
                throw new IllegalArgumentException("a cursor of another order");
            }
            return cursor;
        } catch (IllegalArgumentException e) {
            throw new SearchQueryException(SearchQueryException.CURSOR_INVALID,
                    "not a paging cursor of this search (" + e.getMessage() + ")");
        }
    }
}
