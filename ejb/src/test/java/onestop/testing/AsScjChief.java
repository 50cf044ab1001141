package onestop.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import onestop.security.Roles;

/** Runs test code as the demo chief representative of SCJ (login {@code chief}, role {@value Roles#CHIEF_REPRESENTATIVE}). */
@Stateless
@PermitAll
@RunAs(Roles.CHIEF_REPRESENTATIVE)
@org.jboss.ejb3.annotation.RunAsPrincipal("chief")
public class AsScjChief extends RoleCaller {
}
