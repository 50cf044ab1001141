package onestop.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import onestop.security.Roles;

/** Runs test code as the demo clerk of 住建局 (ZJJ) (login {@code clerk.zjj}, role {@value Roles#CLERK}). */
@Stateless
@PermitAll
@RunAs(Roles.CLERK)
@org.jboss.ejb3.annotation.RunAsPrincipal("clerk.zjj")
public class AsZjjClerk extends RoleCaller {
}
