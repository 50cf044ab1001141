package onestop.security;

import java.time.Instant;
import java.util.Set;

/**
 * The answer to a login attempt. Unknown login and wrong password give the same
 * {@link Outcome#INVALID_CREDENTIALS}, so the answer does not reveal which accounts exist.
 */
public record LoginResult(Outcome outcome, String loginName, Set<String> groups, Instant lockedUntil) {
    public enum Outcome { SUCCESS, INVALID_CREDENTIALS, LOCKED, DISABLED }

    static LoginResult success(StaffAccount account) {
        return new LoginResult(Outcome.SUCCESS, account.getLoginName(), Set.of(account.getRole().name()), null);
    }

    static LoginResult refused(Outcome outcome, Instant lockedUntil) {
        return new LoginResult(outcome, null, Set.of(), lockedUntil);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}
