package onestop.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import onestop.security.Roles;

/** Runs test code as the second demo cashier (login {@code cashier2}, role {@value Roles#CASHIER}). */
@Stateless
@PermitAll
@RunAs(Roles.CASHIER)
@org.jboss.ejb3.annotation.RunAsPrincipal("cashier2")
public class AsCashier2 extends RoleCaller {
}
