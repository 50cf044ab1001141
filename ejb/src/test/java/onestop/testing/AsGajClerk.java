package onestop.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import onestop.security.Roles;

/** Runs test code as the demo clerk of 公安局 (GAJ), a co-department of joint items (login {@code clerk.gaj}, role {@value Roles#CLERK}). */
@Stateless
@PermitAll
@RunAs(Roles.CLERK)
@org.jboss.ejb3.annotation.RunAsPrincipal("clerk.gaj")
public class AsGajClerk extends RoleCaller {
}
