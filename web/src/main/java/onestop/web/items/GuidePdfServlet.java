package onestop.web.items;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import onestop.catalog.CatalogViews.ItemGuide;
import onestop.catalog.guide.GuidePdf;

import java.io.IOException;
import java.io.Serial;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code GET /items/guide.pdf?code=…&lang=…}: the printable guide of the version in effect, with
 * the same validators as the pages, kept rendered like them (a PDF with subset fonts takes far
 * longer to make than to send). The file name is the item's name, in UTF-8 (RFC 6266).
 */
@WebServlet(name = "itemGuidePdf", urlPatterns = "/items/guide.pdf")
public class GuidePdfServlet extends HttpServlet {
    @Serial
    private static final long serialVersionUID = 1L;
    static final String PDF = "application/pdf";

    @Inject
    private PublicCatalog catalog;

    @Inject
    private CatalogVersionStamp stamps;

    @Inject
    private RenderedPages rendered;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = PublicLanguage.of(request);
        boolean languageFromHeader = PublicLanguage.explicit(request) == null;
        String code = request.getParameter("code");
        CatalogVersionStamp.Stamp stamp = stamps.now(locale);
        Optional<ItemGuide> guide = catalog.guide(code);
        if (guide.isEmpty()) {
            CatalogTexts texts = catalog.texts(locale);
            response.setContentType("text/plain;charset=UTF-8");
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.getWriter().write(texts.label("guide.notFound", code == null ? "" : code));
            return;
        }
        ItemGuide g = guide.get();
        ConditionalGet.validators(response, stamp, languageFromHeader);
        response.setHeader("Content-Disposition", disposition(g));
        if (ConditionalGet.notModified(request, stamp)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String key = "pdf:" + g.current().code() + "#" + stamp.language();
        RenderedPages.Page page = rendered.get(key, stamp.etag());
        if (page == null) {
            byte[] pdf = GuidePdf.render(g, catalog.texts(locale), ZonedDateTime.now());
            page = new RenderedPages.Page(stamp.etag(), PDF, pdf);
            rendered.put(key, page);
        }
        response.setContentType(PDF);
        response.setContentLength(page.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(page.body());
        }
    }

    /** Shown in the browser (it prints from there), saved as "<name>-<code>-v<n>.pdf". */
    static String disposition(ItemGuide g) {
        String name = g.current().content().name() + "-" + g.current().code() + "-v" + g.current().number() + ".pdf";
        String ascii = g.current().code() + "-v" + g.current().number() + ".pdf";
        return "inline; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
