package onestop.web.items;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Arrays;

/**
 * HTTP validation of the public catalog's answers (RFC 9110 §13): the ETag and Last-Modified
 * of a {@link CatalogVersionStamp.Stamp}, and whether a request's If-None-Match or
 * If-Modified-Since already has it. If-None-Match wins when both are sent.
 */
final class ConditionalGet {
    /** Shared caches may keep the answer but must ask again each time; the language may come from the header. */
    static final String CACHE_CONTROL = "public, no-cache";

    private ConditionalGet() {
    }

    static void validators(HttpServletResponse response, CatalogVersionStamp.Stamp stamp, boolean languageFromHeader) {
        response.setHeader("ETag", stamp.etag());
        response.setDateHeader("Last-Modified", stamp.lastModified().toEpochMilli());
        response.setHeader("Cache-Control", CACHE_CONTROL);
        if (languageFromHeader) {
            response.setHeader("Vary", "Accept-Language");
        }
    }

    /** True when the client's copy is current, so a 304 is the answer. */
    static boolean notModified(HttpServletRequest request, CatalogVersionStamp.Stamp stamp) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return matches(ifNoneMatch, stamp.etag());
        }
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return false;
        }
        return since >= 0 && stamp.lastModified().toEpochMilli() <= since;
    }

    /** Weak comparison, as If-None-Match asks for. */
    static boolean matches(String ifNoneMatch, String etag) {
        String opaque = opaque(etag);
        return ifNoneMatch.strip().equals("*")
                || Arrays.stream(ifNoneMatch.split(",")).map(String::strip).map(ConditionalGet::opaque).anyMatch(opaque::equals);
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
