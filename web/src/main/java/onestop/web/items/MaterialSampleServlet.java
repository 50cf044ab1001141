package onestop.web.items;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import onestop.catalog.CatalogViews.ItemGuide;
import onestop.catalog.RequiredMaterial;
import onestop.documents.DocumentException;
import onestop.documents.DocumentInfo;
import onestop.documents.DocumentStore;

import java.io.IOException;
import java.io.Serial;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /items/form?code=…&material=n}: the blank form or sample of the n-th material of the
 * version in effect. Only documents a published guide offers are served, never a document by its
 * hash: the store also holds the public's uploads.
 */
@WebServlet(name = "itemMaterialSample", urlPatterns = "/items/form")
public class MaterialSampleServlet extends HttpServlet {
    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private PublicCatalog catalog;

    @EJB
    private DocumentStore documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ItemGuide> guide = catalog.guide(request.getParameter("code"));
        RequiredMaterial material = guide.map(g -> material(g.current().content().materials(),
                request.getParameter("material"))).orElse(null);
        if (material == null || material.sampleSha256() == null) {
            notFound(request, response);
            return;
        }
        String etag = "\"" + material.sampleSha256() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", ConditionalGet.CACHE_CONTROL);
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && ConditionalGet.matches(ifNoneMatch, etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        DocumentInfo info;
        byte[] content;
        try {
            info = documents.info(material.sampleSha256());
            content = documents.read(material.sampleSha256());
        } catch (DocumentException e) {
            notFound(request, response);
            return;
        }
        String name = material.sampleFileName() == null ? material.name() : material.sampleFileName();
        response.setContentType(info.contentType() == null ? "application/octet-stream" : info.contentType());
        response.setHeader("Content-Disposition", "attachment; filename=\"sample\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    /** A plain answer: the error page would open a session. */
    private void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(catalog.texts(PublicLanguage.of(request)).label("guide.sampleMissing"));
    }

    private static RequiredMaterial material(List<RequiredMaterial> materials, String number) {
        try {
            int n = Integer.parseInt(number == null ? "" : number.strip());
            return n >= 1 && n <= materials.size() ? materials.get(n - 1) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
