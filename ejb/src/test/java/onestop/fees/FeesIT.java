package onestop.fees;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import onestop.casework.CaseEnums.ApplicantKind;
import onestop.casework.CaseEnums.Decision;
import onestop.casework.CaseEnums.ReceivedForm;
import onestop.casework.CaseQueries;
import onestop.casework.CaseService;
import onestop.casework.CaseStatus;
import onestop.casework.CaseViews.CaseView;
import onestop.casework.CaseViews.DecisionForm;
import onestop.casework.CaseViews.IntakeForm;
import onestop.casework.CaseViews.MaterialReceipt;
import onestop.catalog.CatalogFixtures;
import onestop.catalog.CatalogService;
import onestop.catalog.FeeItem;
import onestop.catalog.HandlingMode;
import onestop.catalog.ItemContent;
import onestop.catalog.ProcedureStep;
import onestop.common.CenterTime;
import onestop.fees.FeeEnums.CorrectionKind;
import onestop.fees.FeeEnums.CorrectionStatus;
import onestop.fees.FeeEnums.Dimension;
import onestop.fees.FeeEnums.NoticeStatus;
import onestop.fees.FeeEnums.PaymentMethod;
import onestop.fees.FeeEnums.PaymentStatus;
import onestop.fees.FeeEnums.ReductionKind;
import onestop.fees.FeeViews.ClosingView;
import onestop.fees.FeeViews.CorrectionForm;
import onestop.fees.FeeViews.CorrectionView;
import onestop.fees.FeeViews.DayReport;
import onestop.fees.FeeViews.LineInput;
import onestop.fees.FeeViews.NoticeView;
import onestop.fees.FeeViews.PaymentForm;
import onestop.fees.FeeViews.PaymentView;
import onestop.fees.FeeViews.TotalLine;
import onestop.testing.AsAuditor;
import onestop.testing.AsCashier;
import onestop.testing.AsCashier2;
import onestop.testing.AsCenterAdmin;
import onestop.testing.AsClosingCashier;
import onestop.testing.AsScjClerk;
import onestop.testing.AsSecondAdmin;
import onestop.testing.AsZjjChief;
import onestop.testing.AsZjjClerk;
import onestop.testing.RoleCaller;
import onestop.testing.CaseFixtures;
import onestop.testing.TestDeployments;
import onestop.security.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ticket and payment apart on a real WildFly: the window of 住建局 issues payment notices for an
 * item of its own (F01 a fixed 10.00 yuan, F02 45.00 yuan per square metre), the unified cashier
 * takes the money, a second cashier approves voids and refunds, a cashier closes the day. Each
 * test makes its own cases; the closing test uses a cashier of its own so the demo cashiers' day
 * stays open.
 */
@ExtendWith(ArquillianExtension.class)
class FeesIT {
    private static final String CREDIT_CODE = "91350100M000100Y43";
    private static final BigDecimal AREA = new BigDecimal("120.5");
    /** 10.00 + 120.5 × 45.00 */
    private static final BigDecimal TOTAL = new BigDecimal("5432.50");

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.ejbModule("fees-it").addClasses(FeesIT.class, CatalogFixtures.class);
    }

    @EJB private FeeService fees;
    @EJB private CashierService cashierService;
    @EJB private CaseService cases;
    @EJB private CaseQueries queries;
    @EJB private CatalogService catalog;
    @EJB private AsZjjClerk clerk;
    @EJB private AsZjjChief chief;
    @EJB private AsScjClerk scjClerk;
    @EJB private AsCashier cashier;
    @EJB private AsCashier2 cashier2;
    @EJB private AsClosingCashier closer;
    @EJB private AsCenterAdmin admin;
    @EJB private AsSecondAdmin reviewer;
    @EJB private AsAuditor auditor;

    private static String item;

    // ---------------------------------------------------------------- arrange

    /** A new published item of 住建局 with two fee items; each call a fresh one (a test may cancel its fees). */
    private String newItem() {
        String code = "ZJJ-IT-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        ItemContent base = CatalogFixtures.foodLicense("建築垃圾處置核准（測試）");
        ItemContent content = new ItemContent(base.name(), "ZJJ", "CONSTRUCTION", base.type(), HandlingMode.PROMISED,
                List.of(), base.statutoryDays(), base.promisedDays(), base.legalBasis(), base.online(),
                base.approvalContent(), List.of(new ProcedureStep("受理", Role.CLERK, 0),
                        new ProcedureStep("審查並決定", Role.CHIEF_REPRESENTATIVE, 3),
                        new ProcedureStep("統一收費處繳費", Role.CASHIER, 0),
                        new ProcedureStep("發證", Role.CLERK, 1)), base.materials(),
                List.of(new FeeItem("F01", "證照工本費", new BigDecimal("10.00"), "每證", "《關於證照工本費標準的通知》", "fixed"),
                        new FeeItem("F02", "城市基礎設施配套費", new BigDecimal("45.00"), null, "《財綜函〔2002〕3號》",
                                "per-unit:平方米")),
                "小微企業減半收取；保障性住房免收。", base.complaintChannels(), base.supervisingDepartment());
        admin.call(() -> catalog.create(code, content, null));
        admin.call(() -> catalog.submit(code));
        reviewer.call(() -> catalog.approve(code, null));
        return code;
    }

    private synchronized String item() {
        if (item == null) {
            item = newItem();
        }
        return item;
    }

    /** An approved case of the item, waiting for its fees. */
    private String feeDueCase(String itemCode) {
        List<MaterialReceipt> materials = IntStream.range(0, 2)
                .mapToObj(i -> new MaterialReceipt(i, true, ReceivedForm.ORIGINAL, 1, null)).toList();
        CaseView c = clerk.call(() -> cases.register(new IntakeForm(itemCode, ApplicantKind.ENTITY, "大慶市測試建設有限公司",
                CREDIT_CODE, "0459-6123456", "張曉明", materials)));
        clerk.call(() -> cases.accept(c.number(), null));
        CaseView decided = chief.call(() -> cases.decide(c.number(), null, new DecisionForm(Decision.APPROVED, null, null, null, null, null)));
        assertEquals(CaseStatus.FEE_DUE, decided.status());
        return c.number();
    }

    private NoticeView bothFees(String caseNumber) {
        return clerk.call(() -> fees.issue(caseNumber, List.of(new LineInput("F01", null, null, null, null),
                new LineInput("F02", AREA, null, null, null))));
    }

    private PaymentView payInCash(RoleCaller as, NoticeView notice) {
        return as.call(() -> cashierService.pay(notice.number(), new PaymentForm(notice.total(), PaymentMethod.CASH, null)));
    }

    private CaseStatus status(String caseNumber) {
        return clerk.call(() -> queries.find(caseNumber)).status();
    }

    private static String key(Throwable e) {
        return CaseFixtures.refusalKey(e);
    }

    private static String refusal(Runnable action) {
        return key(assertThrows(Exception.class, action::run));
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }

    // ---------------------------------------------------------------- the flow

    @Test
    @DisplayName("approve → notice at the window → exact payment at the cashier → the case is ready to issue, and is issued")
    void noticePaymentIssue() throws IOException {
        String number = feeDueCase(item());

        NoticeView notice = bothFees(number);
        byte[] noticePdf = clerk.call(() -> fees.noticePdf(notice.number()));
        PaymentView paid = payInCash(cashier, notice);

        assertAll(
                () -> assertEquals(TOTAL, notice.total()),
                () -> assertEquals("伍仟肆佰參拾貳元伍角", notice.totalInWords()),
                () -> assertEquals(new BigDecimal("5422.50"), notice.lines().get(1).amount()),
                () -> assertTrue(pdfText(noticePdf).contains(notice.number())),
                () -> assertTrue(paid.caseSettled()),
                () -> assertEquals(CaseStatus.READY_TO_ISSUE, status(number)),
                () -> assertEquals(NoticeStatus.PAID, cashier.call(() -> cashierService.find(notice.number())).status()),
                () -> assertTrue(pdfText(cashier.call(() -> cashierService.receiptPdf(paid.receiptNumber())))
                        .contains(paid.receiptNumber())),
                () -> assertTrue(clerk.call(() -> queries.find(number)).events().stream()
                        .anyMatch(e -> "FEE_NOTICE_ISSUED".equals(e.action())), "the case timeline shows the notice"));
        assertEquals(CaseStatus.ISSUED, clerk.call(() -> cases.issue(number, null)).status());
    }

    @Test
    @DisplayName("a case with two notices waits until both are paid; the cashier finds a notice typed with spaces instead of hyphens")
    void twoNotices() {
        String number = feeDueCase(item());
        NoticeView first = clerk.call(() -> fees.issue(number, List.of(new LineInput("F01", null, null, null, null))));
        NoticeView second = clerk.call(() -> fees.issue(number, List.of(new LineInput("F02", AREA, null, null, null))));

        assertEquals("fee.alreadyOnNoticeConflict", refusal(() -> clerk.call(() -> fees.issue(number,
                List.of(new LineInput("F01", null, null, null, null))))));
        PaymentView one = payInCash(cashier, cashier.call(() -> cashierService.find(first.number().replace('-', ' '))));

        assertEquals(CaseStatus.FEE_DUE, status(number));
        assertTrue(!one.caseSettled());
        assertTrue(payInCash(cashier, second).caseSettled());
        assertEquals(CaseStatus.READY_TO_ISSUE, status(number));
    }

    // ---------------------------------------------------------------- who may do what

    @Test
    @DisplayName("the window cannot record a payment, the cashier cannot issue a notice, another department cannot see the case")
    void rolesKeepTicketAndMoneyApart() {
        String number = feeDueCase(item());
        NoticeView notice = bothFees(number);
        PaymentForm cash = new PaymentForm(TOTAL, PaymentMethod.CASH, null);

        assertAll(
                () -> assertThrows(EJBAccessException.class, () -> clerk.call(() -> cashierService.pay(notice.number(), cash))),
                () -> assertThrows(EJBAccessException.class, () -> chief.call(() -> cashierService.pay(notice.number(), cash))),
                () -> assertThrows(EJBAccessException.class, () -> cashier.call(() -> fees.issue(number,
                        List.of(new LineInput("F01", null, null, null, null))))),
                () -> assertEquals("case.unknown", refusal(() -> scjClerk.call(() -> fees.issue(number,
                        List.of(new LineInput("F01", null, null, null, null)))))),
                () -> assertEquals("fee.noticeUnknown", refusal(() -> scjClerk.call(() -> fees.notice(notice.number())))),
                () -> assertEquals(NoticeStatus.OPEN, cashier.call(() -> cashierService.find(notice.number())).status()));
    }

    @Test
    @DisplayName("a notice is refused for a case that is not waiting for fees, and for a fee without its quantity")
    void noticeNeedsAFeeDueCaseAndQuantities() {
        String number = feeDueCase(item());

        assertEquals("fee.quantityRequired", refusal(() -> clerk.call(() -> fees.issue(number,
                List.of(new LineInput("F02", null, null, null, null))))));
        assertEquals("fee.feeNotOnItem", refusal(() -> clerk.call(() -> fees.issue(number,
                List.of(new LineInput("F09", null, null, null, null))))));
        payInCash(cashier, clerk.call(() -> fees.issue(number, List.of(new LineInput("F01", null, null, null, null)))));
        assertEquals("fee.caseNotFeeDueConflict", refusal(() -> clerk.call(() -> fees.issue(number,
                List.of(new LineInput("F02", AREA, null, null, null))))));
    }

    // ---------------------------------------------------------------- bad input at the cashier

    @Test
    @DisplayName("paying a notice twice is refused with its receipt number, and only one payment exists")
    void doublePayment() {
        NoticeView notice = bothFees(feeDueCase(item()));
        PaymentView first = payInCash(cashier, notice);

        String second = refusal(() -> payInCash(cashier2, notice));

        assertAll(
                () -> assertEquals("fee.noticePaidConflict", second),
                () -> assertEquals(List.of(first.receiptNumber()), cashier.call(() -> cashierService.find(notice.number()))
                        .payments().stream().map(PaymentView::receiptNumber).toList()));
    }

    @Test
    @DisplayName("two cashiers paying the same notice at the same moment: one payment, one refusal")
    void concurrentPayments() throws Exception {
        NoticeView notice = bothFees(feeDueCase(item()));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<PaymentView>> both = List.of(() -> payInCash(cashier, notice), () -> payInCash(cashier2, notice));
            List<String> outcomes = new ArrayList<>();
            for (Future<PaymentView> f : pool.invokeAll(both)) {
                try {
                    outcomes.add(f.get().status().name());
                } catch (java.util.concurrent.ExecutionException e) {
                    outcomes.add(key(e));
                }
            }
            assertAll(
                    () -> assertTrue(outcomes.contains("RECORDED"), outcomes::toString),
                    () -> assertTrue(outcomes.contains("fee.noticePaidConflict"), outcomes::toString),
                    () -> assertEquals(1, cashier.call(() -> cashierService.find(notice.number())).payments().size()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("an amount one fen off the notice, a fraction of a fen, or a card without its slip number is refused and nothing is written")
    void wrongAmountOrMissingReference() {
        String number = feeDueCase(item());
        NoticeView notice = bothFees(number);

        assertAll(
                () -> assertEquals("fee.amountMismatch", refusal(() -> cashier.call(() -> cashierService.pay(notice.number(),
                        new PaymentForm(new BigDecimal("5432.49"), PaymentMethod.CASH, null))))),
                () -> assertEquals("fee.amountMismatch", refusal(() -> cashier.call(() -> cashierService.pay(notice.number(),
                        new PaymentForm(new BigDecimal("5432.501"), PaymentMethod.CASH, null))))),
                () -> assertEquals("fee.referenceRequired", refusal(() -> cashier.call(() -> cashierService.pay(notice.number(),
                        new PaymentForm(TOTAL, PaymentMethod.CARD, " "))))),
                () -> assertEquals("fee.waivedNotAllowed", refusal(() -> cashier.call(() -> cashierService.pay(notice.number(),
                        new PaymentForm(TOTAL, PaymentMethod.WAIVED, null))))));
        assertAll(
                () -> assertEquals(NoticeStatus.OPEN, cashier.call(() -> cashierService.find(notice.number())).status()),
                () -> assertTrue(cashier.call(() -> cashierService.find(notice.number())).payments().isEmpty()),
                () -> assertEquals(CaseStatus.FEE_DUE, status(number)));
        assertEquals(PaymentStatus.RECORDED, cashier.call(() -> cashierService.pay(notice.number(),
                new PaymentForm(new BigDecimal("5432.5"), PaymentMethod.CARD, "POS-0001"))).status());
    }

    @Test
    @DisplayName("a notice of another center, a misread number and an unknown number are each refused with their own reason")
    void foreignAndMisreadNumbers() {
        String foreign = NoticeNumbers.format("110100", CenterTime.today().getYear(), 1);
        String misread = NoticeNumbers.format(NoticeNumbers.DEFAULT_CENTER, 2026, 12).replace("0000012", "0000021");
        String unknown = NoticeNumbers.format(NoticeNumbers.DEFAULT_CENTER, 2026, 9_999_999);

        assertAll(
                () -> assertEquals("fee.noticeOfOtherCenter", refusal(() -> cashier.call(() -> cashierService.find(foreign)))),
                () -> assertEquals("fee.noticeOfOtherCenter", refusal(() -> cashier.call(() -> cashierService.pay(foreign,
                        new PaymentForm(TOTAL, PaymentMethod.CASH, null))))),
                () -> assertEquals("fee.noticeNumberInvalid", refusal(() -> cashier.call(() -> cashierService.find(misread)))),
                () -> assertEquals("fee.noticeUnknown", refusal(() -> cashier.call(() -> cashierService.find(unknown)))));
    }

    // ---------------------------------------------------------------- the catalog decides what may be charged

    @Test
    @DisplayName("a fee cancelled by decree can no longer be put on a notice, nor paid on a notice issued before the decree")
    void cancelledFee() {
        String code = newItem();
        String before = feeDueCase(code);
        NoticeView old = clerk.call(() -> fees.issue(before, List.of(new LineInput("F02", AREA, null, null, null))));
        String after = feeDueCase(code);

        admin.run(() -> catalog.cancelFee(code, "F02", "國發〔2026〕99號 取消城市基礎設施配套費", CenterTime.today()));

        assertAll(
                () -> assertEquals("fee.feeCancelledSinceIssue", refusal(() -> payInCash(cashier, old))),
                () -> assertEquals(NoticeStatus.OPEN, cashier.call(() -> cashierService.find(old.number())).status()),
                () -> assertEquals("fee.feeCancelled", refusal(() -> clerk.call(() -> fees.issue(after,
                        List.of(new LineInput("F02", AREA, null, null, null)))))),
                () -> assertEquals(List.of("F02"), clerk.call(() -> fees.caseFees(after)).cancelled().stream()
                        .map(FeeViews.CancelledFee::code).toList()),
                () -> assertEquals(List.of("F01"), clerk.call(() -> fees.caseFees(after)).fees().stream()
                        .map(FeeViews.FeeOption::code).toList()));
        clerk.call(() -> fees.cancel(old.number(), "收費項目已取消，重新開具"));
        NoticeView renewed = clerk.call(() -> fees.issue(before, List.of(new LineInput("F01", null, null, null, null))));
        assertTrue(payInCash(cashier, renewed).caseSettled());
    }

    @Test
    @DisplayName("reductions: a clerk may not grant one; the chief's waiver makes a 0.00 notice, confirmed at the cashier as waived")
    void reductionsAndWaivers() {
        String number = feeDueCase(item());
        List<LineInput> waived = List.of(
                new LineInput("F01", null, ReductionKind.WAIVER, null, "保障性住房免收"),
                new LineInput("F02", AREA, ReductionKind.WAIVER, null, "保障性住房免收"));

        assertEquals("fee.reductionForbidden", refusal(() -> clerk.call(() -> fees.issue(number, waived))));
        assertEquals("fee.reductionBasisRequired", refusal(() -> chief.call(() -> fees.issue(number,
                List.of(new LineInput("F01", null, ReductionKind.PERCENT, new BigDecimal("50"), null))))));
        NoticeView notice = chief.call(() -> fees.issue(number, waived));

        assertAll(
                () -> assertEquals(new BigDecimal("0.00"), notice.total()),
                () -> assertEquals("chief.zjj", notice.lines().get(0).reductionApprover()),
                () -> assertEquals("fee.waivedNoticeMethod", refusal(() -> payInCash(cashier, notice))));
        PaymentView confirmed = cashier.call(() -> cashierService.pay(notice.number(),
                new PaymentForm(BigDecimal.ZERO, PaymentMethod.WAIVED, null)));
        assertTrue(confirmed.caseSettled());
    }

    // ---------------------------------------------------------------- corrections

    @Test
    @DisplayName("a void waits for a second cashier: asking changes nothing, the asker cannot approve, the approval reopens the notice and the case")
    void voidNeedsASecondPerson() {
        String number = feeDueCase(item());
        NoticeView notice = bothFees(number);
        PaymentView paid = payInCash(cashier, notice);

        CorrectionView asked = cashier.call(() -> cashierService.requestCorrection(paid.receiptNumber(),
                new CorrectionForm(CorrectionKind.VOID, "收款方式登記錯誤（實為刷卡）")));

        assertAll(
                () -> assertEquals(CaseStatus.READY_TO_ISSUE, status(number), "a request alone changes nothing"),
                () -> assertEquals(PaymentStatus.RECORDED, cashier.call(() -> cashierService.find(notice.number())).payments().get(0).status()),
                () -> assertEquals("fee.sameApproverForbidden", refusal(() -> cashier.call(() -> cashierService.approve(asked.id(), null)))),
                () -> assertEquals("fee.correctionPendingConflict", refusal(() -> cashier.call(() -> cashierService
                        .requestCorrection(paid.receiptNumber(), new CorrectionForm(CorrectionKind.REFUND, "再申請"))))),
                () -> assertThrows(EJBAccessException.class, () -> clerk.call(() -> cashierService.approve(asked.id(), null))));

        CorrectionView approved = cashier2.call(() -> cashierService.approve(asked.id(), "核實無誤"));

        assertAll(
                () -> assertEquals(CorrectionStatus.APPROVED, approved.status()),
                () -> assertEquals(PaymentStatus.VOIDED, cashier.call(() -> cashierService.find(notice.number())).payments().get(0).status()),
                () -> assertEquals(NoticeStatus.OPEN, cashier.call(() -> cashierService.find(notice.number())).status()),
                () -> assertEquals(CaseStatus.FEE_DUE, status(number), "the result cannot be issued unpaid"),
                () -> assertEquals("fee.correctionDecidedConflict", refusal(() -> cashier2.call(() -> cashierService.approve(asked.id(), null)))));
        assertTrue(cashier.call(() -> cashierService.pay(notice.number(),
                new PaymentForm(TOTAL, PaymentMethod.CARD, "POS-0002"))).caseSettled());
        assertEquals(2, cashier.call(() -> cashierService.find(notice.number())).payments().size(), "nothing is deleted");
    }

    @Test
    @DisplayName("a refund needs a reason and a second cashier; a rejection needs a note; the refund leaves the case as it is")
    void refund() {
        String number = feeDueCase(item());
        NoticeView notice = bothFees(number);
        PaymentView paid = payInCash(cashier, notice);

        assertEquals("fee.correctionReasonRequired", refusal(() -> cashier.call(() -> cashierService.requestCorrection(
                paid.receiptNumber(), new CorrectionForm(CorrectionKind.REFUND, " ")))));
        CorrectionView first = cashier.call(() -> cashierService.requestCorrection(paid.receiptNumber(),
                new CorrectionForm(CorrectionKind.REFUND, "申請人撤回申請")));
        assertEquals("fee.rejectionNoteRequired", refusal(() -> cashier2.call(() -> cashierService.reject(first.id(), ""))));
        assertEquals(CorrectionStatus.REJECTED, cashier2.call(() -> cashierService.reject(first.id(), "結果已發出，不予退款")).status());
        CorrectionView second = cashier.call(() -> cashierService.requestCorrection(paid.receiptNumber(),
                new CorrectionForm(CorrectionKind.REFUND, "多收，經核實退還")));

        cashier2.call(() -> cashierService.approve(second.id(), null));

        NoticeView after = cashier.call(() -> cashierService.find(notice.number()));
        assertAll(
                () -> assertEquals(NoticeStatus.REFUNDED, after.status()),
                () -> assertEquals(PaymentStatus.REFUNDED, after.payments().get(0).status()),
                () -> assertEquals(CaseStatus.READY_TO_ISSUE, status(number)),
                () -> assertEquals("fee.noticeRefundedConflict", refusal(() -> payInCash(cashier, notice))));
    }

    // ---------------------------------------------------------------- the daily closing

    @Test
    @DisplayName("a day closes only when nothing waits for approval; it reconciles to the cent by fee item, department and method, and then takes nothing more")
    void dailyClosing() throws IOException {
        LocalDate today = CenterTime.today();
        NoticeView cashNotice = bothFees(feeDueCase(item()));
        NoticeView cardNotice = clerk.call(() -> fees.issue(feeDueCase(item()), List.of(new LineInput("F01", null, null, null, null))));
        NoticeView lateNotice = bothFees(feeDueCase(item()));
        payInCash(closer, cashNotice);
        PaymentView card = closer.call(() -> cashierService.pay(cardNotice.number(),
                new PaymentForm(new BigDecimal("10.00"), PaymentMethod.CARD, "POS-7788")));
        CorrectionView asked = closer.call(() -> cashierService.requestCorrection(card.receiptNumber(),
                new CorrectionForm(CorrectionKind.VOID, "重複刷卡，已撤銷")));

        assertEquals("fee.closingOpenCorrectionsConflict", refusal(() -> closer.call(() -> cashierService.close(today))));
        cashier2.call(() -> cashierService.approve(asked.id(), null));
        DayReport before = closer.call(() -> cashierService.report(today));
        ClosingView closed = closer.call(() -> cashierService.close(today));

        assertAll(
                () -> assertTrue(before.reconciled()),
                () -> assertEquals(1, closed.payments()),
                () -> assertEquals(TOTAL, closed.paymentsTotal()),
                () -> assertEquals(TOTAL, closed.netTotal()),
                () -> assertEquals(TOTAL, closed.noticesTotal()),
                () -> assertEquals(1, before.voided()),
                () -> assertEquals(List.of(new TotalLine(Dimension.METHOD, "CASH", "現金", 1, TOTAL)),
                        closed.totals().stream().filter(t -> t.dimension() == Dimension.METHOD).toList()),
                () -> assertEquals(TOTAL, closed.totals().stream().filter(t -> t.dimension() == Dimension.DEPARTMENT)
                        .map(TotalLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add)),
                () -> assertEquals(List.of(new BigDecimal("10.00"), new BigDecimal("5422.50")), closed.totals().stream()
                        .filter(t -> t.dimension() == Dimension.FEE_ITEM).map(TotalLine::amount).toList()));

        assertAll(
                () -> assertEquals("fee.dayClosedConflict", refusal(() -> payInCash(closer, lateNotice))),
                () -> assertEquals(NoticeStatus.OPEN, cashier.call(() -> cashierService.find(lateNotice.number())).status()),
                () -> assertEquals("fee.dayClosedConflict", refusal(() -> closer.call(() -> cashierService.close(today)))),
                () -> assertEquals("fee.closingFutureDay", refusal(() -> closer.call(() -> cashierService.close(today.plusDays(1))))),
                () -> assertTrue(pdfText(auditor.call(() -> cashierService.ledgerPdf(closed.id()))).contains("收費日結報表")),
                () -> assertTrue(new String(auditor.call(() -> cashierService.ledgerCsv(closed.id())), StandardCharsets.UTF_8)
                        .contains("NET," + today + ",it-closer,,,,,,,,RECONCILED,5432.50")),
                () -> assertTrue(auditor.call(() -> cashierService.closings(today, today)).stream()
                        .anyMatch(d -> d.id() == closed.id())),
                () -> assertThrows(EJBAccessException.class, () -> clerk.call(() -> cashierService.closings(today, today))));
        assertEquals(PaymentStatus.RECORDED, payInCash(cashier, lateNotice).status(), "another cashier's day is still open");
    }
}
