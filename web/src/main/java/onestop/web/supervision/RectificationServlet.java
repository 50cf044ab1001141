package onestop.web.supervision;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import onestop.supervision.AlertService;

import java.io.IOException;

/**
 * The rectification notice (整改通知書) of an escalated card, for the workbench (the API's
 * {@code /api/supervision/alerts/{id}/rectification} takes HTTP Basic). Who may read it is the
 * EJB's decision: a chief representative only their department's.
 */
@WebServlet("/staff/supervision/rectification")
public class RectificationServlet extends HttpServlet {
    @EJB
    private transient AlertService alerts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Downloads.serve(request, response, id -> new Downloads.File(alerts.rectification(id), "application/pdf", "inline",
                "rectification-" + id + ".pdf"));
    }
}
