package onestop.audit;

import java.io.Serializable;

/**
 * The result of walking the audit chain: how many entries were checked and, if the chain is
 * broken, the first sequence number where it breaks and why.
 */
public record ChainVerification(long entriesChecked, boolean intact, Long firstBrokenSeq, String problem)
        implements Serializable {
    static ChainVerification ok(long checked) {
        return new ChainVerification(checked, true, null, null);
    }

    static ChainVerification broken(long checked, long seq, String problem) {
        return new ChainVerification(checked, false, seq, problem);
    }
}
