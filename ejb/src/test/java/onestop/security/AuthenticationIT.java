package onestop.security;

import jakarta.ejb.EJB;
import onestop.audit.AuditRecord;
import onestop.audit.AuditService;
import onestop.testing.AsAuditor;
import onestop.testing.AsCenterAdmin;
import onestop.testing.TestDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
class AuthenticationIT {
    private static final String PASSWORD = "right-password-42";

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.ejbModule("authentication-it").addClass(AuthenticationIT.class);
    }

    @EJB
    private AuthenticationService authentication;

    @EJB
    private AccountService accounts;

    @EJB
    private AuditService audit;

    @EJB
    private AsCenterAdmin admin;

    @EJB
    private AsAuditor auditor;

    private String newAccount(Role role, String department) {
        String login = "it" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        admin.call(() -> accounts.create(new AccountForm(login, "測試人員", role, department, null, true, PASSWORD, 0)));
        return login;
    }

    @Test
    @DisplayName("the right password logs in and carries the account's role as its only group")
    void success() {
        String login = newAccount(Role.CASHIER, null);

        LoginResult result = authentication.authenticate(login, PASSWORD, "10.0.0.1");

        assertTrue(result.succeeded());
        assertEquals(java.util.Set.of("CASHIER"), result.groups());
    }

    @Test
    @DisplayName("a wrong password and an unknown account get the same answer")
    void wrongAndUnknownLookAlike() {
        String login = newAccount(Role.CLERK, "SCJ");

        LoginResult wrong = authentication.authenticate(login, "nope", null);
        LoginResult unknown = authentication.authenticate("nobody-" + login, "nope", null);

        assertEquals(LoginResult.Outcome.INVALID_CREDENTIALS, wrong.outcome());
        assertEquals(LoginResult.Outcome.INVALID_CREDENTIALS, unknown.outcome());
    }

    @Test
    @DisplayName("five wrong passwords lock the account for 15 minutes; then even the right one is refused")
    void lockout() {
        String login = newAccount(Role.ARCHIVIST, null);
        Instant before = Instant.now();

        for (int i = 1; i <= 4; i++) {
            assertEquals(LoginResult.Outcome.INVALID_CREDENTIALS, authentication.authenticate(login, "wrong" + i, null).outcome());
        }
        LoginResult fifth = authentication.authenticate(login, "wrong5", null);
        LoginResult afterwards = authentication.authenticate(login, PASSWORD, null);

        assertEquals(LoginResult.Outcome.LOCKED, fifth.outcome());
        assertNotNull(fifth.lockedUntil());
        assertTrue(!fifth.lockedUntil().isBefore(before.plus(StaffAccount.LOCK_DURATION)));
        assertEquals(LoginResult.Outcome.LOCKED, afterwards.outcome());
    }

    @Test
    @DisplayName("an administrator's unlock lets the right password in again")
    void unlock() {
        String login = newAccount(Role.AUDITOR, null);
        for (int i = 0; i < StaffAccount.MAX_FAILURES; i++) {
            authentication.authenticate(login, "wrong", null);
        }

        admin.call(() -> accounts.unlock(login));

        assertTrue(authentication.authenticate(login, PASSWORD, null).succeeded());
    }

    @Test
    @DisplayName("four failures then a success start the count again")
    void successResetsCount() {
        String login = newAccount(Role.SUPERVISOR, null);
        for (int i = 0; i < 4; i++) {
            authentication.authenticate(login, "wrong", null);
        }
        assertTrue(authentication.authenticate(login, PASSWORD, null).succeeded());

        for (int i = 0; i < 4; i++) {
            authentication.authenticate(login, "wrong", null);
        }

        assertTrue(authentication.authenticate(login, PASSWORD, null).succeeded());
    }

    @Test
    @DisplayName("a disabled account cannot log in even with the right password")
    void disabled() {
        String login = newAccount(Role.CASHIER, null);
        AccountView view = admin.call(() -> accounts.list()).stream().filter(a -> a.loginName().equals(login))
                .findFirst().orElseThrow();
        admin.call(() -> accounts.update(new AccountForm(login, view.displayName(), view.role(), null, null, false,
                null, view.version())));

        assertEquals(LoginResult.Outcome.DISABLED, authentication.authenticate(login, PASSWORD, null).outcome());
    }

    @Test
    @DisplayName("every login, failure, lock and logout is in the audit trail with the client's address")
    void audited() {
        String login = newAccount(Role.CASHIER, null);

        authentication.authenticate(login, PASSWORD, "192.0.2.7");
        for (int i = 0; i < StaffAccount.MAX_FAILURES; i++) {
            authentication.authenticate(login, "wrong", "192.0.2.8");
        }
        authentication.recordLogout(login, "192.0.2.7");

        List<AuditRecord> mine = auditor.call(() -> audit.latest(200)).stream()
                .filter(r -> login.equals(r.actor())).toList();
        assertEquals(1, mine.stream().filter(r -> r.action().equals("LOGIN") && "192.0.2.7".equals(r.clientAddress())).count());
        assertEquals(StaffAccount.MAX_FAILURES, mine.stream().filter(r -> r.action().equals("LOGIN_FAILED")).count());
        assertEquals(1, mine.stream().filter(r -> r.action().equals("ACCOUNT_LOCKED")).count());
        assertEquals(1, mine.stream().filter(r -> r.action().equals("LOGOUT")).count());
    }

    @Test
    @DisplayName("account rules: a taken login, a weak password and a window role without department are refused")
    void accountRules() {
        String login = newAccount(Role.CASHIER, null);

        AccountException taken = assertThrows(AccountException.class, () -> admin.call(() -> accounts.create(
                new AccountForm(login, "x", Role.CASHIER, null, null, true, PASSWORD, 0))));
        AccountException weak = assertThrows(AccountException.class, () -> admin.call(() -> accounts.create(
                new AccountForm(login + "b", "x", Role.CASHIER, null, null, true, "short1", 0))));
        AccountException noDepartment = assertThrows(AccountException.class, () -> admin.call(() -> accounts.create(
                new AccountForm(login + "c", "x", Role.CLERK, null, null, true, PASSWORD, 0))));

        assertEquals("account.loginTaken", taken.key());
        assertEquals("account.passwordWeak", weak.key());
        assertEquals("account.departmentRequired", noDepartment.key());
    }
}
