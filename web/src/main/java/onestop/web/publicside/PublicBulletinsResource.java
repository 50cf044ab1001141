package onestop.web.publicside;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import onestop.disclosure.CaseBulletins;
import onestop.disclosure.DisclosureViews.BulletinPage;
import onestop.disclosure.DisclosureViews.BulletinQuery;
import onestop.disclosure.PublicException;
import onestop.web.publicside.PublicLimits.Kind;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/public/bulletins?department=&item=&from=&to=&page=&size=}: published decisions
 * (辦件公示), newest first. Shared caches may keep an answer for a minute.
 */
@Path("public/bulletins")
@Produces(MediaType.APPLICATION_JSON)
public class PublicBulletinsResource {
    static final CacheControl SHORT = CacheControl.valueOf("public, max-age=60");
    static final int PAGE_SIZE = 20;

    @EJB
    private CaseBulletins bulletins;

    @Inject
    private PublicLimits limits;

    @Context
    private HttpServletRequest request;

    /** One published decision in the caller's language. */
    public record Bulletin(String caseNumber, String itemCode, String itemName, String departmentCode, String department,
                           String applicant, String decision, String decisionText, LocalDate decidedOn,
                           LocalDate publishedOn) {
    }

    /** A page of them. */
    public record Page(long total, int page, int pages, int size, List<Bulletin> bulletins) {
    }

    @GET
    public Response list(@QueryParam("department") String department, @QueryParam("item") String item,
                         @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        limits.take(Kind.LOOKUP, ClientAddress.of(request));
        BulletinPage found = bulletins.search(new BulletinQuery(department, item, date(from), date(to),
                page == null ? 0 : page, size == null ? PAGE_SIZE : size));
        Locale locale = PublicAnswers.locale(request);
        List<Bulletin> list = found.bulletins().stream().map(b -> new Bulletin(b.caseNumber(), b.itemCode(), b.itemName(),
                b.departmentCode(), PublicAnswers.in(b.departmentName(), locale), b.applicantName(), b.decision(),
                PublicTexts.label(locale, "decision." + b.decision(), b.decision()), b.decidedOn(), b.publishedOn())).toList();
        Response.ResponseBuilder answer = Response.ok(new Page(found.total(), found.page(), found.pages(), found.pageSize(), list))
                .cacheControl(SHORT);
        if (request.getParameter("lang") == null) {
            answer.header("Vary", "Accept-Language");
        }
        return answer.build();
    }

    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new PublicException("bulletin.dateMalformed", value.strip().length() > 20 ? "" : value.strip());
        }
    }
}
