package onestop.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import onestop.security.AuthenticationService;
import onestop.security.LoginResult;

/**
 * The Jakarta Security identity store over the accounts table. All the rules (hash check,
 * lockout, audit) live in {@link AuthenticationService}; this class only adapts the answer.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {
    @EJB
    private AuthenticationService authentication;

    @Inject
    private LoginAttempt attempt;

    @Inject
    private HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        LoginResult result = api
                ? authentication.authenticateApiCall(up.getCaller(), up.getPasswordAsString(), request.getRemoteAddr())
                : authentication.authenticate(up.getCaller(), up.getPasswordAsString(), request.getRemoteAddr());
        attempt.set(result);
        return result.succeeded()
                ? new CredentialValidationResult(result.loginName(), result.groups())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
