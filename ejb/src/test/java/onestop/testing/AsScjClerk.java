package onestop.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import onestop.security.Roles;

/** Runs test code as the demo clerk of 市場監管局 (SCJ), window A01 (login {@code clerk}, role {@value Roles#CLERK}). */
@Stateless
@PermitAll
@RunAs(Roles.CLERK)
@org.jboss.ejb3.annotation.RunAsPrincipal("clerk")
public class AsScjClerk extends RoleCaller {
}
