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
import onestop.disclosure.CaseProgress;
import onestop.disclosure.DisclosureViews.CollectionPlace;
import onestop.disclosure.DisclosureViews.LackingView;
import onestop.disclosure.DisclosureViews.ProgressView;
import onestop.disclosure.DisclosureViews.StepView;
import onestop.web.publicside.PublicLimits.Kind;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /api/public/progress} with {@code {"number": …, "code": …}}: a case's progress for
 * its applicant (a POST, so the query code stays out of URLs and logs). Unknown number and wrong
 * code get the same 404; malformed input a 400; too many wrong codes or requests a 429.
 */
@Path("public/progress")
@Produces(MediaType.APPLICATION_JSON)
public class PublicProgressResource {
    @EJB
    private CaseProgress progress;

    @Inject
    private PublicLimits limits;

    @Context
    private HttpServletRequest request;

    /** The question. */
    public record Question(String number, String code) {
    }

    /** The answer, in the caller's language. */
    public record Answer(String number, String itemCode, String itemName, String department, String status,
                         String statusText, LocalDate receivedOn, LocalDate acceptedOn, boolean deemedAccepted,
                         LocalDate deadline, LocalDate correctionRequestedOn, List<LackingView> lacking,
                         boolean suspended, LocalDate suspendedSince, List<StepView> steps, String decision,
                         String decisionText, LocalDate decidedOn, LocalDate issuedOn, LocalDate collectedOn,
                         Collection collection, boolean evaluable, Integer rating, String licenseVerification) {
    }

    /** Where to collect the result. */
    public record Collection(String window, String hall, String location, String phone) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ask(Question question) {
        String address = ClientAddress.of(request);
        limits.take(Kind.LOOKUP, address);
        ProgressView v = progress.lookup(question == null ? null : question.number(),
                question == null ? null : question.code(), address);
        return Response.ok(answer(v, PublicAnswers.locale(request))).cacheControl(PublicAnswers.PRIVATE).build();
    }

    static Answer answer(ProgressView v, Locale locale) {
        CollectionPlace p = v.collection();
        return new Answer(v.number(), v.itemCode(), v.itemName(), PublicAnswers.in(v.departmentName(), locale),
                v.status(), PublicTexts.label(locale, "status." + v.status(), v.status()), v.receivedOn(),
                v.acceptedOn(), v.deemedAccepted(), v.deadline(), v.correctionRequestedOn(), v.lacking(), v.suspended(),
                v.suspendedSince(), v.steps(), v.decision(),
                v.decision() == null ? null : PublicTexts.label(locale, "decision." + v.decision(), v.decision()),
                v.decidedOn(), v.issuedOn(), v.collectedOn(),
                p == null ? null : new Collection(p.windowCode(), PublicAnswers.in(p.hallName(), locale),
                        PublicAnswers.in(p.location(), locale), p.departmentPhone()),
                v.evaluable(), v.rating(), v.licenseVerification());
    }
}
