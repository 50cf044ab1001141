package onestop.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import onestop.security.Roles;

/** Runs test code as the demo clerk of 稅務局 (SWJ), a co-department of joint items (login {@code clerk.swj}, role {@value Roles#CLERK}). */
@Stateless
@PermitAll
@RunAs(Roles.CLERK)
@org.jboss.ejb3.annotation.RunAsPrincipal("clerk.swj")
public class AsSwjClerk extends RoleCaller {
}
