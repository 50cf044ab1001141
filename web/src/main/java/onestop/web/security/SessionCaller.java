package onestop.web.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Set;

/** Who is logged in on a workbench session; kept in the HTTP session by the authentication mechanism. */
record SessionCaller(String name, Set<String> groups) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    static final String ATTRIBUTE = "onestop.caller";
}
