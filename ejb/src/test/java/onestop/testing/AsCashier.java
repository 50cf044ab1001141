package onestop.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import onestop.security.Roles;

/** Runs test code as the demo cashier (login {@code cashier}, role {@value Roles#CASHIER}). */
@Stateless
@PermitAll
@RunAs(Roles.CASHIER)
@org.jboss.ejb3.annotation.RunAsPrincipal("cashier")
public class AsCashier extends RoleCaller {
}
