package onestop.search;

import java.util.List;

/**
 * The query cannot be run as typed. {@link #key()} names a message for the user (the web layer's
 * bundles hold the texts), {@link #arguments()} fill it; {@link #getMessage()} is English for logs.
 * Never a server error: the API answers 400.
 */
public class SearchQueryException extends RuntimeException {

    /** Unbalanced quotes or brackets, an operator with nothing to apply to; argument: the position (1-based). */
    public static final String INVALID = "search.queryInvalid";
    /** Longer than {@link SearchQuery#MAX_TEXT_LENGTH}; argument: the maximum. */
    public static final String TOO_LONG = "search.queryTooLong";
    /** More terms or deeper brackets than allowed; argument: the maximum number of terms. */
    public static final String TOO_COMPLEX = "search.queryTooComplex";
    /** Nothing searchable left, e.g. only punctuation. */
    public static final String EMPTY = "search.queryEmpty";
    /** A paging cursor that does not belong to this query's order. */
    public static final String CURSOR_INVALID = "search.cursorInvalid";

    private final String key;
    private final List<Object> arguments;

    public SearchQueryException(String key, String message, Object... arguments) {
        super(message);
        this.key = key;
        this.arguments = List.of(arguments);
    }

    public String key() {
        return key;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
