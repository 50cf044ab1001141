package onestop.fees;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import onestop.audit.AuditService;
import onestop.casework.CaseFile;
import onestop.casework.CaseService;
import onestop.casework.CaseStatus;
import onestop.catalog.FeeItem;
import onestop.catalog.FeeStandard;
import onestop.catalog.ItemCatalog;
import onestop.center.CenterRepository;
import onestop.common.CenterTime;
import onestop.documents.ContentTypes;
import onestop.documents.DocumentStore;
import onestop.fees.FeeEnums.CorrectionKind;
import onestop.fees.FeeEnums.CorrectionStatus;
import onestop.fees.FeeEnums.Dimension;
import onestop.fees.FeeEnums.NoticeStatus;
import onestop.fees.FeeEnums.PaymentMethod;
import onestop.fees.FeeEnums.PaymentStatus;
import onestop.fees.FeeViews.ClosingView;
import onestop.fees.FeeViews.CorrectionForm;
import onestop.fees.FeeViews.CorrectionView;
import onestop.fees.FeeViews.DayReport;
import onestop.fees.FeeViews.NoticeView;
import onestop.fees.FeeViews.PaymentForm;
import onestop.fees.FeeViews.PaymentView;
import onestop.fees.FeeViews.TotalLine;
import onestop.security.Roles;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The unified cashier (統一收費處). A cashier finds a notice by its number or its QR code, takes
 * the payment of exactly its total (cash, card or transfer with the reference) on their business
 * day and prints the receipt; when every notice of the case is paid, the case moves on to be
 * issued, in the same transaction. A void or refund is a request with a reason that a second
 * cashier approves; nothing is ever deleted. At the end of the day each cashier closes their day
 * (日結): the totals by fee item, department and method are reconciled against the notices to
 * the cent, and from then on the day takes nothing more. Every act is in the audit trail.
 *
 * <p>Locks, always in this order: the cashier's till, the payment, the notice, the case.
 */
@Stateless
@RolesAllowed(Roles.CASHIER)
public class CashierService {
    private static final int MAX_REFERENCE = 100;
    private static final int MAX_REASON = 1000;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private FeeService fees;

    @EJB
    private FeeSequences sequences;

    @EJB
    private CaseService cases;

    @EJB
    private ItemCatalog catalog;

    @EJB
    private DocumentStore documents;

    @EJB
    private AuditService audit;

    @Inject
    private CenterRepository center;

    /** The notice a typed or scanned number names, with its payments. */
    public NoticeView find(String scanned) {
        return fees.notice(scanned);
    }

    /**
     * Takes the payment of a notice. Refused, with nothing written, when the notice is not open
     * (paid, cancelled, refunded), the amount is not exactly its total, a card or transfer comes
     * without its reference, a fee on it was cancelled by decree since it was issued, or the
     * cashier's day is already closed.
     */
    public PaymentView pay(String noticeNumber, PaymentForm form) {
        String cashier = caller();
        String number = NoticeNumbers.parse(noticeNumber, NoticeNumbers.center());
        Instant now = now();
        LocalDate today = CenterTime.dayOf(now);
        sequences.lockedTill(cashier);
        requireOpenDay(cashier, today);
        PaymentNotice n = em.createNamedQuery("PaymentNotice.byNumber", PaymentNotice.class)
                .setParameter("number", number).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .findFirst().orElseThrow(() -> new FeeException("fee.noticeUnknown", number));
        switch (n.getStatus()) {
            case PAID -> throw new FeeException("fee.noticePaidConflict", number, receiptOf(n));
            case CANCELLED -> throw new FeeException("fee.noticeCancelledConflict", number, n.getCancelReason());
            case REFUNDED -> throw new FeeException("fee.noticeRefundedConflict", number);
            case OPEN -> { }
        }
        if (form == null || form.method() == null) {
            throw new FeeException("fee.methodRequired");
        }
        BigDecimal amount = form.amount();
        if (amount == null) {
            throw new FeeException("fee.amountRequired", FeeStandard.money(n.getTotal()));
        }
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2 || amount.compareTo(n.getTotal()) != 0) {
            throw new FeeException("fee.amountMismatch", FeeStandard.money(amount), FeeStandard.money(n.getTotal()), number);
        }
        if (n.getTotal().signum() == 0 && form.method() != PaymentMethod.WAIVED) {
            throw new FeeException("fee.waivedNoticeMethod", number);
        }
        if (n.getTotal().signum() != 0 && form.method() == PaymentMethod.WAIVED) {
            throw new FeeException("fee.waivedNotAllowed", number);
        }
        String reference = form.reference() == null || form.reference().isBlank() ? null : form.reference().strip();
        if (form.method().needsReference() && reference == null) {
            throw new FeeException("fee.referenceRequired", form.method().name());
        }
        if (reference != null && reference.length() > MAX_REFERENCE) {
            throw new FeeException("fee.referenceTooLong", MAX_REFERENCE);
        }
        List<String> chargeable = catalog.chargeableFees(n.getItemCode(), n.getItemVersion(), today).stream()
                .map(FeeItem::code).toList();
        for (NoticeLine line : n.getLines()) {
            if (!chargeable.contains(line.feeCode())) {
                throw new FeeException("fee.feeCancelledSinceIssue", line.feeCode(), line.feeName(), number);
            }
        }
        String receipt = "R" + NoticeNumbers.center() + "-" + today.getYear() + "-"
                + String.format("%07d", sequences.next(FeeSequences.RECEIPT, today.getYear()));
        Payment payment = new Payment(receipt, n, amount.setScale(2), form.method(), reference, cashier, now, today);
        byte[] pdf = FeeDocuments.receipt(payment, FeeService.issuer(center, n.getDepartmentCode()), now.atZone(CenterTime.zone()));
        payment.attachReceipt(documents.store(pdf, ContentTypes.PDF).sha256());
        em.persist(payment);
        n.moveTo(NoticeStatus.PAID);
        boolean settled = settleCaseIfPaid(n, receipt);
        audit.record("FEE_PAYMENT_RECORDED", "PaymentNotice", number, receipt + " ¥" + FeeStandard.money(amount)
                + " " + form.method() + (reference == null ? "" : " " + reference) + " case " + n.getCaseNumber());
        return view(payment, settled);
    }

    /** The receipt PDF of a payment. */
    @RolesAllowed({Roles.CASHIER, Roles.AUDITOR, Roles.SUPERVISOR, Roles.CENTER_ADMIN})
    public byte[] receiptPdf(String receiptNumber) {
        return documents.read(payment(receiptNumber).getReceiptSha256());
    }

    /** The caller's payments of a day, newest last. */
    public List<PaymentView> payments(LocalDate day) {
        return em.createNamedQuery("Payment.ofTill", Payment.class).setParameter("cashier", caller())
                .setParameter("day", day == null ? CenterTime.today() : day).getResultStream()
                .map(p -> view(p, false)).toList();
    }

    // ---------------------------------------------------------------- corrections

    /**
     * Asks for a void (the same day, before closing: a payment recorded by mistake) or a refund
     * (money given back) of a payment, with the reason. It changes nothing until a second cashier
     * approves it.
     */
    public CorrectionView requestCorrection(String receiptNumber, CorrectionForm form) {
        String cashier = caller();
        Payment p = payment(receiptNumber);
        if (form == null || form.kind() == null) {
            throw new FeeException("fee.correctionKindRequired");
        }
        if (form.reason() == null || form.reason().isBlank()) {
            throw new FeeException("fee.correctionReasonRequired");
        }
        em.refresh(p, LockModeType.PESSIMISTIC_WRITE);
        if (p.getStatus() != PaymentStatus.RECORDED) {
            throw new FeeException("fee.paymentCorrectedConflict", p.getReceiptNumber(), p.getStatus().name());
        }
        boolean pending = em.createNamedQuery("PaymentCorrection.ofPayment", PaymentCorrection.class)
                .setParameter("payment", p).getResultStream().anyMatch(c -> c.getStatus() == CorrectionStatus.REQUESTED);
        if (pending) {
            throw new FeeException("fee.correctionPendingConflict", p.getReceiptNumber());
        }
        if (form.kind() == CorrectionKind.VOID) {
            requireVoidable(p);
        }
        String reason = form.reason().strip();
        PaymentCorrection c = new PaymentCorrection(p, form.kind(),
                reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason, cashier, now());
        em.persist(c);
        audit.record("FEE_CORRECTION_REQUESTED", "Payment", p.getReceiptNumber(), form.kind() + ": " + reason);
        return view(c);
    }

    /** Every correction waiting for a second cashier. */
    public List<CorrectionView> pendingCorrections() {
        return em.createNamedQuery("PaymentCorrection.pending", PaymentCorrection.class).getResultStream()
                .map(CashierService::view).toList();
    }

    /**
     * A second cashier approves a correction: a void reopens the notice (and the case waits for its
     * fees again), a refund marks payment and notice refunded and counts on the payment's till today.
     */
    public CorrectionView approve(long correctionId, String note) {
        String approver = caller();
        PaymentCorrection c = correction(correctionId);
        if (c.getRequestedBy().equals(approver)) {
            throw new FeeException("fee.sameApproverForbidden", c.getRequestedBy());
        }
        Instant now = now();
        LocalDate today = CenterTime.dayOf(now);
        sequences.lockedTill(c.getCashier());
        em.refresh(c, LockModeType.PESSIMISTIC_WRITE);
        if (c.getStatus() != CorrectionStatus.REQUESTED) {
            throw new FeeException("fee.correctionDecidedConflict", correctionId);
        }
        requireOpenDay(c.getCashier(), today);
        Payment p = c.getPayment();
        em.refresh(p, LockModeType.PESSIMISTIC_WRITE);
        PaymentNotice n = p.getNotice();
        em.refresh(n, LockModeType.PESSIMISTIC_WRITE);
        if (p.getStatus() != PaymentStatus.RECORDED) {
            throw new FeeException("fee.paymentCorrectedConflict", p.getReceiptNumber(), p.getStatus().name());
        }
        if (c.getKind() == CorrectionKind.VOID) {
            requireVoidable(p);
            p.moveTo(PaymentStatus.VOIDED);
            n.moveTo(NoticeStatus.OPEN);
            CaseFile file = em.find(CaseFile.class, n.getCaseId());
            if (file.getStatus() == CaseStatus.READY_TO_ISSUE) {
                cases.feesReopened(n.getCaseNumber(), "void " + p.getReceiptNumber() + ": " + c.getReason());
            }
        } else {
            p.moveTo(PaymentStatus.REFUNDED);
            n.moveTo(NoticeStatus.REFUNDED);
        }
        c.decide(CorrectionStatus.APPROVED, approver, now, blankToNull(note), today);
        audit.record("FEE_CORRECTION_APPROVED", "Payment", p.getReceiptNumber(), c.getKind() + " requested by "
                + c.getRequestedBy() + ": " + c.getReason() + " ¥" + FeeStandard.money(c.getAmount()));
        return view(c);
    }

    /** A second cashier refuses a correction; the payment stays as it was. */
    public CorrectionView reject(long correctionId, String note) {
        String approver = caller();
        PaymentCorrection c = correction(correctionId);
        if (c.getRequestedBy().equals(approver)) {
            throw new FeeException("fee.sameApproverForbidden", c.getRequestedBy());
        }
        em.refresh(c, LockModeType.PESSIMISTIC_WRITE);
        if (c.getStatus() != CorrectionStatus.REQUESTED) {
            throw new FeeException("fee.correctionDecidedConflict", correctionId);
        }
        if (note == null || note.isBlank()) {
            throw new FeeException("fee.rejectionNoteRequired");
        }
        c.decide(CorrectionStatus.REJECTED, approver, now(), note.strip(), null);
        audit.record("FEE_CORRECTION_REJECTED", "Payment", c.getPayment().getReceiptNumber(), note.strip());
        return view(c);
    }

    // ---------------------------------------------------------------- daily closing

    /** The caller's day as it stands: totals, the reconciliation, and what blocks the closing. */
    public DayReport report(LocalDate day) {
        return report(caller(), day == null ? CenterTime.today() : day);
    }

    /**
     * Closes the caller's day (日結). Refused when the day is in the future or already closed, when
     * a void or refund of the caller's payments waits for approval, or when a payment does not
     * match its notice to the cent. Writes the totals and the ledger PDF; the day never changes again.
     */
    public ClosingView close(LocalDate day) {
        String cashier = caller();
        Instant now = now();
        if (day == null || day.isAfter(CenterTime.dayOf(now))) {
            throw new FeeException("fee.closingFutureDay", String.valueOf(day));
        }
        sequences.lockedTill(cashier);
        requireOpenDay(cashier, day);
        DayReport report = report(cashier, day);
        if (!report.pending().isEmpty()) {
            throw new FeeException("fee.closingOpenCorrectionsConflict", report.pending().size(),
                    String.join(", ", report.pending().stream().map(CorrectionView::receiptNumber).toList()));
        }
        if (!report.reconciled()) {
            throw new FeeException("fee.closingMismatchConflict", String.join("; ", report.mismatches()));
        }
        DailyClosing closing = new DailyClosing(report, cashier, now);
        byte[] pdf = FeeDocuments.ledger(report, centerName(), cashier, now.atZone(CenterTime.zone()));
        closing.attachLedger(documents.store(pdf, ContentTypes.PDF).sha256());
        em.persist(closing);
        audit.record("FEE_DAY_CLOSED", "DailyClosing", cashier + " " + day, report.payments() + " payments, "
                + report.refunds() + " refunds, " + report.voided() + " voided, net ¥" + FeeStandard.money(report.netTotal()));
        return view(closing);
    }

    /** The closed days between two dates, newest first (cashiers and auditors). */
    @RolesAllowed({Roles.CASHIER, Roles.AUDITOR, Roles.SUPERVISOR, Roles.CENTER_ADMIN})
    public List<ClosingView> closings(LocalDate from, LocalDate to) {
        LocalDate last = to == null ? CenterTime.today() : to;
        LocalDate first = from == null ? last.minusDays(31) : from;
        return em.createNamedQuery("DailyClosing.between", DailyClosing.class).setParameter("from", first)
                .setParameter("to", last).setMaxResults(1000).getResultStream().map(CashierService::view).toList();
    }

    /** A closed day with every entry, as its ledger shows it. */
    @RolesAllowed({Roles.CASHIER, Roles.AUDITOR, Roles.SUPERVISOR, Roles.CENTER_ADMIN})
    public DayReport closedDay(long closingId) {
        DailyClosing d = closing(closingId);
        return report(d.getCashier(), d.getBusinessDay());
    }

    /** The ledger PDF made at the closing. */
    @RolesAllowed({Roles.CASHIER, Roles.AUDITOR, Roles.SUPERVISOR, Roles.CENTER_ADMIN})
    public byte[] ledgerPdf(long closingId) {
        return documents.read(closing(closingId).getLedgerSha256());
    }

    /** The ledger of a closed day as CSV. */
    @RolesAllowed({Roles.CASHIER, Roles.AUDITOR, Roles.SUPERVISOR, Roles.CENTER_ADMIN})
    public byte[] ledgerCsv(long closingId) {
        DailyClosing d = closing(closingId);
        return FeeDocuments.ledgerCsv(report(d.getCashier(), d.getBusinessDay()));
    }

    // ---------------------------------------------------------------- helpers

    DayReport report(String cashier, LocalDate day) {
        List<Payment> payments = em.createNamedQuery("Payment.ofTill", Payment.class).setParameter("cashier", cashier)
                .setParameter("day", day).getResultList();
        List<PaymentCorrection> approved = em.createNamedQuery("PaymentCorrection.approvedOnTill", PaymentCorrection.class)
                .setParameter("cashier", cashier).setParameter("day", day).getResultList();
        List<PaymentCorrection> refunds = approved.stream().filter(c -> c.getKind() == CorrectionKind.REFUND).toList();
        List<CorrectionView> pending = em.createNamedQuery("PaymentCorrection.pending", PaymentCorrection.class)
                .getResultStream().filter(c -> c.getCashier().equals(cashier)).map(CashierService::view).toList();
        Totals totals = new Totals(center);
        BigDecimal paid = FeeDocuments.zero();
        BigDecimal noticed = FeeDocuments.zero();
        int counted = 0;
        int voided = 0;
        List<String> mismatches = new ArrayList<>();
        for (Payment p : payments) {
            if (p.getStatus() == PaymentStatus.VOIDED) {
                voided++;
                continue;
            }
            counted++;
            PaymentNotice n = p.getNotice();
            paid = paid.add(p.getAmount());
            noticed = noticed.add(n.getTotal());
            if (p.getAmount().compareTo(n.getTotal()) != 0 || FeeRules.total(n.getLines()).compareTo(n.getTotal()) != 0) {
                mismatches.add(p.getReceiptNumber() + " ¥" + FeeStandard.money(p.getAmount()) + " ≠ " + n.getNumber()
                        + " ¥" + FeeStandard.money(n.getTotal()));
            }
            totals.add(p, n, BigDecimal.ONE);
        }
        BigDecimal refunded = FeeDocuments.zero();
        for (PaymentCorrection c : refunds) {
            refunded = refunded.add(c.getAmount());
            noticed = noticed.subtract(c.getPayment().getNotice().getTotal());
            totals.add(c.getPayment(), c.getPayment().getNotice(), BigDecimal.ONE.negate());
        }
        DailyClosing closing = em.createNamedQuery("DailyClosing.ofTill", DailyClosing.class)
                .setParameter("cashier", cashier).setParameter("day", day).getResultStream().findFirst().orElse(null);
        return new DayReport(cashier, day, counted, paid, refunds.size(), refunded, voided, paid.subtract(refunded),
                noticed, totals.lines(), payments.stream().map(p -> view(p, false)).toList(),
                approved.stream().map(CashierService::view).toList(), pending, mismatches,
                closing == null ? null : view(closing));
    }

    /** Sums by fee item, department and method; a refund subtracts what its payment added. */
    private static final class Totals {
        private final CenterRepository center;
        private final Map<String, TotalLine> lines = new LinkedHashMap<>();

        Totals(CenterRepository center) {
            this.center = center;
        }

        void add(Payment p, PaymentNotice n, BigDecimal sign) {
            for (NoticeLine l : n.getLines()) {
                add(Dimension.FEE_ITEM, n.getItemCode() + "/" + l.feeCode(), l.feeName(), l.amount().multiply(sign), sign);
            }
            add(Dimension.DEPARTMENT, n.getDepartmentCode(), center.department(n.getDepartmentCode())
                    .map(d -> d.getName().hant()).orElse(n.getDepartmentCode()), n.getTotal().multiply(sign), sign);
            add(Dimension.METHOD, p.getMethod().name(), FeeDocuments.method(p.getMethod()), p.getAmount().multiply(sign), sign);
        }

        private void add(Dimension dimension, String key, String label, BigDecimal amount, BigDecimal sign) {
            lines.merge(dimension + ":" + key, new TotalLine(dimension, key, label, sign.intValue(), amount.setScale(2)),
                    (a, b) -> new TotalLine(dimension, key, label, a.entries() + b.entries(), a.amount().add(b.amount())));
        }

        List<TotalLine> lines() {
            return lines.values().stream().sorted(java.util.Comparator.comparing(TotalLine::dimension)
                    .thenComparing(TotalLine::key)).toList();
        }
    }

    private boolean settleCaseIfPaid(PaymentNotice paid, String receipt) {
        List<PaymentNotice> all = em.createNamedQuery("PaymentNotice.ofCase", PaymentNotice.class)
                .setParameter("caseId", paid.getCaseId()).getResultList();
        boolean open = all.stream().anyMatch(n -> n.getStatus() == NoticeStatus.OPEN);
        CaseFile file = em.find(CaseFile.class, paid.getCaseId());
        if (open || file.getStatus() != CaseStatus.FEE_DUE) {
            return false;
        }
        cases.feesSettled(paid.getCaseNumber(), receipt);
        return true;
    }

    private void requireOpenDay(String cashier, LocalDate day) {
        boolean closed = !em.createNamedQuery("DailyClosing.ofTill", DailyClosing.class).setParameter("cashier", cashier)
                .setParameter("day", day).getResultList().isEmpty();
        if (closed) {
            throw new FeeException("fee.dayClosedConflict", cashier, day.toString());
        }
    }

    private void requireVoidable(Payment p) {
        LocalDate today = CenterTime.today();
        if (!p.getBusinessDay().equals(today)) {
            throw new FeeException("fee.voidAfterDayConflict", p.getReceiptNumber(), p.getBusinessDay().toString());
        }
        requireOpenDay(p.getCashier(), p.getBusinessDay());
        CaseFile file = em.find(CaseFile.class, p.getNotice().getCaseId());
        if (file.getStatus() != CaseStatus.READY_TO_ISSUE && file.getStatus() != CaseStatus.FEE_DUE) {
            throw new FeeException("fee.voidAfterIssueConflict", p.getReceiptNumber(), file.getNumber());
        }
    }

    private String receiptOf(PaymentNotice n) {
        return em.createNamedQuery("Payment.ofNotice", Payment.class).setParameter("notice", n).getResultStream()
                .filter(p -> p.getStatus() == PaymentStatus.RECORDED).map(Payment::getReceiptNumber).findFirst().orElse("");
    }

    private Payment payment(String receiptNumber) {
        String receipt = receiptNumber == null ? "" : receiptNumber.strip().toUpperCase(java.util.Locale.ROOT);
        return em.createNamedQuery("Payment.byReceipt", Payment.class).setParameter("receipt", receipt)
                .getResultStream().findFirst().orElseThrow(() -> new FeeException("fee.paymentUnknown", receipt));
    }

    private PaymentCorrection correction(long id) {
        PaymentCorrection c = em.find(PaymentCorrection.class, id);
        if (c == null) {
            throw new FeeException("fee.correctionUnknown", id);
        }
        return c;
    }

    private DailyClosing closing(long id) {
        DailyClosing d = em.find(DailyClosing.class, id);
        if (d == null) {
            throw new FeeException("fee.closingUnknown", id);
        }
        return d;
    }

    private String centerName() {
        return center.profile().map(p -> p.getName().hant()).orElse("行政服務中心");
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static PaymentView view(Payment p, boolean settled) {
        PaymentNotice n = p.getNotice();
        return new PaymentView(p.getReceiptNumber(), n.getNumber(), n.getCaseNumber(), n.getPayerName(),
                n.getDepartmentCode(), p.getAmount(), p.getMethod(), p.getReference(), p.getCashier(), p.getPaidAt(),
                p.getBusinessDay(), p.getStatus(), settled);
    }

    static CorrectionView view(PaymentCorrection c) {
        Payment p = c.getPayment();
        return new CorrectionView(c.getId(), p.getReceiptNumber(), p.getNotice().getNumber(),
                p.getNotice().getCaseNumber(), c.getKind(), c.getReason(), c.getAmount(), c.getCashier(),
                c.getRequestedBy(), c.getRequestedAt(), c.getStatus(), c.getDecidedBy(), c.getDecidedAt(),
                c.getDecisionNote(), c.getBusinessDay());
    }

    static ClosingView view(DailyClosing d) {
        return new ClosingView(d.getId(), d.getCashier(), d.getBusinessDay(), d.getPayments(), d.getPaymentsTotal(),
                d.getRefunds(), d.getRefundsTotal(), d.getVoided(), d.getNetTotal(), d.getNoticesTotal(),
                d.getClosedBy(), d.getClosedAt(), d.getLines().stream()
                .map(l -> new TotalLine(l.dimension(), l.key(), l.label(), l.entries(), l.amount())).toList());
    }
}
