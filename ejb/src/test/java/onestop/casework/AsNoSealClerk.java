package onestop.casework;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import onestop.security.Roles;
import onestop.testing.RoleCaller;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as {@value CaseSealingIT#NO_SEAL_CLERK}: a clerk of a department that has no seal. */
@Stateless
@PermitAll
@RunAs(Roles.CLERK)
@RunAsPrincipal(CaseSealingIT.NO_SEAL_CLERK)
public class AsNoSealClerk extends RoleCaller {
}
