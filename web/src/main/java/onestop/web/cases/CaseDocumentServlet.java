package onestop.web.cases;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import onestop.casework.CaseException;
import onestop.casework.CaseQueries;
import onestop.casework.CaseViews.DocumentView;
import onestop.documents.ContentTypes;
import onestop.documents.DocumentException;

import java.io.IOException;
import java.io.Serial;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * {@code GET /staff/cases/document?number=…&id=…}: one document of a case (a notice the case
 * produced or a scan), for staff who may read the case ({@link CaseQueries} decides; web.xml
 * requires a staff login). Only the types a case holds are shown inline, never sniffed as
 * anything else; the file name is sent in a form no header injection can ride on.
 */
@WebServlet(name = "caseDocument", urlPatterns = "/staff/cases/document")
public class CaseDocumentServlet extends HttpServlet {
    @Serial
    private static final long serialVersionUID = 1L;
    private static final Set<String> INLINE_TYPES = Set.of(ContentTypes.PDF, ContentTypes.PNG, ContentTypes.JPEG);

    @EJB
    private CaseQueries queries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String number = request.getParameter("number");
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")).strip());
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DocumentView info;
        byte[] content;
        try {
            info = queries.documentInfo(number, id);
            content = queries.document(number, id);
        } catch (CaseException | DocumentException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        boolean inline = INLINE_TYPES.contains(info.contentType());
        response.setContentType(inline ? info.contentType() : "application/octet-stream");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", disposition(inline, info.fileName()));
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }

    /** {@code inline; filename="ascii"; filename*=UTF-8''…}: an ASCII stand-in and the real name percent-encoded. */
    static String disposition(boolean inline, String fileName) {
        String name = fileName == null || fileName.isBlank() ? "document" : fileName.strip();
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
