package onestop.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import onestop.security.AccountService;
import onestop.security.AccountView;
import onestop.security.AuthenticationService;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;

/** The logged-in staff member on the workbench: who they are, and logging out. */
@Named
@SessionScoped
public class StaffSession implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private AccountService accounts;

    @EJB
    private AuthenticationService authentication;

    private AccountView me;

    public AccountView getMe() {
        if (me == null) {
            me = accounts.me();
        }
        return me;
    }

    public String getRoleKey() {
        return "role." + getMe().role().name();
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String name = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        if (name != null) {
            authentication.recordLogout(name, request.getRemoteAddr());
        }
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + WorkbenchAuthenticationMechanism.LOGIN_PAGE + "?loggedOut=true");
    }
}
