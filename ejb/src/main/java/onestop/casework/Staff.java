package onestop.casework;

import onestop.security.Role;

import java.io.Serializable;

/** The caller as casework sees them: account, role and, for window staff, department and window. */
public record Staff(String login, String displayName, Role role, String departmentCode, String windowCode)
        implements Serializable {

    /** Supervisors, archivists, auditors and center management read every case. */
    public boolean readsAll() {
        return role == Role.SUPERVISOR || role == Role.ARCHIVIST || role == Role.AUDITOR || role == Role.CENTER_ADMIN;
    }

    /** Window staff act for their own department only. */
    public boolean actsFor(String department) {
        return role.needsDepartment() && department != null && department.equals(departmentCode);
    }
}
