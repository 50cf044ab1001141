package onestop.casework;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import onestop.security.Role;
import onestop.security.StaffAccount;

import java.util.List;

/**
 * Who may see and act on which case, decided here and nowhere else: window staff (clerk, chief
 * representative) see their department's cases and the joint tasks sent to it, and act only on
 * those; supervisors, archivists, auditors and center management read every case and act on
 * none. A case outside the caller's sight is "unknown", so its existence does not leak.
 */
@Stateless
@PermitAll
public class CaseAccess {
    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    public Staff caller() {
        String login = context.getCallerPrincipal().getName();
        Staff staff = account(login);
        if (staff == null) {
            throw new CaseException("case.noStaffAccount", login);
        }
        return staff;
    }

    /** A case the caller may read. */
    public CaseFile readable(Staff staff, String number) {
        CaseFile c = byNumber(number, LockModeType.NONE);
        if (!mayRead(staff, c)) {
            throw new CaseException("case.unknown", number);
        }
        return c;
    }

    /** A case of the caller's own department, locked for the action (one wins, the next waits and re-reads). */
    public CaseFile actionable(Staff staff, String number, Long expectedVersion) {
        CaseFile c = byNumber(number, LockModeType.PESSIMISTIC_WRITE);
        if (!mayRead(staff, c)) {
            throw new CaseException("case.unknown", number);
        }
        if (!staff.actsFor(c.getDepartmentCode())) {
            throw new CaseException("case.actionForbidden", number);
        }
        if (expectedVersion != null && expectedVersion != c.getVersion()) {
            throw new CaseException("case.editConflict", number);
        }
        return c;
    }

    /** A case the caller may read, locked: for a co-department's answer to its joint task. */
    public CaseFile readableForUpdate(Staff staff, String number) {
        CaseFile c = byNumber(number, LockModeType.PESSIMISTIC_WRITE);
        if (!mayRead(staff, c)) {
            throw new CaseException("case.unknown", number);
        }
        return c;
    }

    /** A case locked for a change made by the system or another business area (the cashier's). */
    public CaseFile locked(String number) {
        return byNumber(number, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Another staff member, by login; null when there is none. */
    public Staff account(String login) {
        if (login == null) {
            return null;
        }
        return em.createNamedQuery("StaffAccount.byLogin", StaffAccount.class).setParameter("login", login.strip())
                .getResultStream().filter(StaffAccount::isEnabled).findFirst()
                .map(a -> new Staff(a.getLoginName(), a.getDisplayName(), a.getRole(),
                        a.getDepartment() == null ? null : a.getDepartment().getCode(),
                        a.getWindow() == null ? null : a.getWindow().getCode()))
                .orElse(null);
    }

    public boolean mayRead(Staff staff, CaseFile c) {
        if (staff.readsAll() || staff.actsFor(c.getDepartmentCode())) {
            return true;
        }
        return staff.role().needsDepartment()
                && c.getJointTasks().stream().anyMatch(t -> t.getDepartmentCode().equals(staff.departmentCode()));
    }

    /** May this caller decide cases of the department: its chief representative or a person they authorised. */
    public boolean mayDecide(Staff staff, String department) {
        if (!staff.actsFor(department)) {
            return false;
        }
        if (staff.role() == Role.CHIEF_REPRESENTATIVE) {
            return true;
        }
        return em.createNamedQuery("DecisionDelegation.active", DecisionDelegation.class)
                .setParameter("department", department).getResultStream()
                .anyMatch(d -> d.getLoginName().equals(staff.login()));
    }

    private CaseFile byNumber(String number, LockModeType lock) {
        if (number == null || number.isBlank() || number.length() > 40) {
            throw new CaseException("case.unknown", String.valueOf(number));
        }
        List<CaseFile> found = em.createNamedQuery("CaseFile.byNumber", CaseFile.class)
                .setParameter("number", number.strip().toUpperCase(java.util.Locale.ROOT))
                .setLockMode(lock).getResultList();
        if (found.isEmpty()) {
            throw new CaseException("case.unknown", number);
        }
        return found.get(0);
    }
}
