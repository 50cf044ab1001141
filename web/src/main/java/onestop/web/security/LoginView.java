package onestop.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import onestop.security.LoginResult;
import onestop.security.StaffAccount;
import onestop.web.i18n.Messages;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The login page. */
@Named
@RequestScoped
public class LoginView {
    static final String HOME = "/staff/home.xhtml";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    private SecurityContext securityContext;

    @Inject
    private LoginAttempt attempt;

    private String loginName;
    private String password;
    private String continueTo;
    private boolean expired;
    private boolean loggedOut;

    /** Shown on arrival: why the user is on this page. */
    public void onLoad() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.isPostback()) {
            return;
        }
        if (expired) {
            Messages.info("login.expired");
        } else if (loggedOut) {
            Messages.info("login.loggedOut");
        }
    }

    public String login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(loginName == null ? "" : loginName,
                                new Password(password == null ? "" : password))));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + safeTarget(continueTo));
            default -> explainFailure();
        }
        password = null;
        return null;
    }

    private void explainFailure() {
        LoginResult result = attempt.result();
        if (result == null) {
            Messages.error("login.failed");
            return;
        }
        switch (result.outcome()) {
            case LOCKED -> Messages.error("login.locked", StaffAccount.MAX_FAILURES,
                    TIME.format(result.lockedUntil().atZone(ZoneId.systemDefault())));
            case DISABLED -> Messages.error("login.disabled");
            default -> Messages.error("login.failed");
        }
    }

    /** Only a path inside this application; anything else (another host, a scheme) goes home. */
    static String safeTarget(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.contains("\\")
                || target.startsWith("/login.xhtml") || target.contains("javax.faces") || target.contains("jakarta.faces.resource")) {
            return HOME;
        }
        return target;
    }

    public String getLoginName() {
        return loginName;
    }

    public void setLoginName(String loginName) {
        this.loginName = loginName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }

    public boolean isExpired() {
        return expired;
    }

    public void setExpired(boolean expired) {
        this.expired = expired;
    }

    public boolean isLoggedOut() {
        return loggedOut;
    }

    public void setLoggedOut(boolean loggedOut) {
        this.loggedOut = loggedOut;
    }
}
