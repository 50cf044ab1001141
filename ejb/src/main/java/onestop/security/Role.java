package onestop.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * The staff roles. The name of each is the Jakarta Security group, and so the role checked by
 * {@code @RolesAllowed}; {@link Roles} holds the same names as compile-time constants.
 */
public enum Role {
    /** Window staff: intake, materials, correction notices. */
    CLERK,
    /** A department's chief representative at the center: decides and applies the department's seal. */
    CHIEF_REPRESENTATIVE,
    /** The unified cashier: takes payments against payment notices. */
    CASHIER,
    /** Center management: catalog, organisation, accounts, calendar. */
    CENTER_ADMIN,
    /** E-supervision: performance, alerts, complaints. */
    SUPERVISOR,
    /** Archivists: search and read past cases and documents. */
    ARCHIVIST,
    /** Auditors: exports and the audit trail. */
    AUDITOR;

    /** Roles whose work belongs to one department (the EJB layer scopes their data to it). */
    public static final Set<Role> DEPARTMENT_ROLES = EnumSet.of(CLERK, CHIEF_REPRESENTATIVE);

    public boolean needsDepartment() {
        return DEPARTMENT_ROLES.contains(this);
    }
}
