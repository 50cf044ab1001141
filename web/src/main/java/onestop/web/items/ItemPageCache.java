package onestop.web.items;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serial;
import java.util.Locale;

/**
 * Conditional GET and a rendered-page cache for the public item pages ({@code /items/*.xhtml}).
 * A page depends only on its URL, its language and the {@link CatalogVersionStamp}: a client
 * holding the current ETag (or a Last-Modified as recent) gets a 304; otherwise the page is
 * served from {@link RenderedPages} when it was rendered for the current stamp, and rendered by
 * Faces (then kept) when not. A visitor who already has a session (staff, or someone who chose a
 * language on the home page) is served by Faces directly, since the page may then depend on the
 * session; so are postbacks.
 */
@WebFilter(filterName = "itemPageCache", urlPatterns = "/items/*", dispatcherTypes = DispatcherType.REQUEST)
public class ItemPageCache extends HttpFilter {
    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogVersionStamp stamps;

    @Inject
    private RenderedPages pages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        boolean head = "HEAD".equals(method);
        if (!("GET".equals(method) || head) || !request.getRequestURI().endsWith(".xhtml")
                || request.getRequestURI().endsWith("/items/search.xhtml")   // depends on the index, not the catalog stamp
                || request.getSession(false) != null) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = PublicLanguage.of(request);
        boolean languageFromHeader = PublicLanguage.explicit(request) == null;
        CatalogVersionStamp.Stamp stamp = stamps.now(locale);
        if (ConditionalGet.notModified(request, stamp)) {
            ConditionalGet.validators(response, stamp, languageFromHeader);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String key = request.getRequestURI() + "?" + (request.getQueryString() == null ? "" : request.getQueryString())
                + "#" + stamp.language();
        RenderedPages.Page page = pages.get(key, stamp.etag());
        if (page == null) {
            CapturedResponse captured = new CapturedResponse(response);
            chain.doFilter(request, captured);
            if (captured.passedThrough()) {
                return;
            }
            byte[] body = captured.body();
            boolean storable = captured.storable() && request.getSession(false) == null;
            if (!storable) {
                response.setContentLength(body.length);
                if (!head) {
                    response.getOutputStream().write(body);
                }
                return;
            }
            page = new RenderedPages.Page(stamp.etag(), response.getContentType(), body);
            pages.put(key, page);
        }
        ConditionalGet.validators(response, stamp, languageFromHeader);
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        if (!head) {
            response.getOutputStream().write(page.body());
        }
    }
}
