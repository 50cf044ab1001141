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
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;

/**
 * Answers an oversized {@code POST /api/verify} (its declared length over 20 MB) at once with 413
 * and the verification JSON, without reading the body: the server would otherwise cut the
 * connection at its own upload limit and the caller would get no answer it can read.
 */
@WebFilter("/api/verify")
public class VerifyUploadLimit extends HttpFilter {
    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() <= DocumentStore.MAX_BYTES) {
            chain.doFilter(request, response);
            return;
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
