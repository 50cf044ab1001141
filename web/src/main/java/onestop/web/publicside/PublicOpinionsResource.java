package onestop.web.publicside;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import onestop.disclosure.PublicException;
import onestop.opinions.OpinionCategory;
import onestop.opinions.OpinionService;
import onestop.opinions.OpinionViews.OpinionForm;
import onestop.opinions.OpinionViews.PublicOpinion;
import onestop.opinions.OpinionViews.Receipt;
import onestop.web.publicside.PublicLimits.Kind;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Opinions (咨詢, 投訴, 建議) from the public: {@code POST /api/public/opinions} registers one
 * (201 with the tracking number), {@code GET /api/public/opinions/{tracking}} shows it with its
 * reply, {@code GET /api/public/opinions/deadlines} the reply deadline of each category.
 * {@code website} is a honeypot: people leave it empty.
 */
@Path("public/opinions")
@Produces(MediaType.APPLICATION_JSON)
public class PublicOpinionsResource {
    @EJB
    private OpinionService opinions;

    @Inject
    private PublicLimits limits;

    @Context
    private HttpServletRequest request;

    @Context
    private UriInfo uri;

    /** The submission. */
    public record Submission(OpinionCategory category, String department, String text, String contact, String website) {
    }

    /** The opinion and its reply, in the caller's language. */
    public record Status(String trackingNumber, String category, String categoryText, String department,
                         LocalDate submittedOn, String text, String status, String statusText, LocalDate replyDue,
                         String reply, LocalDate repliedOn) {
    }

    /** A category's reply deadline. */
    public record Deadline(String category, String categoryText, int workingDays) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(Submission s) {
        if (s != null && s.website() != null && !s.website().isBlank()) {
            throw new PublicException("opinion.rejected");
        }
        limits.take(Kind.SUBMISSION, ClientAddress.of(request));
        Receipt receipt = opinions.submit(s == null ? null : new OpinionForm(s.category(), s.department(), s.text(), s.contact()));
        return Response.created(uri.getAbsolutePathBuilder().path(receipt.trackingNumber()).build())
                .cacheControl(PublicAnswers.PRIVATE).entity(receipt).build();
    }

    @GET
    @Path("{tracking}")
    public Response status(@PathParam("tracking") String tracking) {
        limits.take(Kind.LOOKUP, ClientAddress.of(request));
        PublicOpinion o = opinions.status(tracking);
        Locale locale = PublicAnswers.locale(request);
        return Response.ok(new Status(o.trackingNumber(), o.category().name(),
                        PublicTexts.label(locale, "category." + o.category(), o.category().name()),
                        o.departmentName() == null ? null : PublicAnswers.in(o.departmentName(), locale), o.submittedOn(),
                        o.text(), o.status().name(), PublicTexts.label(locale, "opinionStatus." + o.status(), o.status().name()),
                        o.replyDue(), o.reply(), o.repliedOn()))
                .cacheControl(PublicAnswers.PRIVATE).build();
    }

    @GET
    @Path("deadlines")
    public Response deadlines() {
        Locale locale = PublicAnswers.locale(request);
        List<Deadline> list = opinions.deadlines().stream().map(d -> new Deadline(d.category().name(),
                PublicTexts.label(locale, "category." + d.category(), d.category().name()), d.workingDays())).toList();
        return Response.ok(list).cacheControl(PublicBulletinsResource.SHORT).build();
    }
}
