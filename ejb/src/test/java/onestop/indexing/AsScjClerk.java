package onestop.indexing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import onestop.security.Roles;
import onestop.testing.RoleCaller;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** The demo window clerk of SCJ (市場監督管理局): role CLERK and the principal of its account. */
@Stateless
@PermitAll
@RunAs(Roles.CLERK)
@RunAsPrincipal("clerk")
public class AsScjClerk extends RoleCaller {
}
