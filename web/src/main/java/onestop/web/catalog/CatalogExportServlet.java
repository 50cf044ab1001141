package onestop.web.catalog;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import onestop.catalog.ItemCatalog;

import java.io.IOException;
import java.time.LocalDate;

/** Downloads the catalog in effect today as a CSV in the import format (center management; see web.xml). */
@WebServlet("/staff/admin/catalog.csv")
public class CatalogExportServlet extends HttpServlet {
    @EJB
    private ItemCatalog catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] csv = catalog.exportCsv();
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"catalog-" + LocalDate.now() + ".csv\"");
        response.setContentLength(csv.length);
        response.getOutputStream().write(csv);
    }
}
