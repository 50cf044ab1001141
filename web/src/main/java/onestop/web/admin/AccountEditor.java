package onestop.web.admin;

import onestop.security.AccountForm;
import onestop.security.AccountView;
import onestop.security.Role;

import java.io.Serial;
import java.io.Serializable;

/** The fields of the account dialog, bound by the page; becomes an {@link AccountForm}. */
public class AccountEditor implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private boolean isNew = true;
    private String loginName;
    private String displayName;
    private Role role;
    private String departmentCode;
    private String windowCode;
    private boolean enabled = true;
    private String password;
    private long version;

    void clear() {
        load(null);
    }

    void load(AccountView a) {
        isNew = a == null;
        loginName = a == null ? null : a.loginName();
        displayName = a == null ? null : a.displayName();
        role = a == null ? Role.CLERK : a.role();
        departmentCode = a == null ? null : a.departmentCode();
        windowCode = a == null ? null : a.windowCode();
        enabled = a == null || a.enabled();
        version = a == null ? 0 : a.version();
        password = null;
    }

    AccountForm toForm() {
        AccountForm form = new AccountForm(loginName, displayName, role, departmentCode, windowCode, enabled, password,
                version);
        password = null;
        return form;
    }

    public boolean isNew() {
        return isNew;
    }

    public String getLoginName() {
        return loginName;
    }

    public void setLoginName(String loginName) {
        this.loginName = loginName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public String getWindowCode() {
        return windowCode;
    }

    public void setWindowCode(String windowCode) {
        this.windowCode = windowCode;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
