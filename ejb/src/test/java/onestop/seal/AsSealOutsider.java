package onestop.seal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import onestop.security.Roles;
import onestop.testing.RoleCaller;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as {@value SealServiceIT#OUTSIDER}: a clerk of ITSEAL never named. */
@Stateless
@PermitAll
@RunAs(Roles.CLERK)
@RunAsPrincipal("it-seal-outsider")
public class AsSealOutsider extends RoleCaller {
}
