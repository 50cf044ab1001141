package onestop.web.publicside;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.core.Context;
import onestop.common.OnestopException;
import onestop.disclosure.PublicException;
import onestop.web.api.ApiError;
import onestop.web.i18n.Messages;
import onestop.web.items.PublicLanguage;

import java.util.Locale;

/** What the public API's answers share: their language, their cache headers, their refusals. */
final class PublicAnswers {
    /** Answers about one case or one opinion: never stored by any cache. */
    static final CacheControl PRIVATE = CacheControl.valueOf("no-store");

    private PublicAnswers() {
    }

    static Locale locale(HttpServletRequest request) {
        return PublicLanguage.of(request);
    }

    /** The text of a data field in the caller's language. */
    static String in(onestop.common.Text text, Locale locale) {
        return text == null ? null : text.in(locale);
    }

    /** The status of a public refusal: 404 unknown, 409 conflict, 429 too many, 400 the rest. */
    static Response.Status status(OnestopException e) {
        String key = e.key();
        if (key.endsWith("TooMany")) {
            return Response.Status.TOO_MANY_REQUESTS;
        }
        if (key.endsWith(".unknown") || key.endsWith("Unknown")) {
            return Response.Status.NOT_FOUND;
        }
        if (key.endsWith("Conflict")) {
            return Response.Status.CONFLICT;
        }
        if (key.endsWith("Forbidden")) {
            return Response.Status.FORBIDDEN;
        }
        return Response.Status.BAD_REQUEST;
    }

    /**
     * The refusals of the public side as JSON in the caller's language; a slow-down is a 429 with
     * Retry-After (seconds, from the minutes the message names).
     */
    @Provider
    public static class Refused implements ExceptionMapper<PublicException> {
        @Context
        private HttpServletRequest request;

        @Override
        public Response toResponse(PublicException e) {
            Locale locale = request == null ? Locale.ENGLISH : locale(request);
            Response.ResponseBuilder answer = Response.status(status(e)).type(MediaType.APPLICATION_JSON_TYPE)
                    .cacheControl(PRIVATE).entity(new ApiError(e.key(), Messages.text(locale, e)));
            if (e.isThrottle() && e.args().length > 0 && e.args()[0] instanceof Number minutes) {
                answer.header("Retry-After", Long.toString(minutes.longValue() * 60));
            }
            return answer.build();
        }
    }
}
