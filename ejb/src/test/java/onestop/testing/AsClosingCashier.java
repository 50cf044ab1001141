package onestop.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import onestop.security.Roles;

/** Runs test code as a cashier of its own ({@code it-closer}) whose day a test may close without closing the demo cashiers' days. */
@Stateless
@PermitAll
@RunAs(Roles.CASHIER)
@org.jboss.ejb3.annotation.RunAsPrincipal("it-closer")
public class AsClosingCashier extends RoleCaller {
}
