package onestop.casework;

import jakarta.ejb.EJB;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

/**
 * Appends a casework call's audit entries when the call has done everything else (inside its
 * transaction, so they commit or roll back with the change they record).
 */
public class AuditLast {
    @EJB
    private CaseTimeline timeline;

    @AroundInvoke
    public Object appendAuditLast(InvocationContext call) throws Exception {
        Object result = call.proceed();
        timeline.appendPending();
        return result;
    }
}
