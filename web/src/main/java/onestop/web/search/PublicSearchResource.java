package onestop.web.search;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import onestop.indexing.SearchService;

/**
 * The public item search, no login ({@code GET /api/public/search?q=...}): the item guides in
 * effect today only, whatever {@code scope} says. Same parameters and answer as {@code /api/search}.
 */
@Path("public/search")
@Produces(MediaType.APPLICATION_JSON)
public class PublicSearchResource {
    @EJB
    private SearchService search;

    @GET
    public Response search(@BeanParam SearchParameters parameters) {
        return Response.ok(search.searchPublic(parameters.request())).header("Cache-Control", "no-store").build();
    }
}
