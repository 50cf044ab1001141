package onestop.web.seal;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import onestop.seal.SealVault;

import java.io.IOException;
import java.io.InputStream;
import java.security.cert.CertificateEncodingException;

/**
 * The center's public trust material: {@code POST /api/public/seal/timestamp} is its RFC 3161
 * timestamp service over HTTP ({@code application/timestamp-query} in,
 * {@code application/timestamp-reply} out; requests of at most 4 KB), and
 * {@code GET /api/public/seal/root.cer} the root certificate every seal and timestamp chains to,
 * for readers that want to trust it.
 */
@Path("public/seal")
public class TimestampResource {
    static final int MAX_REQUEST = 4096;

    @EJB
    private SealVault vault;

    @POST
    @Path("timestamp")
    @Consumes("application/timestamp-query")
    @Produces("application/timestamp-reply")
    public Response timestamp(InputStream body) {
        try {
            byte[] request = body.readNBytes(MAX_REQUEST + 1);
            if (request.length > MAX_REQUEST) {
                return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).build();
            }
            return Response.ok(vault.timestamps().respond(request)).build();
        } catch (IOException e) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
    }

    @GET
    @Path("root.cer")
    @Produces("application/pkix-cert")
    public Response root() throws CertificateEncodingException {
        return Response.ok(vault.rootCertificate().getEncoded())
                .header("Content-Disposition", "attachment; filename=\"seal-root.cer\"").build();
    }
}
