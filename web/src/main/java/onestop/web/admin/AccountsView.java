package onestop.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import onestop.center.CenterService;
import onestop.center.CenterViews.DepartmentView;
import onestop.center.CenterViews.WindowView;
import onestop.common.OnestopException;
import onestop.security.AccountForm;
import onestop.security.AccountService;
import onestop.security.AccountView;
import onestop.security.Role;
import onestop.web.i18n.Messages;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Center management: the staff accounts. */
@Named
@ViewScoped
public class AccountsView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private AccountService accounts;

    @EJB
    private CenterService center;

    private List<AccountView> list;
    private List<DepartmentView> departments;
    private List<WindowView> windows;
    private final AccountEditor editor = new AccountEditor();
    private String newPassword;

    @PostConstruct
    void load() {
        list = accounts.list();
        departments = center.departments();
        windows = center.windows();
    }

    public void startNew() {
        editor.clear();
    }

    public void startEdit(AccountView account) {
        editor.load(account);
    }

    public void save() {
        try {
            AccountForm form = editor.toForm();
            AccountView saved = editor.isNew() ? accounts.create(form) : accounts.update(form);
            Messages.info(editor.isNew() ? "account.created" : "account.saved", saved.loginName());
            list = accounts.list();
            Dialogs.close("accountDialog");
        } catch (OnestopException e) {
            Messages.error(e);
        }
    }

    public void unlock(AccountView account) {
        try {
            accounts.unlock(account.loginName());
            Messages.info("account.unlocked", account.loginName());
            list = accounts.list();
        } catch (OnestopException e) {
            Messages.error(e);
        }
    }

    public void resetPassword() {
        try {
            accounts.resetPassword(editor.getLoginName(), newPassword);
            Messages.info("account.passwordReset", editor.getLoginName());
            list = accounts.list();
            Dialogs.close("passwordDialog");
        } catch (OnestopException e) {
            Messages.error(e);
        } finally {
            newPassword = null;
        }
    }

    public boolean locked(AccountView account) {
        return account.lockedAt(Instant.now());
    }

    /** The windows of the department chosen in the editor. */
    public List<WindowView> getWindowsOfDepartment() {
        return windows.stream().filter(w -> w.departmentCode().equals(editor.getDepartmentCode())).toList();
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public List<AccountView> getList() {
        return list;
    }

    public List<DepartmentView> getDepartments() {
        return departments;
    }

    public AccountEditor getEditor() {
        return editor;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
