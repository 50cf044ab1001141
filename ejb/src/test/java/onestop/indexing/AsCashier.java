package onestop.indexing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import onestop.security.Roles;
import onestop.testing.RoleCaller;

/** Runs test code as the unified cashier, a role without search. */
@Stateless
@PermitAll
@RunAs(Roles.CASHIER)
public class AsCashier extends RoleCaller {
}
