package onestop.web.search;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import onestop.indexing.IndexStatus;
import onestop.indexing.IndexingService;
import onestop.indexing.SearchPage;
import onestop.indexing.SearchService;

import java.util.Map;

/**
 * Staff search ({@code GET /api/search}), scoped by the caller's role and department in the EJB
 * layer; the index's state ({@code GET /api/search/index}) and a full rebuild
 * ({@code POST /api/search/index/rebuild}, center management).
 */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
    @EJB
    private SearchService search;

    @EJB
    private IndexingService indexing;

    @GET
    public Response search(@BeanParam SearchParameters parameters) {
        SearchPage page = search.search(parameters.request());
        return Response.ok(page).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("index")
    public IndexStatus status() {
        search.callerScope();                   // any searching role; a cashier gets 403
        return indexing.status();
    }

    @POST
    @Path("index/rebuild")
    public Response rebuild() {
        long id = indexing.requestRebuild();
        return Response.accepted(Map.of("rebuild", id)).build();
    }
}
