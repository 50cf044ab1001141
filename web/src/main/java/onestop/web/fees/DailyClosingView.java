package onestop.web.fees;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import onestop.common.CenterTime;
import onestop.common.OnestopException;
import onestop.fees.CashierService;
import onestop.fees.FeeEnums.Dimension;
import onestop.fees.FeeViews.ClosingView;
import onestop.fees.FeeViews.DayReport;
import onestop.fees.FeeViews.TotalLine;
import onestop.web.i18n.Messages;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The cashier's daily closing (日結) of their own day ({@code /staff/cashier/closing.xhtml}). */
@Named
@ViewScoped
public class DailyClosingView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private CashierService cashier;

    private LocalDate day = CenterTime.today();
    private DayReport report;

    public void load() {
        try {
            report = cashier.report(day);
        } catch (OnestopException e) {
            Messages.error(e);
        }
    }

    public void close() {
        try {
            ClosingView closing = cashier.close(day);
            Messages.info("cashier.dayClosed", closing.day().toString(), onestop.catalog.FeeStandard.money(closing.netTotal()));
        } catch (OnestopException e) {
            Messages.error(e);
        }
        load();
    }

    public List<TotalLine> totals(Dimension dimension) {
        return report == null ? List.of() : report.totals().stream().filter(t -> t.dimension() == dimension).toList();
    }

    public Dimension[] getDimensions() {
        return Dimension.values();
    }

    public LocalDate getDay() { return day; }
    public void setDay(LocalDate day) { this.day = day; }
    public DayReport getReport() { return report; }
}
