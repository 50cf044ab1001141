package onestop.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import onestop.audit.AuditEvent;
import onestop.audit.AuditService;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Checks a login name and password against the accounts table, counts failures, locks after
 * {@value StaffAccount#MAX_FAILURES} in a row and records every attempt and logout in the audit
 * trail. Called by the web module's identity store before anyone is logged in, hence
 * {@code @PermitAll}. The account row is locked for the attempt so that concurrent wrong
 * passwords are all counted.
 */
@Stateless
@PermitAll
public class AuthenticationService {
    static final String OBJECT_TYPE = "StaffAccount";
    private static final int MAX_LOGIN_LENGTH = 60;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditService audit;

    @Inject
    private VerifiedCredentials verified;

    private final PasswordHasher hasher = new PasswordHasher();

    public LoginResult authenticate(String loginName, String password, String clientAddress) {
        Instant now = Instant.now();
        String login = normalise(loginName);
        List<StaffAccount> found = login.isEmpty() ? List.of()
                : em.createNamedQuery("StaffAccount.byLogin", StaffAccount.class).setParameter("login", login)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (found.isEmpty()) {
            hasher.verifyDummy(password);
            record(login.isEmpty() ? "(blank)" : login, "LOGIN_FAILED", null, "unknown account", clientAddress);
            return LoginResult.refused(LoginResult.Outcome.INVALID_CREDENTIALS, null);
        }
        StaffAccount account = found.get(0);
        if (account.isLockedAt(now)) {
            record(login, "LOGIN_REFUSED", login, "locked until " + account.getLockedUntil(), clientAddress);
            return LoginResult.refused(LoginResult.Outcome.LOCKED, account.getLockedUntil());
        }
        if (!hasher.verify(password, account.getPasswordHash())) {
            boolean lockedNow = account.recordFailure(now);
            record(login, "LOGIN_FAILED", login, "wrong password, " + account.getFailedLogins() + " in a row",
                    clientAddress);
            if (lockedNow) {
                verified.forget(login);
                record(login, "ACCOUNT_LOCKED", login, "locked until " + account.getLockedUntil(), clientAddress);
                return LoginResult.refused(LoginResult.Outcome.LOCKED, account.getLockedUntil());
            }
            return LoginResult.refused(LoginResult.Outcome.INVALID_CREDENTIALS, null);
        }
        if (!account.isEnabled()) {
            record(login, "LOGIN_REFUSED", login, "account disabled", clientAddress);
            return LoginResult.refused(LoginResult.Outcome.DISABLED, null);
        }
        account.recordSuccess(now);
        record(login, "LOGIN", login, account.getRole().name(), clientAddress);
        return LoginResult.success(account);
    }

    /**
     * The check for an API call (HTTP Basic on every request): a password verified within the last
     * minutes is accepted from {@link VerifiedCredentials} without hashing again or writing another
     * LOGIN entry; anything else goes through {@link #authenticate}, lockout and audit included.
     */
    public LoginResult authenticateApiCall(String loginName, String password, String clientAddress) {
        String login = normalise(loginName);
        Set<String> groups = login.isEmpty() ? null : verified.lookup(login, password, Instant.now());
        if (groups != null) {
            return new LoginResult(LoginResult.Outcome.SUCCESS, login, groups, null);
        }
        LoginResult result = authenticate(loginName, password, clientAddress);
        if (result.succeeded()) {
            verified.remember(login, password, result.groups(), Instant.now());
        }
        return result;
    }

    public void recordLogout(String loginName, String clientAddress) {
        String login = normalise(loginName);
        record(login, "LOGOUT", login, null, clientAddress);
    }

    private void record(String actor, String action, String login, String details, String clientAddress) {
        audit.append(new AuditEvent(actor, action, login == null ? null : OBJECT_TYPE, login, details, clientAddress));
    }

    static String normalise(String loginName) {
        if (loginName == null) {
            return "";
        }
        String login = loginName.strip().toLowerCase(java.util.Locale.ROOT);
        return login.length() > MAX_LOGIN_LENGTH ? login.substring(0, MAX_LOGIN_LENGTH) : login;
    }
}
