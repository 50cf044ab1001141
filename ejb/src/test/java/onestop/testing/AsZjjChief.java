package onestop.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import onestop.security.Roles;

/** Runs test code as the demo chief representative of ZJJ (login {@code chief.zjj}, role {@value Roles#CHIEF_REPRESENTATIVE}). */
@Stateless
@PermitAll
@RunAs(Roles.CHIEF_REPRESENTATIVE)
@org.jboss.ejb3.annotation.RunAsPrincipal("chief.zjj")
public class AsZjjChief extends RoleCaller {
}
