package onestop.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import onestop.center.Department;
import onestop.center.ServiceWindow;

import java.time.Duration;
import java.time.Instant;

/**
 * A staff member's account. Life cycle: created by center management with a role (and, for
 * window roles, a department); every failed login counts, and the {@value #MAX_FAILURES}th in a
 * row locks the account for {@link #LOCK_DURATION}; a successful login or an administrator's
 * unlock clears the count. A disabled account cannot log in at all.
 */
@Entity
@Table(name = "staff_account")
@NamedQuery(name = "StaffAccount.byLogin", query = "select a from StaffAccount a where a.loginName = :login")
@NamedQuery(name = "StaffAccount.all", query = "select a from StaffAccount a left join fetch a.department "
        + "left join fetch a.window order by a.loginName")
@NamedQuery(name = "StaffAccount.count", query = "select count(a) from StaffAccount a")
public class StaffAccount {
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "login_name", nullable = false, unique = true, length = 60, updatable = false)
    private String loginName;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "window_id")
    private ServiceWindow window;

    @Column(name = "password_hash", nullable = false, length = 300)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Version
    private long version;

    protected StaffAccount() {
    }

    public StaffAccount(String loginName, String displayName, Role role, Department department,
                        ServiceWindow window, String passwordHash) {
        this.loginName = loginName;
        this.passwordHash = passwordHash;
        assign(displayName, role, department, window);
    }

    /** Changes who the person is at the center; a window role needs a department. */
    public final void assign(String displayName, Role role, Department department, ServiceWindow window) {
        if (role.needsDepartment() && department == null) {
            throw new AccountException("account.departmentRequired", role.name());
        }
        if (window != null && department != null && !window.getDepartment().getId().equals(department.getId())) {
            throw new AccountException("account.windowOtherDepartment", window.getCode());
        }
        this.displayName = displayName;
        this.role = role;
        this.department = department;
        this.window = window;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failure; returns true if this failure locked the account. */
    boolean recordFailure(Instant now) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            failedLogins = 0;
            lockedUntil = null;
        }
        failedLogins++;
        if (failedLogins >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK_DURATION);
            return true;
        }
        return false;
    }

    void recordSuccess(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Long getId() {
        return id;
    }

    public String getLoginName() {
        return loginName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public Department getDepartment() {
        return department;
    }

    public ServiceWindow getWindow() {
        return window;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public long getVersion() {
        return version;
    }
}
