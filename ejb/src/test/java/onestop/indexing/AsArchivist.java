package onestop.indexing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import onestop.security.Roles;
import onestop.testing.RoleCaller;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** The demo archivist. */
@Stateless
@PermitAll
@RunAs(Roles.ARCHIVIST)
@RunAsPrincipal("archivist")
public class AsArchivist extends RoleCaller {
}
