package onestop.web.supervision;

import static onestop.web.api.AccountsResource.requireBody;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import onestop.supervision.AlertService;
import onestop.supervision.AlertView;
import onestop.supervision.Grouping;
import onestop.supervision.PerformanceReport;
import onestop.supervision.PerformanceService;

import java.time.LocalDate;
import java.util.List;

/**
 * E-supervision over HTTP: the cards and their handling, the figures of a period and the cases
 * behind a figure. The EJBs decide who sees what (a chief representative: their department).
 */
@Path("supervision")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupervisionResource {
    @EJB
    private AlertService alerts;

    @EJB
    private PerformanceService performance;

    public record NoteBody(long version, String text) {
    }

    public record EscalationBody(long version, String requirement, int workingDays) {
    }

    public record MarginBody(String itemCode, int days) {
    }

    @GET
    @Path("alerts")
    public List<AlertView> alerts(@QueryParam("open") boolean openOnly, @QueryParam("department") String department) {
        return alerts.list(openOnly, department);
    }

    @POST
    @Path("alerts/{id}/explain")
    public AlertView explain(@PathParam("id") long id, NoteBody body) {
        NoteBody b = requireBody(body);
        return alerts.explain(id, b.version(), b.text());
    }

    @POST
    @Path("alerts/{id}/close")
    public AlertView close(@PathParam("id") long id, NoteBody body) {
        NoteBody b = requireBody(body);
        return alerts.close(id, b.version(), b.text());
    }

    @POST
    @Path("alerts/{id}/escalate")
    public AlertView escalate(@PathParam("id") long id, EscalationBody body) {
        EscalationBody b = requireBody(body);
        return alerts.escalate(id, b.version(), b.requirement(), b.workingDays());
    }

    @GET
    @Path("alerts/{id}/rectification")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response rectification(@PathParam("id") long id) {
        return Response.ok(alerts.rectification(id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"rectification-" + id + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Path("margin")
    public Response margin(MarginBody body) {
        MarginBody b = requireBody(body);
        alerts.setMargin(b.itemCode(), b.days());
        return Response.noContent().build();
    }

    /** {@code ?from=2026-11-01&to=2026-11-30&group=DEPARTMENT|WINDOW|ITEM|CENTER[&department=SCJ]} */
    @GET
    @Path("metrics")
    public PerformanceReport metrics(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                     @QueryParam("group") Grouping group, @QueryParam("department") String department) {
        return performance.report(from, to, group, department);
    }

    /** The case numbers behind a figure: {@code &key=SCJ&metric=overdue}. */
    @GET
    @Path("metrics/cases")
    public List<String> casesBehind(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
                                    @QueryParam("group") Grouping group, @QueryParam("key") String key,
                                    @QueryParam("metric") String metric, @QueryParam("department") String department) {
        if (key == null || metric == null) {
            throw new BadRequestException();
        }
        return performance.casesBehind(from, to, group == null ? Grouping.DEPARTMENT : group, key, metric, department);
    }

}
