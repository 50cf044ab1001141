package onestop.seal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import onestop.security.Roles;
import onestop.testing.RoleCaller;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as {@value SealServiceIT#CHIEF2}: the chief representative of ITSEAL2. */
@Stateless
@PermitAll
@RunAs(Roles.CHIEF_REPRESENTATIVE)
@RunAsPrincipal("it-seal-chief2")
public class AsOtherChief extends RoleCaller {
}
