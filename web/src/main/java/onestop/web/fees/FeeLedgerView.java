package onestop.web.fees;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import onestop.common.CenterTime;
import onestop.common.OnestopException;
import onestop.fees.CashierService;
import onestop.fees.FeeViews.ClosingView;
import onestop.web.i18n.Messages;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The closed days and their ledgers for cashiers and auditors ({@code /staff/cashier/ledger.xhtml}). */
@Named
@ViewScoped
public class FeeLedgerView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private CashierService cashier;

    private LocalDate from = CenterTime.today().minusDays(31);
    private LocalDate to = CenterTime.today();
    private List<ClosingView> closings = List.of();

    public void load() {
        try {
            closings = cashier.closings(from, to);
        } catch (OnestopException e) {
            Messages.error(e);
        }
    }

    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public List<ClosingView> getClosings() { return closings; }
}
