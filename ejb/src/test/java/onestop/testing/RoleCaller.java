package onestop.testing;

import java.util.concurrent.Callable;

/**
 * Calls into the EJB layer as one role, for in-container tests. Each subclass is an EJB with
 * {@code @RunAs}, so the services see exactly that role and nothing else.
 */
@jakarta.annotation.security.PermitAll
public abstract class RoleCaller {
    public <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public void run(Runnable work) {
        work.run();
    }
}
