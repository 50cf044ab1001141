package onestop.web.seal;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import onestop.seal.SealAdminService;
import onestop.seal.SealAlgorithm;
import onestop.seal.SealException;
import onestop.seal.SealService;
import onestop.seal.SealViews.DepartmentSeal;
import onestop.seal.SealViews.SealForm;
import onestop.seal.SealViews.SealUseView;
import onestop.seal.SealViews.SealUserView;
import onestop.seal.SealViews.SealView;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;

/**
 * The licensing seals (staff, HTTP Basic). Center management: {@code GET /api/seals},
 * {@code POST /api/seals} (text, algorithm, validity, optional PNG in Base64),
 * {@code POST /api/seals/{id}/revoke}. A department's people: {@code GET /api/seals/mine}; its
 * chief representative: {@code PUT|DELETE /api/seals/mine/users/{login}}. The usage log:
 * {@code GET /api/seals/uses?department=}. A seal's picture: {@code GET /api/seals/{id}/image}.
 */
@Path("seals")
public class SealsResource {
    /** The body of {@code POST /api/seals}. */
    public record NewSeal(String departmentCode, String text, String algorithm, String validFrom, String validUntil,
                          String imagePngBase64) {
    }

    /** The body of {@code POST /api/seals/{id}/revoke}; {@code effective} is ISO-8601, optional (now). */
    public record Revocation(String reason, String effective) {
    }

    @EJB
    private SealAdminService admin;

    @EJB
    private SealService seals;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<SealView> list() {
        return admin.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(NewSeal body) {
        if (body == null) {
            throw new SealException("seal.textInvalid", 4, 40);
        }
        SealView created = admin.create(new SealForm(body.departmentCode(), body.text(), algorithm(body.algorithm()),
                date(body.validFrom()), date(body.validUntil()), png(body.imagePngBase64())));
        return Response.created(URI.create("seals/" + created.id())).entity(created).build();
    }

    @POST
    @Path("{id: \\d+}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public SealView revoke(@PathParam("id") long id, Revocation body) {
        Instant effective = null;
        if (body != null && body.effective() != null && !body.effective().isBlank()) {
            try {
                effective = Instant.parse(body.effective().strip());
            } catch (DateTimeParseException e) {
                throw new SealException("seal.revocationTimeInvalid");
            }
        }
        return admin.revoke(id, body == null ? null : body.reason(), effective);
    }

    @GET
    @Path("{id: \\d+}/image")
    @Produces("image/png")
    public byte[] image(@PathParam("id") long id) {
        return admin.image(id);
    }

    @GET
    @Path("mine")
    @Produces(MediaType.APPLICATION_JSON)
    public DepartmentSeal mine() {
        return seals.mine();
    }

    @PUT
    @Path("mine/users/{login}")
    @Produces(MediaType.APPLICATION_JSON)
    public List<SealUserView> name(@PathParam("login") String login) {
        return seals.nameUser(login);
    }

    @DELETE
    @Path("mine/users/{login}")
    @Produces(MediaType.APPLICATION_JSON)
    public List<SealUserView> remove(@PathParam("login") String login) {
        return seals.removeUser(login);
    }

    @GET
    @Path("uses")
    @Produces(MediaType.APPLICATION_JSON)
    public List<SealUseView> uses(@QueryParam("department") String department, @QueryParam("max") Integer max) {
        return seals.uses(department, max == null ? 100 : max);
    }

    private static SealAlgorithm algorithm(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return SealAlgorithm.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new SealException("seal.algorithmUnknown", value);
        }
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new SealException("seal.validityInvalid");
        }
    }

    private static byte[] png(String base64) {
        if (base64 == null || base64.isBlank()) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new SealException("seal.imageInvalid", 2);
        }
    }
}
