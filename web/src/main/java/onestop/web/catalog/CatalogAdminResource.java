package onestop.web.catalog;

import static onestop.web.api.AccountsResource.requireBody;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import onestop.catalog.CatalogImportService;
import onestop.catalog.CatalogService;
import onestop.catalog.CatalogViews.FieldChange;
import onestop.catalog.CatalogViews.ItemSummary;
import onestop.catalog.CatalogViews.VersionView;
import onestop.catalog.ImportReport;
import onestop.catalog.ItemCatalog;
import onestop.catalog.ItemContent;

import java.time.LocalDate;
import java.util.List;

/**
 * Center management's catalog API under {@code /api/catalog}: drafts, review, cancellation by
 * decree, version comparison and spreadsheet import. The public reads {@code /api/items}.
 */
@Path("catalog")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogAdminResource {
    @EJB
    private CatalogService catalog;

    @EJB
    private CatalogImportService imports;

    @EJB
    private ItemCatalog items;

    /** The body of a create or a draft save. */
    public record DraftBody(String code, ItemContent content, String changeNote, long lockVersion) {
    }

    /** The body of a cancellation by decree. */
    public record DecreeBody(String decree, LocalDate effective) {
    }

    @GET
    @Path("items")
    public List<ItemSummary> all() {
        return items.all();
    }

    @POST
    @Path("items")
    public Response create(DraftBody body) {
        DraftBody b = requireBody(body);
        return Response.status(Response.Status.CREATED).entity(catalog.create(b.code(), b.content(), b.changeNote())).build();
    }

    @GET
    @Path("items/{code}/versions")
    public List<VersionView> versions(@PathParam("code") String code) {
        return catalog.versions(code);
    }

    @GET
    @Path("items/{code}/compare")
    public List<FieldChange> compare(@PathParam("code") String code, @QueryParam("from") long from,
                                     @QueryParam("to") long to) {
        return catalog.compare(code, from, to);
    }

    @POST
    @Path("items/{code}/draft")
    public VersionView startDraft(@PathParam("code") String code) {
        return catalog.startDraft(code);
    }

    @PUT
    @Path("items/{code}/draft")
    public VersionView saveDraft(@PathParam("code") String code, DraftBody body) {
        DraftBody b = requireBody(body);
        return catalog.saveDraft(code, b.content(), b.changeNote(), b.lockVersion());
    }

    @POST
    @Path("items/{code}/submit")
    public VersionView submit(@PathParam("code") String code) {
        return catalog.submit(code);
    }

    @POST
    @Path("items/{code}/approve")
    public VersionView approve(@PathParam("code") String code, @QueryParam("effective") LocalDate effective) {
        return catalog.approve(code, effective);
    }

    @POST
    @Path("items/{code}/send-back")
    public VersionView sendBack(@PathParam("code") String code, @QueryParam("reason") String reason) {
        return catalog.sendBack(code, reason);
    }

    @POST
    @Path("items/{code}/cancel")
    public Response cancel(@PathParam("code") String code, DecreeBody body) {
        DecreeBody b = requireBody(body);
        catalog.cancelItem(code, b.decree(), b.effective());
        return Response.noContent().build();
    }

    @POST
    @Path("items/{code}/fees/{fee}/cancel")
    public Response cancelFee(@PathParam("code") String code, @PathParam("fee") String fee, DecreeBody body) {
        DecreeBody b = requireBody(body);
        catalog.cancelFee(code, fee, b.decree(), b.effective());
        return Response.noContent().build();
    }

    /** The spreadsheet as the request body (XLSX or UTF-8 CSV); {@code dryRun=true} imports nothing. */
    @POST
    @Path("import")
    @Consumes({MediaType.APPLICATION_OCTET_STREAM, "text/csv",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response importFile(byte[] file, @QueryParam("dryRun") boolean dryRun) {
        ImportReport report = dryRun ? imports.dryRun(file) : imports.submit(file);
        return Response.status(report.clean() ? Response.Status.OK : Response.Status.BAD_REQUEST).entity(report).build();
    }

    @GET
    @Path("batches")
    public List<String> batches() {
        return imports.pendingBatches();
    }

    @POST
    @Path("batches/{batch}/approve")
    public Response approveBatch(@PathParam("batch") String batch, @QueryParam("effective") LocalDate effective) {
        return Response.ok(java.util.Map.of("published", imports.approveBatch(batch, effective))).build();
    }

}
