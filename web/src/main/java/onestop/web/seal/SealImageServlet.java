package onestop.web.seal;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import onestop.common.OnestopException;
import onestop.seal.SealAdminService;

import java.io.IOException;

/**
 * Seal pictures for the workbench: {@code /staff/seal-image?id=…} (a seal's picture, for center
 * management and the seal's own department) and {@code /staff/seal-image?preview=…} (what the
 * system would draw for a text, for center management). The EJB decides who may see which.
 */
@WebServlet("/staff/seal-image")
public class SealImageServlet extends HttpServlet {
    @EJB
    private SealAdminService seals;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] png;
        try {
            String id = request.getParameter("id");
            String preview = request.getParameter("preview");
            if (id != null && id.matches("\\d{1,18}")) {
                png = seals.image(Long.parseLong(id));
            } else if (preview != null) {
                png = seals.preview(preview);
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (OnestopException e) {
            response.sendError(e.key().endsWith("unknown") ? HttpServletResponse.SC_NOT_FOUND
                    : HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("image/png");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setContentLength(png.length);
        response.getOutputStream().write(png);
    }
}
