package onestop.security;

import java.io.Serializable;
import java.time.Instant;

/** An account as the admin screens and the API see it; never the password hash. */
public record AccountView(Long id, String loginName, String displayName, Role role, String departmentCode,
                          String windowCode, boolean enabled, int failedLogins, Instant lockedUntil,
                          Instant lastLoginAt, long version) implements Serializable {
    static AccountView of(StaffAccount a) {
        return new AccountView(a.getId(), a.getLoginName(), a.getDisplayName(), a.getRole(),
                a.getDepartment() == null ? null : a.getDepartment().getCode(),
                a.getWindow() == null ? null : a.getWindow().getCode(),
                a.isEnabled(), a.getFailedLogins(), a.getLockedUntil(), a.getLastLoginAt(), a.getVersion());
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
