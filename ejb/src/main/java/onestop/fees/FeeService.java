package onestop.fees;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import onestop.audit.AuditAtEnd;
import onestop.casework.CaseAccess;
import onestop.casework.CaseFile;
import onestop.casework.CaseStatus;
import onestop.casework.CaseTimeline;
import onestop.casework.Staff;
import onestop.catalog.CatalogViews.Cancellation;
import onestop.catalog.CatalogViews.VersionView;
import onestop.catalog.FeeItem;
import onestop.catalog.FeeStandard;
import onestop.catalog.ItemCatalog;
import onestop.center.CenterRepository;
import onestop.common.CenterTime;
import onestop.documents.ContentTypes;
import onestop.documents.DocumentStore;
import onestop.fees.FeeEnums.NoticeStatus;
import onestop.fees.FeeEnums.ReductionKind;
import onestop.fees.FeeViews.CancelledFee;
import onestop.fees.FeeViews.CaseFees;
import onestop.fees.FeeViews.FeeOption;
import onestop.fees.FeeViews.LineInput;
import onestop.fees.FeeViews.NoticeView;
import onestop.fees.FeeViews.PaymentView;
import onestop.security.Role;
import onestop.security.Roles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Payment notices at the window (票款分離: the window issues the notice, the unified cashier takes
 * the money). The window staff of the case's department issue a notice for an approved case
 * waiting for its fees ({@link CaseStatus#FEE_DUE}), with fee items of the case's item version
 * that may still be charged today, computed by their standard; a reduction or waiver under the
 * preferential policy needs its legal basis and is approved by the chief representative (or the
 * person they authorised to decide) who issues the notice. An open notice may be cancelled with a
 * reason and a new one issued. Everyone who reads the case reads its notices; the cashier reads
 * every notice of the center.
 */
@Stateless
@RolesAllowed({Roles.CLERK, Roles.CHIEF_REPRESENTATIVE, Roles.CASHIER, Roles.SUPERVISOR, Roles.ARCHIVIST,
        Roles.AUDITOR, Roles.CENTER_ADMIN})
@Interceptors(AuditAtEnd.class)
public class FeeService {
    static final int MAX_LINES = 50;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CaseAccess access;

    @EJB
    private CaseTimeline timeline;

    @EJB
    private ItemCatalog catalog;

    @EJB
    private DocumentStore documents;

    @EJB
    private FeeSequences sequences;

    @Inject
    private CenterRepository center;

    /** The window's view of a case's fees: what may be charged, what a decree cancelled, the notices so far. */
    @RolesAllowed({Roles.CLERK, Roles.CHIEF_REPRESENTATIVE, Roles.SUPERVISOR, Roles.ARCHIVIST, Roles.AUDITOR,
            Roles.CENTER_ADMIN})
    public CaseFees caseFees(String caseNumber) {
        Staff staff = access.caller();
        CaseFile c = access.readable(staff, caseNumber);
        LocalDate today = CenterTime.today();
        VersionView version = version(c);
        List<PaymentNotice> notices = notices(c);
        Set<String> onNotice = feesOnActiveNotices(notices);
        List<String> chargeable = catalog.chargeableFees(c.getItemCode(), c.getItemVersion(), today).stream()
                .map(FeeItem::code).toList();
        List<Cancellation> cancellations = catalog.guide(c.getItemCode()).cancelledFees();
        List<FeeOption> options = new ArrayList<>();
        List<CancelledFee> cancelled = new ArrayList<>();
        for (FeeItem fee : version.content().fees()) {
            if (chargeable.contains(fee.code())) {
                options.add(option(fee, onNotice.contains(fee.code())));
            } else {
                Cancellation why = cancellations.stream().filter(x -> fee.code().equals(x.feeCode())).findFirst().orElse(null);
                cancelled.add(new CancelledFee(fee.code(), fee.name(), why == null ? null : why.decree(),
                        why == null ? null : why.effective()));
            }
        }
        boolean own = staff.actsFor(c.getDepartmentCode());
        return new CaseFees(c.getNumber(), c.getItemCode(), c.getItemVersion(), c.getItemName(), c.getDepartmentCode(),
                c.getApplicant().name(), c.getStatus(), version.content().preferentialPolicy(), options, cancelled,
                notices.stream().map(n -> view(n, List.of())).toList(),
                own && c.getStatus() == CaseStatus.FEE_DUE, own && access.mayDecide(staff, c.getDepartmentCode()));
    }

    /** The department's cases waiting for their fees, oldest decision first (for window staff). */
    @RolesAllowed({Roles.CLERK, Roles.CHIEF_REPRESENTATIVE})
    public List<CaseFees> awaitingFees() {
        Staff staff = access.caller();
        return em.createQuery("select c.number from CaseFile c where c.departmentCode = :department"
                        + " and c.status = :status order by c.decidedOn, c.id", String.class)
                .setParameter("department", staff.departmentCode()).setParameter("status", CaseStatus.FEE_DUE)
                .setMaxResults(200).getResultStream().map(this::caseFees).toList();
    }

    /**
     * Issues a notice for the given fee items of the case. Refused, with nothing written, when the
     * case does not wait for fees, a fee item is not on the item version or was cancelled by
     * decree, is already on an open or paid notice, lacks its quantity, or carries a reduction
     * without basis or without a person who may approve it.
     */
    @RolesAllowed({Roles.CLERK, Roles.CHIEF_REPRESENTATIVE})
    public NoticeView issue(String caseNumber, List<LineInput> lines) {
        Staff staff = access.caller();
        CaseFile c = access.actionable(staff, caseNumber, null);
        if (c.getStatus() != CaseStatus.FEE_DUE) {
            throw new FeeException("fee.caseNotFeeDueConflict", c.getNumber());
        }
        if (lines == null || lines.isEmpty() || lines.stream().anyMatch(l -> l == null || l.feeCode() == null)) {
            throw new FeeException("fee.noticeEmpty");
        }
        if (lines.size() > MAX_LINES) {
            throw new FeeException("fee.noticeEmpty");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = CenterTime.dayOf(now);
        VersionView version = version(c);
        List<FeeItem> chargeable = catalog.chargeableFees(c.getItemCode(), c.getItemVersion(), today);
        List<Cancellation> cancellations = null;
        Set<String> onNotice = feesOnActiveNotices(notices(c));
        boolean reduces = lines.stream().anyMatch(l -> l.reduction() != null && l.reduction() != ReductionKind.NONE);
        if (reduces && !access.mayDecide(staff, c.getDepartmentCode())) {
            throw new FeeException("fee.reductionForbidden");
        }
        Set<String> seen = new HashSet<>();
        List<NoticeLine> computed = new ArrayList<>();
        for (LineInput input : lines) {
            String code = input.feeCode().strip();
            if (!seen.add(code)) {
                throw new FeeException("fee.lineDuplicate", code);
            }
            FeeItem fee = version.content().fees().stream().filter(f -> f.code().equals(code)).findFirst()
                    .orElseThrow(() -> new FeeException("fee.feeNotOnItem", code, c.getItemCode()));
            if (chargeable.stream().noneMatch(f -> f.code().equals(code))) {
                if (cancellations == null) {
                    cancellations = catalog.guide(c.getItemCode()).cancelledFees();
                }
                Cancellation why = cancellations.stream().filter(x -> code.equals(x.feeCode())).findFirst().orElse(null);
                throw new FeeException("fee.feeCancelled", code, fee.name(), why == null ? "" : why.decree(),
                        why == null ? "" : why.effective().toString());
            }
            if (onNotice.contains(code)) {
                throw new FeeException("fee.alreadyOnNoticeConflict", code, fee.name());
            }
            computed.add(FeeRules.line(fee, new LineInput(code, input.quantity(), input.reduction(),
                    input.reductionValue(), input.reductionBasis()), staff.login()));
        }
        String number = NoticeNumbers.format(NoticeNumbers.center(), today.getYear(),
                sequences.next(FeeSequences.NOTICE, today.getYear()));
        PaymentNotice notice = new PaymentNotice(number, c.getId(), c.getNumber(), c.getDepartmentCode(),
                c.getItemCode(), c.getItemVersion(), c.getItemName(), c.getApplicant().name(),
                c.getApplicant().identifier(), computed, staff.login(), now, today);
        byte[] pdf = FeeDocuments.notice(notice, issuer(center, c.getDepartmentCode()), now.atZone(CenterTime.zone()));
        notice.attachDocument(documents.store(pdf, ContentTypes.PDF).sha256());
        em.persist(notice);
        timeline.record(c, staff.login(), "FEE_NOTICE_ISSUED", c.getStatus(),
                number + " ¥" + FeeStandard.money(notice.getTotal()), now);
        return view(notice, List.of());
    }

    /** Cancels an open notice (a wrong quantity, a fee that does not apply): it stays on record, unpayable. */
    @RolesAllowed({Roles.CLERK, Roles.CHIEF_REPRESENTATIVE})
    public NoticeView cancel(String noticeNumber, String reason) {
        Staff staff = access.caller();
        PaymentNotice n = readable(staff, noticeNumber);
        em.refresh(n, LockModeType.PESSIMISTIC_WRITE); // notice before case, in the cashier's order
        CaseFile c = access.actionable(staff, n.getCaseNumber(), null);
        if (reason == null || reason.isBlank()) {
            throw new FeeException("fee.cancelReasonRequired");
        }
        if (n.getStatus() != NoticeStatus.OPEN) {
            throw new FeeException("fee.noticeNotOpenConflict", n.getNumber());
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String why = reason.strip().length() > 500 ? reason.strip().substring(0, 500) : reason.strip();
        n.cancel(staff.login(), now, why);
        timeline.record(c, staff.login(), "FEE_NOTICE_CANCELLED", c.getStatus(), n.getNumber() + ": " + why, now);
        return view(n, List.of());
    }

    /** A notice with its payments, for whoever may read it. */
    public NoticeView notice(String noticeNumber) {
        Staff staff = access.caller();
        PaymentNotice n = readable(staff, noticeNumber);
        return view(n, payments(n));
    }

    /** The notice's PDF, as issued. */
    public byte[] noticePdf(String noticeNumber) {
        Staff staff = access.caller();
        return documents.read(readable(staff, noticeNumber).getDocumentSha256());
    }

    /** The notices of a case, oldest first. */
    public List<NoticeView> noticesOfCase(String caseNumber) {
        Staff staff = access.caller();
        if (staff.role() == Role.CASHIER) {
            return em.createQuery("select n from PaymentNotice n where n.caseNumber = :number order by n.id",
                            PaymentNotice.class).setParameter("number", normalized(caseNumber)).getResultStream()
                    .map(n -> view(n, payments(n))).toList();
        }
        CaseFile c = access.readable(staff, caseNumber);
        return notices(c).stream().map(n -> view(n, payments(n))).toList();
    }

    // ---------------------------------------------------------------- helpers

    /** A notice the caller may read: cashiers and readers of all cases see every notice, window staff their department's. */
    PaymentNotice readable(Staff staff, String input) {
        String number = NoticeNumbers.parse(input, NoticeNumbers.center());
        PaymentNotice n = em.createNamedQuery("PaymentNotice.byNumber", PaymentNotice.class)
                .setParameter("number", number).getResultStream().findFirst()
                .orElseThrow(() -> new FeeException("fee.noticeUnknown", number));
        if (staff.role() == Role.CASHIER || staff.readsAll()) {
            return n;
        }
        if (staff.actsFor(n.getDepartmentCode())) {
            return n;
        }
        throw new FeeException("fee.noticeUnknown", number);
    }

    private List<PaymentNotice> notices(CaseFile c) {
        return em.createNamedQuery("PaymentNotice.ofCase", PaymentNotice.class).setParameter("caseId", c.getId())
                .getResultList();
    }

    private static Set<String> feesOnActiveNotices(List<PaymentNotice> notices) {
        Set<String> codes = new HashSet<>();
        for (PaymentNotice n : notices) {
            if (n.getStatus() == NoticeStatus.OPEN || n.getStatus() == NoticeStatus.PAID) {
                n.getLines().forEach(l -> codes.add(l.feeCode()));
            }
        }
        return codes;
    }

    private VersionView version(CaseFile c) {
        return catalog.history(c.getItemCode()).stream().filter(v -> v.number() == c.getItemVersion()).findFirst()
                .orElseThrow(() -> new FeeException("fee.versionUnknown", c.getItemCode(), c.getItemVersion()));
    }

    private static FeeOption option(FeeItem fee, boolean onNotice) {
        try {
            FeeStandard s = FeeStandard.of(fee);
            return new FeeOption(fee.code(), fee.name(), s.describe(), s.needsQuantity(), s.unit(), fee.amount(),
                    fee.rule(), fee.legalBasis(), true, onNotice);
        } catch (IllegalArgumentException e) {
            return new FeeOption(fee.code(), fee.name(), fee.rule(), false, null, fee.amount(), fee.rule(),
                    fee.legalBasis(), false, onNotice);
        }
    }

    private List<PaymentView> payments(PaymentNotice n) {
        return em.createNamedQuery("Payment.ofNotice", Payment.class).setParameter("notice", n).getResultStream()
                .map(p -> CashierService.view(p, false)).toList();
    }

    static FeeDocuments.Issuer issuer(CenterRepository center, String departmentCode) {
        String centerName = center.profile().map(p -> p.getName().hant()).orElse("行政服務中心");
        String department = center.department(departmentCode).map(d -> d.getName().hant()).orElse(departmentCode);
        return new FeeDocuments.Issuer(centerName, department);
    }

    static NoticeView view(PaymentNotice n, List<PaymentView> payments) {
        return new NoticeView(n.getNumber(), n.getCaseNumber(), n.getDepartmentCode(), n.getItemCode(),
                n.getItemVersion(), n.getItemName(), n.getPayerName(), n.getTotal(), ChineseAmount.inWords(n.getTotal()),
                n.getStatus(), n.getIssuedBy(), n.getIssuedAt(), n.getIssuedOn(), n.getCancelReason(),
                List.copyOf(n.getLines()), payments, n.getVersion());
    }

    private static String normalized(String caseNumber) {
        return caseNumber == null ? "" : caseNumber.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
