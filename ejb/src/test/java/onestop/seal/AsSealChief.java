package onestop.seal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import onestop.security.Roles;
import onestop.testing.RoleCaller;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as {@value SealServiceIT#CHIEF}: the chief representative of ITSEAL. */
@Stateless
@PermitAll
@RunAs(Roles.CHIEF_REPRESENTATIVE)
@RunAsPrincipal("it-seal-chief")
public class AsSealChief extends RoleCaller {
}
