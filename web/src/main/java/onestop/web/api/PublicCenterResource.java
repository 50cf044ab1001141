package onestop.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import onestop.center.CenterService;
import onestop.center.CenterViews.CenterOverview;

/** {@code GET /api/public/center}: the center, its halls, departments and windows; no login. */
@Path("public/center")
public class PublicCenterResource {
    @EJB
    private CenterService center;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public CenterOverview get() {
        return center.overview();
    }
}
