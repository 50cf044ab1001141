package onestop.web.cases;

import static onestop.web.api.AccountsResource.requireBody;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import onestop.casework.CaseEnums.Opinion;
import onestop.casework.CaseEnums.SuspensionKind;
import onestop.casework.CaseException;
import onestop.casework.CaseQueries;
import onestop.casework.CaseService;
import onestop.casework.CaseViews.CaseSummary;
import onestop.casework.CaseViews.CaseView;
import onestop.casework.CaseViews.DecisionForm;
import onestop.casework.CaseViews.DocumentView;
import onestop.casework.CaseViews.IntakeForm;
import onestop.casework.CaseViews.MaterialReceipt;
import onestop.casework.CaseViews.Scan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The staff API of case files under {@code /api/cases}, for the workbench's scripts and for an
 * online portal that hands applications over: the same EJB rules as the screens. Every answer
 * with a case carries its version as the {@code ETag}; send it back as {@code If-Match} and an
 * action on a case someone else changed meanwhile is refused with 409 instead of applied.
 */
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseResource {
    /** A multipart intake may carry the application and scans of up to 20 MB each. */
    static final long MAX_PART_BYTES = CaseService.MAX_SCAN_BYTES;

    @EJB
    private CaseService cases;

    @EJB
    private CaseQueries queries;

    @Context
    private UriInfo uri;

    public record ReasonBody(String reason, String legalBasis) {
    }

    public record NoteBody(String note) {
    }

    public record SuspensionBody(SuspensionKind kind, String reason, String legalBasis, int allowedDays) {
    }

    public record ExtensionBody(int days, String reason) {
    }

    public record OpinionBody(Opinion opinion, String text) {
    }

    @GET
    public List<CaseSummary> queue() {
        return queries.queue();
    }

    @POST
    public Response register(IntakeForm form) {
        return created(cases.register(requireBody(form)));
    }

    /**
     * A whole application in one request ({@code multipart/form-data}): the part {@code case} is the
     * intake form as JSON, each part {@code scan} (whole case) or {@code scan.N} (material N) a file;
     * {@code ?accept=true} accepts it at once. All or nothing.
     */
    @POST
    @Path("intake")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response intake(List<EntityPart> parts, @QueryParam("accept") boolean accept) {
        IntakeForm form = null;
        List<Scan> scans = new ArrayList<>();
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            try {
                if (part.getName().equals("case")) {
                    form = part.getContent(IntakeForm.class);
                } else if (part.getName().equals("scan") || part.getName().startsWith("scan.")) {
                    Integer material = part.getName().equals("scan") ? null : position(part.getName().substring(5));
                    scans.add(new Scan(material, part.getFileName().orElse(part.getName()), bytes(part.getContent())));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return created(cases.intake(requireBody(form), scans, accept));
    }

    @GET
    @Path("{number}")
    public Response find(@PathParam("number") String number) {
        return ok(queries.find(number));
    }

    @PUT
    @Path("{number}/materials")
    public Response materials(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch,
                              List<MaterialReceipt> receipts) {
        return ok(cases.updateMaterials(number, version(ifMatch), requireBody(receipts)));
    }

    /** A scan as the raw request body: {@code ?material=N} for one material, {@code &name=} its file name. */
    @POST
    @Path("{number}/documents")
    @Consumes({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
    public Response attach(@PathParam("number") String number, @QueryParam("material") Integer material,
                           @QueryParam("name") String name, InputStream body) {
        CaseView view = cases.attach(number, material, name, bytes(body));
        DocumentView added = view.documents().get(view.documents().size() - 1);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(added.id())).build())
                .tag(etag(view)).entity(view).build();
    }

    @GET
    @Path("{number}/documents/{id}")
    @Produces({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    public Response document(@PathParam("number") String number, @PathParam("id") long id) {
        DocumentView info = queries.documentInfo(number, id);
        return Response.ok(queries.document(number, id), info.contentType())
                .header("Content-Disposition", "inline; filename=\"" + asciiName(info) + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Path("{number}/accept")
    public Response accept(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch) {
        return ok(cases.accept(number, version(ifMatch)));
    }

    @POST
    @Path("{number}/on-the-spot")
    public Response onTheSpot(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch) {
        return ok(cases.handleOnTheSpot(number, version(ifMatch)));
    }

    @POST
    @Path("{number}/refuse")
    public Response refuse(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch, ReasonBody body) {
        ReasonBody b = requireBody(body);
        return ok(cases.refuse(number, version(ifMatch), b.reason(), b.legalBasis()));
    }

    @POST
    @Path("{number}/correction")
    public Response correction(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch,
                               NoteBody body) {
        return ok(cases.requestCorrection(number, version(ifMatch), body == null ? null : body.note()));
    }

    @POST
    @Path("{number}/correction-received")
    public Response corrected(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch) {
        return ok(cases.recordCorrection(number, version(ifMatch)));
    }

    @POST
    @Path("{number}/step")
    public Response completeStep(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch,
                                 NoteBody body) {
        return ok(cases.completeStep(number, version(ifMatch), body == null ? null : body.note()));
    }

    @POST
    @Path("{number}/suspend")
    public Response suspend(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch,
                            SuspensionBody body) {
        SuspensionBody b = requireBody(body);
        return ok(cases.suspend(number, version(ifMatch), b.kind(), b.reason(), b.legalBasis(), b.allowedDays()));
    }

    @POST
    @Path("{number}/resume")
    public Response resume(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch) {
        return ok(cases.resume(number, version(ifMatch)));
    }

    @POST
    @Path("{number}/extend")
    public Response extend(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch,
                           ExtensionBody body) {
        ExtensionBody b = requireBody(body);
        return ok(cases.extend(number, version(ifMatch), b.days(), b.reason()));
    }

    @POST
    @Path("{number}/joint-opinion")
    public Response jointOpinion(@PathParam("number") String number, OpinionBody body) {
        OpinionBody b = requireBody(body);
        return ok(cases.answerJointTask(number, b.opinion(), b.text()));
    }

    @POST
    @Path("{number}/decision")
    public Response decide(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch,
                           DecisionForm body) {
        return ok(cases.decide(number, version(ifMatch), requireBody(body)));
    }

    @POST
    @Path("{number}/issue")
    public Response issue(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch) {
        return ok(cases.issue(number, version(ifMatch)));
    }

    @POST
    @Path("{number}/collect")
    public Response collect(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch,
                            NoteBody body) {
        return ok(cases.collect(number, version(ifMatch), body == null ? null : body.note()));
    }

    @POST
    @Path("{number}/archive")
    public Response archive(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch) {
        return ok(cases.archive(number, version(ifMatch)));
    }

    private Response created(CaseView view) {
        URI location = uri.getBaseUriBuilder().path("cases").path(view.number()).build();
        return Response.created(location).tag(etag(view)).entity(view).build();
    }

    private static Response ok(CaseView view) {
        return Response.ok(view).tag(etag(view)).build();
    }

    private static EntityTag etag(CaseView view) {
        return new EntityTag(Long.toString(view.version()));
    }

    /** The version named by {@code If-Match: "7"} (or a bare 7); no header means "whatever is current". */
    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new CaseException("case.ifMatchInvalid", ifMatch);
        }
    }

    private static Integer position(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new CaseException("case.materialUnknown", value);
        }
    }

    /** Reads a body or part up to the scan limit (one byte more tells "too large"). */
    static byte[] bytes(InputStream in) {
        try (in) {
            byte[] data = in.readNBytes((int) MAX_PART_BYTES + 1);
            if (data.length > MAX_PART_BYTES) {
                throw new CaseException("case.fileTooLarge", MAX_PART_BYTES / (1024 * 1024));
            }
            return data;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String asciiName(DocumentView d) {
        String name = d.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        return name.isBlank() ? "document" : name;
    }

}
