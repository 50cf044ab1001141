package onestop.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Appends the audit entries {@link AuditService#defer deferred} in a transaction when the outermost
 * call so intercepted returns (inside the transaction, so they commit or roll back with the change
 * they record). A case action calls the sealing service, which defers too: its entry waits for the
 * end of the case action rather than locking the chain while the next document is made.
 */
public class AuditAtEnd {
    static final Object DEPTH = AuditAtEnd.class.getName() + ".depth";

    @EJB
    private AuditService audit;

    @Resource
    private TransactionSynchronizationRegistry registry;

    @AroundInvoke
    public Object appendAtEnd(InvocationContext call) throws Exception {
        if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return call.proceed();
        }
        int[] depth = (int[]) registry.getResource(DEPTH);
        if (depth == null) {
            depth = new int[1];
            registry.putResource(DEPTH, depth);
        }
        depth[0]++;
        try {
            Object result = call.proceed();
            if (depth[0] == 1) {
                audit.appendDeferred();
            }
            return result;
        } finally {
            depth[0]--;
        }
    }
}
