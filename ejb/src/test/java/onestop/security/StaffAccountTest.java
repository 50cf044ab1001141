package onestop.security;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaffAccountTest {
    private static final Instant NOW = Instant.parse("2026-11-28T09:00:00Z");

    private static StaffAccount cashier() {
        return new StaffAccount("cashier1", "陳美玲", Role.CASHIER, null, null, "hash");
    }

    @Test
    @DisplayName("the fifth failure in a row locks the account for exactly 15 minutes")
    void fifthFailureLocks() {
        StaffAccount account = cashier();
        for (int i = 0; i < 4; i++) {
            assertFalse(account.recordFailure(NOW));
        }

        assertTrue(account.recordFailure(NOW));
        assertTrue(account.isLockedAt(NOW.plusSeconds(15 * 60 - 1)));
        assertFalse(account.isLockedAt(NOW.plusSeconds(15 * 60)));
    }

    @Test
    @DisplayName("after the lock runs out, one more failure does not lock again at once: the count starts over")
    void lockExpiresAndCountRestarts() {
        StaffAccount account = cashier();
        for (int i = 0; i < 5; i++) {
            account.recordFailure(NOW);
        }
        Instant later = NOW.plus(StaffAccount.LOCK_DURATION).plusSeconds(1);

        assertFalse(account.recordFailure(later));
        assertEquals(1, account.getFailedLogins());
    }

    @Test
    @DisplayName("a success clears the failure count")
    void successClears() {
        StaffAccount account = cashier();
        account.recordFailure(NOW);
        account.recordFailure(NOW);

        account.recordSuccess(NOW);

        assertEquals(0, account.getFailedLogins());
        assertEquals(NOW, account.getLastLoginAt());
    }

    @Test
    @DisplayName("a window clerk without a department is refused")
    void clerkNeedsDepartment() {
        AccountException e = assertThrows(AccountException.class,
                () -> new StaffAccount("clerk9", "王", Role.CLERK, null, null, "hash"));

        assertEquals("account.departmentRequired", e.key());
    }
}
