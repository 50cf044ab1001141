package onestop.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import onestop.security.Roles;

/** Runs test code as the demo supervisor (login {@code supervisor}, role {@value Roles#SUPERVISOR}). */
@Stateless
@PermitAll
@RunAs(Roles.SUPERVISOR)
@org.jboss.ejb3.annotation.RunAsPrincipal("supervisor")
public class AsSupervisor extends RoleCaller {
}
