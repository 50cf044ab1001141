package onestop.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import onestop.audit.AuditRecord;
import onestop.audit.AuditService;
import onestop.audit.ChainVerification;

import java.util.List;

/** The audit trail for auditors, supervisors and center management. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    @EJB
    private AuditService audit;

    @GET
    public List<AuditRecord> latest(@QueryParam("max") @DefaultValue("100") int max) {
        return audit.latest(max);
    }

    @GET
    @Path("verification")
    public ChainVerification verify() {
        return audit.verifyChain();
    }
}
