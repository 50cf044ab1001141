package onestop.web.fees;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import onestop.common.OnestopException;
import onestop.fees.FeeEnums.NoticeStatus;
import onestop.fees.FeeEnums.ReductionKind;
import onestop.fees.FeeService;
import onestop.fees.FeeViews.CaseFees;
import onestop.fees.FeeViews.FeeOption;
import onestop.fees.FeeViews.LineInput;
import onestop.fees.FeeViews.NoticeView;
import onestop.security.Roles;
import onestop.web.i18n.Messages;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The window's payment notice page ({@code /staff/fees/notice.xhtml?case=…}): the case's fee
 * items that may be charged, quantities and (for the chief representative) reductions, issuing
 * and printing the notice, cancelling an open one. Without a case: the department's cases
 * waiting for their fees.
 */
@Named
@ViewScoped
public class FeeNoticeView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private FeeService fees;

    private String caseNumber;
    private CaseFees caseFees;
    private List<CaseFees> awaiting = List.of();
    private final List<Row> rows = new ArrayList<>();
    private String cancelReason;
    private NoticeView issued;

    public void load() {
        rows.clear();
        caseFees = null;
        try {
            if (caseNumber == null || caseNumber.isBlank()) {
                ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
                boolean window = external.isUserInRole(Roles.CLERK) || external.isUserInRole(Roles.CHIEF_REPRESENTATIVE);
                awaiting = window ? fees.awaitingFees() : List.of();
                return;
            }
            caseFees = fees.caseFees(caseNumber.strip());
            for (FeeOption f : caseFees.fees()) {
                if (!f.onNotice()) {
                    rows.add(new Row(f));
                }
            }
        } catch (OnestopException e) {
            Messages.error(e);
        }
    }

    public void issue() {
        List<LineInput> lines = rows.stream().filter(r -> r.include)
                .map(r -> new LineInput(r.option.code(), r.quantity, r.reduction, r.reductionValue, r.reductionBasis))
                .toList();
        try {
            issued = fees.issue(caseFees.caseNumber(), lines);
            Messages.info("fee.noticeIssued", issued.number(), onestop.catalog.FeeStandard.money(issued.total()));
            load();
        } catch (OnestopException e) {
            Messages.error(e);
        }
    }

    public void cancel(String noticeNumber) {
        try {
            fees.cancel(noticeNumber, cancelReason);
            Messages.info("fee.noticeCancelled", noticeNumber);
            cancelReason = null;
            load();
        } catch (OnestopException e) {
            Messages.error(e);
        }
    }

    public boolean isOpen(NoticeView n) {
        return n.status() == NoticeStatus.OPEN;
    }

    public ReductionKind[] getReductions() {
        return ReductionKind.values();
    }

    /** One fee item the window may put on the notice. */
    public static class Row implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private final FeeOption option;
        private boolean include;
        private BigDecimal quantity;
        private ReductionKind reduction = ReductionKind.NONE;
        private BigDecimal reductionValue;
        private String reductionBasis;

        Row(FeeOption option) {
            this.option = option;
            this.include = option.computable();
        }

        public FeeOption getOption() { return option; }
        public boolean isInclude() { return include; }
        public void setInclude(boolean include) { this.include = include; }
        public BigDecimal getQuantity() { return quantity; }
        public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
        public ReductionKind getReduction() { return reduction; }
        public void setReduction(ReductionKind reduction) { this.reduction = reduction; }
        public BigDecimal getReductionValue() { return reductionValue; }
        public void setReductionValue(BigDecimal reductionValue) { this.reductionValue = reductionValue; }
        public String getReductionBasis() { return reductionBasis; }
        public void setReductionBasis(String reductionBasis) { this.reductionBasis = reductionBasis; }
    }

    public String getCaseNumber() { return caseNumber; }
    public void setCaseNumber(String caseNumber) { this.caseNumber = caseNumber; }
    public CaseFees getCaseFees() { return caseFees; }
    public List<CaseFees> getAwaiting() { return awaiting; }
    public List<Row> getRows() { return rows; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
    public NoticeView getIssued() { return issued; }
}
