package onestop.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import onestop.security.Roles;

/** Runs test code with the role {@value Roles#AUDITOR} only. */
@Stateless
@PermitAll
@RunAs(Roles.AUDITOR)
@org.jboss.ejb3.annotation.RunAsPrincipal("auditor")
public class AsAuditor extends RoleCaller {
}
