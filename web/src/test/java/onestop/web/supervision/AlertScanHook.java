package onestop.web.supervision;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import onestop.supervision.AlertScanner;

import java.io.IOException;
import java.time.LocalDate;

/**
 * Test deployments only (added by ShrinkWrap, never in the application): runs the alert scan as
 * of a given day, {@code POST /it/alert-scan?day=2026-12-07}, so that browser tests have cards to
 * handle without waiting for the deadline. Answers the number of alerts raised.
 */
@WebServlet("/it/alert-scan")
public class AlertScanHook extends HttpServlet {
    @EJB
    private transient AlertScanner scanner;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int raised = scanner.scan(LocalDate.parse(request.getParameter("day"))).size();
        response.setContentType("text/plain");
        response.getWriter().print(raised);
    }
}
