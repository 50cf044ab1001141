package onestop.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import onestop.platform.HealthReport;
import onestop.platform.HealthService;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /api/health}: 200 when every part is UP, 503 otherwise; no login. */
@Path("health")
public class HealthResource {
    @EJB
    private HealthService health;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response get() {
        HealthReport report = health.check();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", report.status());
        report.checks().forEach(body::put);
        return Response.status(report.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .header("Cache-Control", "no-store").entity(body).build();
    }
}
