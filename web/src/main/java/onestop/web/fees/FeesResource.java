package onestop.web.fees;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import onestop.fees.CashierService;
import onestop.fees.FeeService;
import onestop.fees.FeeViews.CaseFees;
import onestop.fees.FeeViews.ClosingView;
import onestop.fees.FeeViews.CorrectionForm;
import onestop.fees.FeeViews.CorrectionView;
import onestop.fees.FeeViews.DayReport;
import onestop.fees.FeeViews.LineInput;
import onestop.fees.FeeViews.NoticeView;
import onestop.fees.FeeViews.PaymentForm;
import onestop.fees.FeeViews.PaymentView;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * The fees API under {@code /api/fees}: the window issues and cancels payment notices, the
 * cashier takes payments, asks for and approves voids and refunds, and closes the day; auditors
 * read the closed days and their ledgers. The EJBs decide who may do what (403/404 otherwise).
 */
@Path("fees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FeesResource {
    private static final String PDF = "application/pdf";

    @EJB
    private FeeService fees;

    @EJB
    private CashierService cashier;

    @Context
    private UriInfo uri;

    /** The fee items a notice lists. */
    public record NoticeBody(List<LineInput> lines) {
    }

    public record NoteBody(String note) {
    }

    public record ReasonBody(String reason) {
    }

    // ---- the window

    @GET
    @Path("awaiting")
    public List<CaseFees> awaiting() {
        return fees.awaitingFees();
    }

    @GET
    @Path("cases/{case}")
    public CaseFees caseFees(@PathParam("case") String caseNumber) {
        return fees.caseFees(caseNumber);
    }

    @GET
    @Path("cases/{case}/notices")
    public List<NoticeView> notices(@PathParam("case") String caseNumber) {
        return fees.noticesOfCase(caseNumber);
    }

    @POST
    @Path("cases/{case}/notices")
    public Response issue(@PathParam("case") String caseNumber, NoticeBody body) {
        NoticeView notice = fees.issue(caseNumber, body == null ? null : body.lines());
        return Response.created(at("fees", "notices", notice.number())).entity(notice).build();
    }

    @GET
    @Path("notices/{number}")
    public NoticeView notice(@PathParam("number") String number) {
        return fees.notice(number);
    }

    @GET
    @Path("notices/{number}/pdf")
    @Produces(PDF)
    public Response noticePdf(@PathParam("number") String number) {
        return pdf(fees.noticePdf(number), "notice-" + number + ".pdf");
    }

    @POST
    @Path("notices/{number}/cancel")
    public NoticeView cancel(@PathParam("number") String number, ReasonBody body) {
        return fees.cancel(number, body == null ? null : body.reason());
    }

    // ---- the cashier

    @POST
    @Path("notices/{number}/payments")
    public Response pay(@PathParam("number") String number, PaymentForm form) {
        PaymentView payment = cashier.pay(number, form);
        return Response.created(at("fees", "receipts", payment.receiptNumber(), "pdf")).entity(payment).build();
    }

    @GET
    @Path("payments")
    public List<PaymentView> payments(@QueryParam("day") LocalDate day) {
        return cashier.payments(day);
    }

    @GET
    @Path("receipts/{receipt}/pdf")
    @Produces(PDF)
    public Response receipt(@PathParam("receipt") String receipt) {
        return pdf(cashier.receiptPdf(receipt), "receipt-" + receipt + ".pdf");
    }

    @POST
    @Path("receipts/{receipt}/corrections")
    public Response requestCorrection(@PathParam("receipt") String receipt, CorrectionForm form) {
        CorrectionView correction = cashier.requestCorrection(receipt, form);
        return Response.created(at("fees", "corrections")).entity(correction).build();
    }

    @GET
    @Path("corrections")
    public List<CorrectionView> pending() {
        return cashier.pendingCorrections();
    }

    @POST
    @Path("corrections/{id}/approve")
    public CorrectionView approve(@PathParam("id") long id, NoteBody body) {
        return cashier.approve(id, body == null ? null : body.note());
    }

    @POST
    @Path("corrections/{id}/reject")
    public CorrectionView reject(@PathParam("id") long id, NoteBody body) {
        return cashier.reject(id, body == null ? null : body.note());
    }

    @GET
    @Path("days/{day}")
    public DayReport day(@PathParam("day") LocalDate day) {
        return cashier.report(day);
    }

    @POST
    @Path("days/{day}/close")
    public Response close(@PathParam("day") LocalDate day) {
        ClosingView closing = cashier.close(day);
        return Response.created(at("fees", "closings", Long.toString(closing.id()))).entity(closing).build();
    }

    // ---- the ledger

    @GET
    @Path("closings")
    public List<ClosingView> closings(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return cashier.closings(from, to);
    }

    @GET
    @Path("closings/{id}")
    public DayReport closedDay(@PathParam("id") long id) {
        return cashier.closedDay(id);
    }

    @GET
    @Path("closings/{id}/ledger.pdf")
    @Produces(PDF)
    public Response ledgerPdf(@PathParam("id") long id) {
        return pdf(cashier.ledgerPdf(id), "ledger-" + id + ".pdf");
    }

    @GET
    @Path("closings/{id}/ledger.csv")
    @Produces("text/csv")
    public Response ledgerCsv(@PathParam("id") long id) {
        return Response.ok(cashier.ledgerCsv(id), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"ledger-" + id + ".csv\"").build();
    }

    private URI at(String... segments) {
        var builder = uri.getBaseUriBuilder();
        for (String s : segments) {
            builder.path(s);
        }
        return builder.build();
    }

    private static Response pdf(byte[] bytes, String name) {
        return Response.ok(bytes, PDF).header("Content-Disposition", "inline; filename=\"" + name + "\"").build();
    }
}
