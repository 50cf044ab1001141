package onestop.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import onestop.security.Roles;

/** Runs test code with the role {@value Roles#CENTER_ADMIN} only. */
@Stateless
@PermitAll
@RunAs(Roles.CENTER_ADMIN)
@org.jboss.ejb3.annotation.RunAsPrincipal("test-admin")
public class AsCenterAdmin extends RoleCaller {
}
