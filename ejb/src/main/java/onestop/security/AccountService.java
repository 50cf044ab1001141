package onestop.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import onestop.audit.AuditService;
import onestop.center.CenterRepository;
import onestop.center.Department;
import onestop.center.ServiceWindow;

import java.util.List;
import java.util.regex.Pattern;

/** Center management keeps the staff accounts; everyone may read their own. */
@Stateless
@RolesAllowed(Roles.CENTER_ADMIN)
public class AccountService {
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    static final int MIN_PASSWORD_LENGTH = 10;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private VerifiedCredentials verified;

    @Inject
    private CenterRepository center;

    @EJB
    private AuditService audit;

    @Resource
    private SessionContext context;

    private final PasswordHasher hasher = new PasswordHasher();

    public List<AccountView> list() {
        return em.createNamedQuery("StaffAccount.all", StaffAccount.class).getResultList()
                .stream().map(AccountView::of).toList();
    }

    @RolesAllowed({Roles.CLERK, Roles.CHIEF_REPRESENTATIVE, Roles.CASHIER, Roles.CENTER_ADMIN, Roles.SUPERVISOR,
            Roles.ARCHIVIST, Roles.AUDITOR})
    public AccountView me() {
        return AccountView.of(require(context.getCallerPrincipal().getName()));
    }

    public AccountView create(AccountForm form) {
        String login = AuthenticationService.normalise(form.loginName());
        if (!LOGIN.matcher(login).matches()) {
            throw new AccountException("account.loginInvalid", login);
        }
        if (find(login) != null) {
            throw new AccountException("account.loginTaken", login);
        }
        checkPassword(form.password());
        StaffAccount account = new StaffAccount(login, displayName(form), requireRole(form),
                department(form.departmentCode()), window(form.windowCode()), hasher.hash(form.password()));
        account.setEnabled(form.enabled());
        em.persist(account);
        audit.record("ACCOUNT_CREATED", AuthenticationService.OBJECT_TYPE, login, describe(account));
        return AccountView.of(account);
    }

    public AccountView update(AccountForm form) {
        StaffAccount account = require(AuthenticationService.normalise(form.loginName()));
        if (account.getVersion() != form.version()) {
            throw new AccountException("common.staleEdit", account.getLoginName());
        }
        Role role = requireRole(form);
        if (isCaller(account) && (!form.enabled() || role != Role.CENTER_ADMIN)) {
            throw new AccountException("account.cannotDemoteSelf");
        }
        account.assign(displayName(form), role, department(form.departmentCode()), window(form.windowCode()));
        account.setEnabled(form.enabled());
        em.flush();
        verified.forget(account.getLoginName());
        audit.record("ACCOUNT_UPDATED", AuthenticationService.OBJECT_TYPE, account.getLoginName(), describe(account));
        return AccountView.of(account);
    }

    public void resetPassword(String loginName, String newPassword) {
        StaffAccount account = require(AuthenticationService.normalise(loginName));
        checkPassword(newPassword);
        account.changePassword(hasher.hash(newPassword));
        account.unlock();
        verified.forget(account.getLoginName());
        audit.record("PASSWORD_RESET", AuthenticationService.OBJECT_TYPE, account.getLoginName(), null);
    }

    public AccountView unlock(String loginName) {
        StaffAccount account = require(AuthenticationService.normalise(loginName));
        account.unlock();
        audit.record("ACCOUNT_UNLOCKED", AuthenticationService.OBJECT_TYPE, account.getLoginName(), null);
        return AccountView.of(account);
    }

    private boolean isCaller(StaffAccount account) {
        return account.getLoginName().equals(context.getCallerPrincipal().getName());
    }

    private StaffAccount find(String login) {
        return em.createNamedQuery("StaffAccount.byLogin", StaffAccount.class).setParameter("login", login)
                .getResultStream().findFirst().orElse(null);
    }

    private StaffAccount require(String login) {
        StaffAccount account = find(login);
        if (account == null) {
            throw new AccountException("account.unknown", login);
        }
        return account;
    }

    private static Role requireRole(AccountForm form) {
        if (form.role() == null) {
            throw new AccountException("account.roleRequired");
        }
        return form.role();
    }

    private static String displayName(AccountForm form) {
        String name = form.displayName() == null ? "" : form.displayName().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new AccountException("account.displayNameInvalid");
        }
        return name;
    }

    static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH
                || password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            throw new AccountException("account.passwordWeak", MIN_PASSWORD_LENGTH);
        }
    }

    private Department department(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return center.department(code.strip()).orElseThrow(() -> new AccountException("center.departmentUnknown", code));
    }

    private ServiceWindow window(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return center.window(code.strip()).orElseThrow(() -> new AccountException("center.windowUnknown", code));
    }

    private static String describe(StaffAccount a) {
        return "role=" + a.getRole() + " department=" + (a.getDepartment() == null ? "-" : a.getDepartment().getCode())
                + " window=" + (a.getWindow() == null ? "-" : a.getWindow().getCode()) + " enabled=" + a.isEnabled();
    }
}
