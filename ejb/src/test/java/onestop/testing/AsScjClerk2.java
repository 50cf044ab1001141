package onestop.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import onestop.security.Roles;

/** Runs test code as the second demo clerk of SCJ, window A02 (login {@code clerk2}, role {@value Roles#CLERK}). */
@Stateless
@PermitAll
@RunAs(Roles.CLERK)
@org.jboss.ejb3.annotation.RunAsPrincipal("clerk2")
public class AsScjClerk2 extends RoleCaller {
}
