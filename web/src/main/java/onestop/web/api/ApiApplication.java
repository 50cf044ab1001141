package onestop.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API. {@code /api/health} and {@code /api/public/**} need no login; everything else
 * takes HTTP Basic with a staff account, and the EJBs decide what each role may do.
 */
@ApplicationPath("api")
public class ApiApplication extends Application {
}
