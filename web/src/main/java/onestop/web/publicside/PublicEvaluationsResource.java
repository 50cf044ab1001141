package onestop.web.publicside;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import onestop.disclosure.PublicException;
import onestop.evaluation.EvaluationService;
import onestop.evaluation.EvaluationViews.EvaluationForm;
import onestop.evaluation.EvaluationViews.EvaluationReceipt;
import onestop.web.publicside.PublicLimits.Kind;

/**
 * {@code POST /api/public/evaluations} with {@code {"caseNumber", "queryCode", "rating": 1–5,
 * "comment"}}: the applicant's rating of a finished case (好差評), once (a second one is a 409).
 * {@code website} is a honeypot.
 */
@Path("public/evaluations")
@Produces(MediaType.APPLICATION_JSON)
public class PublicEvaluationsResource {
    @EJB
    private EvaluationService evaluations;

    @Inject
    private PublicLimits limits;

    @Context
    private HttpServletRequest request;

    /** The rating. */
    public record Rating(String caseNumber, String queryCode, Integer rating, String comment, String website) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rate(Rating r) {
        if (r != null && r.website() != null && !r.website().isBlank()) {
            throw new PublicException("evaluation.rejected");
        }
        String address = ClientAddress.of(request);
        limits.take(Kind.SUBMISSION, address);
        EvaluationReceipt receipt = evaluations.evaluate(r == null ? null
                : new EvaluationForm(r.caseNumber(), r.queryCode(), r.rating(), r.comment()), address);
        return Response.status(Response.Status.CREATED).cacheControl(PublicAnswers.PRIVATE).entity(receipt).build();
    }
}
