package onestop.search;

/**
 * The index cannot serve the request now (server down, disk full, a rejected bulk item). Writers
 * keep their outbox rows and retry later; a search shows "search is unavailable".
 */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public SearchUnavailableException(String message) {
        super(message);
    }
}
