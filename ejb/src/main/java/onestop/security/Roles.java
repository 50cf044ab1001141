package onestop.security;

/** {@link Role} names as constants, for {@code @RolesAllowed}. */
public final class Roles {
    public static final String CLERK = "CLERK";
    public static final String CHIEF_REPRESENTATIVE = "CHIEF_REPRESENTATIVE";
    public static final String CASHIER = "CASHIER";
    public static final String CENTER_ADMIN = "CENTER_ADMIN";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String ARCHIVIST = "ARCHIVIST";
    public static final String AUDITOR = "AUDITOR";

    private Roles() {
    }
}
