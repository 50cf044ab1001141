package onestop.web.items;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import onestop.catalog.CatalogViews.ItemGuide;
import onestop.web.api.ApiError;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The public catalog as JSON, no login ({@code /api/items}): the items in effect, one item's
 * guide with the seven disclosures, its published versions. Answers are in the caller's
 * language ({@code lang} or Accept-Language) and carry the same validators as the pages: a
 * matching If-None-Match or If-Modified-Since gets a 304. An unknown code is a 404 with an
 * {@link ApiError} in that language.
 */
@Path("items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemsResource {
    @Inject
    private PublicCatalog catalog;

    @Inject
    private PublicHistory history;

    @Inject
    private CatalogVersionStamp stamps;

    @Context
    private HttpServletRequest http;

    @GET
    public Response list(@QueryParam("hall") String hall, @QueryParam("department") String department,
                         @QueryParam("text") String text, @QueryParam("cancelled") boolean cancelled) {
        return conditional(() -> {
            CatalogTexts texts = catalog.texts(locale());
            LocalDate today = LocalDate.now();
            List<PublicItems.Summary> items = catalog.catalog().current(blankToNull(hall), blankToNull(department),
                    blankToNull(text), cancelled).stream().map(s -> PublicItems.summary(s, texts, today)).toList();
            return Response.ok(items);
        });
    }

    @GET
    @Path("{code}")
    public Response item(@PathParam("code") String code) {
        return conditional(() -> {
            Optional<ItemGuide> guide = catalog.guide(code);
            if (guide.isEmpty()) {
                return notFound(code);
            }
            return Response.ok(PublicItems.item(guide.get(), catalog.texts(locale()), LocalDate.now()));
        });
    }

    @GET
    @Path("{code}/versions")
    public Response versions(@PathParam("code") String code) {
        return conditional(() -> {
            Optional<ItemGuide> guide = catalog.guide(code);
            if (guide.isEmpty()) {
                return notFound(code);
            }
            String c = guide.get().current().code();
            return Response.ok(history.versions(c, guide.get().current().number(), catalog.texts(locale())));
        });
    }

    /** 304 when the caller's copy is current; else the answer, with the validators when it is a 200. */
    private Response conditional(Supplier<Response.ResponseBuilder> answer) {
        CatalogVersionStamp.Stamp stamp = stamps.now(locale());
        Response.ResponseBuilder builder;
        if (ConditionalGet.notModified(http, stamp)) {
            builder = Response.notModified();
        } else {
            Response response = answer.get().build();
            if (response.getStatus() != Response.Status.OK.getStatusCode()) {
                return response;
            }
            builder = Response.fromResponse(response);
        }
        builder.header("ETag", stamp.etag())
                .lastModified(Date.from(stamp.lastModified()))
                .header("Cache-Control", ConditionalGet.CACHE_CONTROL);
        if (PublicLanguage.explicit(http) == null) {
            builder.header("Vary", "Accept-Language");
        }
        return builder.build();
    }

    private Response.ResponseBuilder notFound(String code) {
        String message = catalog.texts(locale()).label("api.itemUnknown", code);
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("catalog.itemUnknown", message));
    }

    private Locale locale() {
        return PublicLanguage.of(http);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
