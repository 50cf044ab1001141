package onestop.web.seal;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import onestop.documents.DocumentStore;
import onestop.seal.Reason;
import onestop.seal.SealViews.Verification;
import onestop.seal.VerificationService;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * {@code POST /api/verify} with the PDF as the body ({@code application/pdf}): public, no login.
 * Always answers with the verification JSON: 200 for every document (valid or not), 413 for a
 * body over 20 MB (read no further), 503 when the node is busy verifying.
 */
@Path("verify")
public class VerifyResource {
    static final String PDF = "application/pdf";

    @EJB
    private VerificationService verification;

    @Context
    private HttpHeaders headers;

    @POST
    @Consumes({PDF, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public Response verify(InputStream body) {
        byte[] pdf;
        try {
            pdf = body.readNBytes((int) DocumentStore.MAX_BYTES + 1);
        } catch (IOException e) {
            // the server refused the rest of an oversized body, or the client went away
            return refused(Response.Status.REQUEST_ENTITY_TOO_LARGE, Reason.TOO_LARGE);
        }
        if (pdf.length > DocumentStore.MAX_BYTES) {
            return refused(Response.Status.REQUEST_ENTITY_TOO_LARGE, Reason.TOO_LARGE);
        }
        Verification result = verification.verify(pdf);
        Response.Status status = result.reasons().contains(Reason.BUSY) ? Response.Status.SERVICE_UNAVAILABLE
                : Response.Status.OK;
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(VerificationJson.of(result, ApiTexts.locale(headers))).build();
    }

    private Response refused(Response.Status status, Reason reason) {
        VerificationJson json = new VerificationJson(false, null, null, null, null, Verification.Status.UNKNOWN.name(),
                List.of(VerificationJson.reason(reason, ApiTexts.locale(headers))), null, null);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(json)
                .header("Connection", "close").build();
    }
}
