package onestop.web.seal;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import onestop.seal.LicenseRequest;
import onestop.seal.LicenseService;
import onestop.seal.SealViews.LicenseRecord;
import onestop.seal.SealViews.LicenseView;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Licenses. Public: {@code GET /api/licenses/{number}}, the registered record the QR code opens
 * (holder, scope, validity, status, the SHA-256 of the issued file; never an ID number). For the
 * issuing department's staff (HTTP Basic): {@code POST /api/licenses} issues and seals one,
 * {@code GET /api/licenses?department=}, {@code GET /api/licenses/{number}/document} (the PDF),
 * {@code POST /api/licenses/{number}/revoke}.
 */
@Path("licenses")
public class LicensesResource {
    @EJB
    private LicenseService licenses;

    @GET
    @Path("{number}")
    @Produces(MediaType.APPLICATION_JSON)
    public LicenseRecord record(@PathParam("number") String number) {
        return licenses.publicRecord(number);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response issue(LicenseRequest request) {
        LicenseView issued = licenses.issue(request);
        return Response.created(URI.create("licenses/" + issued.number())).entity(issued).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<LicenseView> list(@QueryParam("department") String department, @QueryParam("max") Integer max) {
        return licenses.list(department, max == null ? 100 : max);
    }

    @GET
    @Path("{number}/document")
    @Produces(VerifyResource.PDF)
    public Response document(@PathParam("number") String number) {
        return Response.ok(licenses.document(number))
                .header("Content-Disposition", "attachment; filename=\"" + number.replaceAll("[^A-Za-z0-9-]", "") + ".pdf\"")
                .build();
    }

    @POST
    @Path("{number}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public LicenseView revoke(@PathParam("number") String number, Map<String, String> body) {
        return licenses.revoke(number, body == null ? null : body.get("reason"));
    }
}
