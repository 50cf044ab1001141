package onestop.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import onestop.audit.AuditRecord;
import onestop.audit.AuditService;
import onestop.audit.ChainVerification;
import onestop.web.i18n.Messages;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** The audit trail for auditors, supervisors and center management: the latest entries, and a chain check. */
@Named
@ViewScoped
public class AuditTrailView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 500;

    @EJB
    private AuditService audit;

    private List<AuditRecord> entries;
    private ChainVerification verification;

    @PostConstruct
    void load() {
        entries = audit.latest(SHOWN);
    }

    public void verify() {
        verification = audit.verifyChain();
        if (verification.intact()) {
            Messages.info("audit.intact", verification.entriesChecked());
        } else {
            Messages.error("audit.broken", verification.firstBrokenSeq(), verification.problem());
        }
    }

    public List<AuditRecord> getEntries() {
        return entries;
    }

    public ChainVerification getVerification() {
        return verification;
    }
}
