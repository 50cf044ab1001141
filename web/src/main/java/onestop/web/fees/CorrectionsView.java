package onestop.web.fees;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import onestop.common.OnestopException;
import onestop.fees.CashierService;
import onestop.fees.FeeViews.CorrectionView;
import onestop.web.i18n.Messages;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** Voids and refunds waiting for a second cashier ({@code /staff/cashier/corrections.xhtml}). */
@Named
@ViewScoped
public class CorrectionsView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private CashierService cashier;

    private List<CorrectionView> pending = List.of();
    private String note;

    public void load() {
        try {
            pending = cashier.pendingCorrections();
        } catch (OnestopException e) {
            Messages.error(e);
        }
    }

    public void approve(long id) {
        decide(() -> cashier.approve(id, note), "cashier.correctionApproved");
    }

    public void reject(long id) {
        decide(() -> cashier.reject(id, note), "cashier.correctionRejected");
    }

    private void decide(java.util.function.Supplier<CorrectionView> decision, String confirmation) {
        try {
            Messages.info(confirmation, decision.get().receiptNumber());
            note = null;
        } catch (OnestopException e) {
            Messages.error(e);
        }
        load();
    }

    public List<CorrectionView> getPending() { return pending; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
