package onestop.web.fees;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import onestop.common.OnestopException;
import onestop.fees.CashierService;
import onestop.fees.FeeService;

import java.io.IOException;

/**
 * The papers of fees for the workbench's session (the API takes HTTP Basic only):
 * {@code ?notice=N} (the notice PDF), {@code ?receipt=R} (the receipt), {@code ?ledger=ID}
 * with {@code &format=csv} for the CSV. The EJBs decide who may read what.
 */
@WebServlet("/staff/fees/document")
public class FeeDocumentServlet extends HttpServlet {
    @EJB
    private FeeService fees;

    @EJB
    private CashierService cashier;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String notice = request.getParameter("notice");
        String receipt = request.getParameter("receipt");
        String ledger = request.getParameter("ledger");
        try {
            if (notice != null) {
                send(response, fees.noticePdf(notice), "application/pdf", "notice-" + safe(notice) + ".pdf", false);
            } else if (receipt != null) {
                send(response, cashier.receiptPdf(receipt), "application/pdf", "receipt-" + safe(receipt) + ".pdf", false);
            } else if (ledger != null) {
                long id = Long.parseLong(ledger);
                if ("csv".equals(request.getParameter("format"))) {
                    send(response, cashier.ledgerCsv(id), "text/csv; charset=UTF-8", "ledger-" + id + ".csv", true);
                } else {
                    send(response, cashier.ledgerPdf(id), "application/pdf", "ledger-" + id + ".pdf", false);
                }
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (NumberFormatException | OnestopException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private static void send(HttpServletResponse response, byte[] bytes, String type, String name, boolean attachment)
            throws IOException {
        response.setContentType(type);
        response.setHeader("Content-Disposition", (attachment ? "attachment" : "inline") + "; filename=\"" + name + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9-]", "");
    }
}
