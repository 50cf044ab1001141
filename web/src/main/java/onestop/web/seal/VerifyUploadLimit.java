package onestop.web.seal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import onestop.documents.DocumentStore;
import onestop.seal.Reason;
import onestop.web.i18n.LocaleView;
import onestop.web.i18n.Messages;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;

/**
 * Answers an oversized {@code POST /api/verify} (its declared length over 20 MB) with 413 and the
 * verification JSON. Up to the server's own request limit (25 MB, {@code max-post-size} in
 * {@code configure-server.cli}) the body is read and dropped first: a caller still sending would
 * otherwise find the connection closed under its write and never read the answer (which happened,
 * depending on timing). Beyond that limit the server cuts the connection anyway, so the answer goes
 * out at once.
 */
@WebFilter("/api/verify")
public class VerifyUploadLimit extends HttpFilter {
    /** The listener's {@code max-post-size}. */
    static final long SERVER_REQUEST_LIMIT = 25L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        if (length <= DocumentStore.MAX_BYTES) {
            chain.doFilter(request, response);
            return;
        }
        if (length <= SERVER_REQUEST_LIMIT) {
            request.getInputStream().transferTo(OutputStream.nullOutputStream());
        }
        Locale locale = LocaleView.fromAcceptLanguage(Collections.list(request.getLocales()));
        String message = Messages.text(locale, Reason.TOO_LARGE.messageKey()).replace("\\", "\\\\").replace("\"", "\\\"");
        byte[] body = ("{\"valid\":false,\"licenseNumber\":null,\"department\":null,\"seal\":null,\"signedAt\":null,"
                + "\"status\":\"UNKNOWN\",\"reasons\":[{\"code\":\"" + Reason.TOO_LARGE.code() + "\",\"message\":\""
                + message + "\"}],\"documentKind\":null,\"sha256\":null}").getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Connection", "close");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
