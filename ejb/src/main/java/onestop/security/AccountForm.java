package onestop.security;

import java.io.Serializable;

/**
 * What an administrator submits to create or change an account. {@code version} is the version
 * the administrator saw (for updates); {@code password} is only read on creation.
 */
public record AccountForm(String loginName, String displayName, Role role, String departmentCode,
                          String windowCode, boolean enabled, String password, long version) implements Serializable {
}
