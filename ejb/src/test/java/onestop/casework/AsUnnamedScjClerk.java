package onestop.casework;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import onestop.security.Roles;
import onestop.testing.RoleCaller;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** Runs test code as {@value CaseSealingIT#UNNAMED_CLERK}: a clerk of SCJ whom the chief never named for the seal. */
@Stateless
@PermitAll
@RunAs(Roles.CLERK)
@RunAsPrincipal(CaseSealingIT.UNNAMED_CLERK)
public class AsUnnamedScjClerk extends RoleCaller {
}
