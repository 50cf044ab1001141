package onestop.seal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import onestop.security.Roles;
import onestop.testing.RoleCaller;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as {@value SealServiceIT#CLERK}: a clerk of ITSEAL whom the chief may name. */
@Stateless
@PermitAll
@RunAs(Roles.CLERK)
@RunAsPrincipal("it-seal-clerk")
public class AsSealClerk extends RoleCaller {
}
