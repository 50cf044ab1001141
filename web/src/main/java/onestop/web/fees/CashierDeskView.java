package onestop.web.fees;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import onestop.common.OnestopException;
import onestop.fees.CashierService;
import onestop.fees.FeeEnums.CorrectionKind;
import onestop.fees.FeeEnums.NoticeStatus;
import onestop.fees.FeeEnums.PaymentMethod;
import onestop.fees.FeeEnums.PaymentStatus;
import onestop.fees.FeeViews.CorrectionForm;
import onestop.fees.FeeViews.NoticeView;
import onestop.fees.FeeViews.PaymentForm;
import onestop.fees.FeeViews.PaymentView;
import onestop.web.i18n.Messages;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The cashier's desk ({@code /staff/cashier/desk.xhtml}): find a notice by its number (typed, or
 * read by a QR scanner that types it and presses Enter), take the payment, print the receipt;
 * the day's payments, each with a request to void or refund it.
 */
@Named
@ViewScoped
public class CashierDeskView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private CashierService cashier;

    private String scan;
    private NoticeView notice;
    private BigDecimal amount;
    private PaymentMethod method = PaymentMethod.CASH;
    private String reference;
    private PaymentView paid;
    private List<PaymentView> today = List.of();
    private String correctionReceipt;
    private CorrectionKind correctionKind = CorrectionKind.VOID;
    private String correctionReason;

    public void load() {
        try {
            today = cashier.payments(null);
        } catch (OnestopException e) {
            Messages.error(e);
        }
    }

    public void find() {
        paid = null;
        notice = null;
        amount = null;
        reference = null;
        try {
            notice = cashier.find(scan);
            method = notice.total().signum() == 0 ? PaymentMethod.WAIVED : PaymentMethod.CASH;
        } catch (OnestopException e) {
            Messages.error(e);
        }
    }

    public void pay() {
        if (notice == null) {
            return;
        }
        try {
            paid = cashier.pay(notice.number(), new PaymentForm(amount, method, reference));
            Messages.info(paid.caseSettled() ? "cashier.paidSettled" : "cashier.paid", paid.receiptNumber(),
                    onestop.catalog.FeeStandard.money(paid.amount()), paid.caseNumber());
            notice = cashier.find(notice.number());
            scan = null;
            amount = null;
            reference = null;
            load();
        } catch (OnestopException e) {
            Messages.error(e);
        }
    }

    public void prepareCorrection(String receipt) {
        correctionReceipt = receipt;
        correctionKind = CorrectionKind.VOID;
        correctionReason = null;
    }

    public void requestCorrection() {
        try {
            cashier.requestCorrection(correctionReceipt, new CorrectionForm(correctionKind, correctionReason));
            Messages.info("cashier.correctionRequested", correctionReceipt);
            load();
        } catch (OnestopException e) {
            Messages.error(e);
        }
    }

    public boolean isPayable() {
        return notice != null && notice.status() == NoticeStatus.OPEN;
    }

    public boolean isCorrectable(PaymentView p) {
        return p.status() == PaymentStatus.RECORDED;
    }

    public PaymentMethod[] getMethods() {
        return PaymentMethod.values();
    }

    public CorrectionKind[] getCorrectionKinds() {
        return CorrectionKind.values();
    }

    public String getScan() { return scan; }
    public void setScan(String scan) { this.scan = scan; }
    public NoticeView getNotice() { return notice; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public PaymentMethod getMethod() { return method; }
    public void setMethod(PaymentMethod method) { this.method = method; }
    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public PaymentView getPaid() { return paid; }
    public List<PaymentView> getToday() { return today; }
    public String getCorrectionReceipt() { return correctionReceipt; }
    public CorrectionKind getCorrectionKind() { return correctionKind; }
    public void setCorrectionKind(CorrectionKind correctionKind) { this.correctionKind = correctionKind; }
    public String getCorrectionReason() { return correctionReason; }
    public void setCorrectionReason(String correctionReason) { this.correctionReason = correctionReason; }
}
