package onestop.web.supervision;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import onestop.export.ExportJobView;
import onestop.export.ExportKind;
import onestop.export.ExportService;

import java.net.URI;
import java.util.List;

/**
 * Exports for auditors and supervisors: {@code POST /api/exports} starts one (202 Accepted with its
 * location), {@code GET /api/exports/{id}} follows its progress, {@code GET /api/exports/{id}/file}
 * downloads it when done.
 */
@Path("exports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExportResource {
    @EJB
    private ExportService exports;

    public record ExportRequest(ExportKind kind, String parameter) {
    }

    @POST
    public Response request(ExportRequest body) {
        if (body == null) {
            throw new BadRequestException();
        }
        ExportJobView job = exports.request(body.kind(), body.parameter());
        return Response.accepted(job).location(URI.create("exports/" + job.id())).build();
    }

    @GET
    public List<ExportJobView> mine() {
        return exports.mine();
    }

    @GET
    @Path("{id}")
    public ExportJobView job(@PathParam("id") long id) {
        return exports.job(id);
    }

    @GET
    @Path("{id}/file")
    @Produces({"application/pdf", "text/csv", MediaType.APPLICATION_JSON})
    public Response file(@PathParam("id") long id) {
        ExportJobView job = exports.job(id);
        return Response.ok(exports.file(id), job.contentType() + ("text/csv".equals(job.contentType()) ? "; charset=UTF-8" : ""))
                .header("Content-Disposition", "attachment; filename=\"" + job.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
