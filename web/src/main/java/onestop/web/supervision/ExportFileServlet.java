package onestop.web.supervision;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import onestop.export.ExportJobView;
import onestop.export.ExportService;

import java.io.IOException;

/**
 * Downloads a finished export of the logged-in user for the workbench (the API's
 * {@code /api/exports/{id}/file} takes HTTP Basic). Someone else's export, or one not ready, is
 * "not found".
 */
@WebServlet("/staff/exports/file")
public class ExportFileServlet extends HttpServlet {
    @EJB
    private transient ExportService exports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.serve(request, response, id -> {
            ExportJobView job = exports.job(id);
            String type = job.contentType() + ("text/csv".equals(job.contentType()) ? "; charset=UTF-8" : "");
            return new Downloads.File(exports.file(id), type, "attachment", job.fileName());
        });
    }
}
