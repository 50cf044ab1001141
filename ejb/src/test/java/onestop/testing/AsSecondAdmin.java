package onestop.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import onestop.security.Roles;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/** A second center administrator, for rules that need two people (nobody approves their own draft). */
@Stateless
@PermitAll
@RunAs(Roles.CENTER_ADMIN)
@RunAsPrincipal("test-reviewer")
public class AsSecondAdmin extends RoleCaller {
}
