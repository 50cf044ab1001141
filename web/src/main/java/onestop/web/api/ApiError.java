package onestop.web.api;

/** The body of every error answer: a stable code for scripts and a message in the caller's language. */
public record ApiError(String error, String message) {
}
