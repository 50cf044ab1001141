package onestop.casework;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import onestop.calendar.CalendarEntry;
import onestop.calendar.CalendarService;
import onestop.calendar.DayKind;
import onestop.casework.CaseEnums.ApplicantKind;
import onestop.casework.CaseEnums.Decision;
import onestop.casework.CaseEnums.DocumentKind;
import onestop.casework.CaseEnums.Opinion;
import onestop.casework.CaseEnums.ReceivedForm;
import onestop.casework.CaseEnums.SuspensionKind;
import onestop.casework.CaseViews.CaseSummary;
import onestop.casework.CaseViews.CaseView;
import onestop.casework.CaseViews.DecisionForm;
import onestop.casework.CaseViews.IntakeForm;
import onestop.casework.CaseViews.MaterialReceipt;
import onestop.catalog.ItemCatalog;
import onestop.common.CenterTime;
import onestop.testing.AsCashier;
import onestop.testing.AsCenterAdmin;
import onestop.testing.AsGajClerk;
import onestop.testing.AsScjChief;
import onestop.testing.AsScjClerk;
import onestop.testing.AsScjClerk2;
import onestop.testing.AsSupervisor;
import onestop.testing.AsSwjClerk;
import onestop.testing.AsZjjChief;
import onestop.testing.AsZjjClerk;
import onestop.testing.CaseFixtures;
import onestop.testing.TestDeployments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The case flow on a real WildFly with the demo center: intake, the one-time correction, refusal,
 * review steps, suspension, extension, joint opinions, decision, fees, issue, scoping and two
 * clerks acting at once. Dates are compared with the center's own calendar, so the test holds on
 * any day it runs.
 */
@ExtendWith(ArquillianExtension.class)
class CaseworkIT {
    /** 市場監管局, promised 5 working days, steps CLERK 0 / CLERK 1 / CHIEF 3 / CHIEF 1, no fees. */
    static final String PROMISED_ITEM = "SCJ-XK-004";
    /** 市場監管局, joint with 稅務局 and 公安局. */
    static final String JOINT_ITEM = "SCJ-XK-001";
    /** 市場監管局, immediate (即辦). */
    static final String IMMEDIATE_ITEM = "SCJ-XK-003";
    /** 住建局, charges a fee. */
    static final String FEE_ITEM = "ZJJ-ZS-001";
    static final String PERSON_ID = "11010519491231002X";
    static final String CREDIT_CODE = "91350100M000100Y43";

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.ejbModule("casework-it").addClass(CaseworkIT.class);
    }

    @EJB private CaseService cases;
    @EJB private CaseQueries queries;
    @EJB private ItemCatalog catalog;
    @EJB private CalendarService calendar;
    @EJB private AsScjClerk clerk;
    @EJB private AsScjClerk2 clerk2;
    @EJB private AsScjChief chief;
    @EJB private AsZjjClerk zjjClerk;
    @EJB private AsZjjChief zjjChief;
    @EJB private AsSwjClerk swjClerk;
    @EJB private AsGajClerk gajClerk;
    @EJB private AsSupervisor supervisor;
    @EJB private AsCashier cashier;
    @EJB private AsCenterAdmin admin;

    private List<MaterialReceipt> allReceived(String item) {
        return CaseFixtures.allReceived(catalog, item);
    }

    private CaseView registerCompany(onestop.testing.RoleCaller as, String item, List<MaterialReceipt> materials) {
        return as.call(() -> cases.register(new IntakeForm(item, ApplicantKind.ENTITY, "大慶市測試科技有限公司",
                CREDIT_CODE, "0459-6123456", "張曉明", materials)));
    }

    private CaseView accepted(String item) {
        CaseView c = registerCompany(clerk, item, allReceived(item));
        return clerk.call(() -> cases.accept(c.number(), c.version()));
    }

    private static String key(Throwable e) {
        return CaseFixtures.refusalKey(e);
    }

    private static String refusal(Runnable action) {
        return key(assertThrows(Exception.class, action::run));
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static byte[] png() throws IOException {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    @DisplayName("intake refuses an ID number or a credit code whose check character is wrong")
    void identifiersAreChecked() {
        assertEquals("case.residentIdInvalid", refusal(() -> clerk.call(() -> cases.register(new IntakeForm(PROMISED_ITEM,
                ApplicantKind.PERSON, "張曉明", "110105194912310021", "13800000000", null, List.of())))));
        assertEquals("case.creditCodeInvalid", refusal(() -> clerk.call(() -> cases.register(new IntakeForm(PROMISED_ITEM,
                ApplicantKind.ENTITY, "某公司", "91350100M000100Y44", null, "張三", List.of())))));
        assertEquals("case.phoneRequired", refusal(() -> clerk.call(() -> cases.register(new IntakeForm(PROMISED_ITEM,
                ApplicantKind.PERSON, "張曉明", PERSON_ID, " ", null, List.of())))));
        assertEquals("case.itemOfOtherDepartment", refusal(() -> registerCompany(clerk, FEE_ITEM, List.of())));
    }

    @Test
    @DisplayName("register → accept: a readable number, a query code, the deadline on working days and the acceptance notice")
    void acceptance() throws IOException {
        CaseView registered = clerk.call(() -> cases.register(new IntakeForm(PROMISED_ITEM, ApplicantKind.PERSON,
                "張曉明", "110105 19491231 002x", "13800000000", null, allReceived(PROMISED_ITEM))));
        LocalDate today = CenterTime.today();
        assertAll(
                () -> assertTrue(registered.number().matches("SCJ-" + today.getYear() + "-\\d{6}"), registered.number()),
                () -> assertTrue(registered.queryCode().matches("[2-9A-HJKMNP-Z]{8}"), registered.queryCode()),
                () -> assertEquals(CaseStatus.RECEIVED, registered.status()),
                () -> assertEquals(PERSON_ID, registered.applicant().identifier()),
                () -> assertEquals("A01", registered.windowCode()),
                () -> assertEquals(calendar.deadline(today, 5), registered.correctionDue()));

        CaseView c = clerk.call(() -> cases.accept(registered.number(), registered.version()));

        assertEquals(CaseStatus.IN_REVIEW, c.status());
        assertEquals(today, c.acceptedOn());
        assertEquals(calendar.deadline(today, 5), c.deadline());
        assertNotNull(c.steps().get(0).completedAt(), "the acceptance step is done");
        assertEquals(today, c.steps().get(1).startedOn());
        var notice = c.documents().stream().filter(d -> d.kind() == DocumentKind.ACCEPTANCE_NOTICE).findFirst().orElseThrow();
        String text = pdfText(clerk.call(() -> queries.document(c.number(), notice.id())));
        assertTrue(text.contains("受理通知書") && text.contains(c.number()) && text.contains(registered.queryCode()), text);
        assertEquals(List.of("REGISTERED", "ACCEPTED"), c.events().stream().map(CaseViews.EventView::action).toList());
        assertEquals("stateConflict", refusal(() -> clerk.call(() -> cases.accept(c.number(), null))).substring(5));
    }

    @Test
    @DisplayName("scans are judged by content and size; an .exe named .pdf is refused and nothing is attached")
    void scans() throws IOException {
        CaseView c = registerCompany(clerk, PROMISED_ITEM, allReceived(PROMISED_ITEM));
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertEquals("case.fileType", refusal(() -> clerk.call(() -> cases.attach(c.number(), 0, "申請書.pdf", exe))));
        assertEquals("case.fileTooLarge", refusal(() -> clerk.call(() -> cases.attach(c.number(), 0, "big.pdf",
                new byte[(int) CaseService.MAX_SCAN_BYTES + 1]))));
        assertEquals("case.materialUnknown", refusal(() -> clerk.call(() -> cases.attach(c.number(), 99, "x.png", png()))));

        CaseView attached = clerk.call(() -> cases.attach(c.number(), 1, "C:\\scans\\章程.png", png()));

        assertEquals(1, attached.documents().size());
        assertEquals("章程.png", attached.documents().get(0).fileName());
        assertEquals("image/png", attached.documents().get(0).contentType());
        assertEquals(1, attached.documents().get(0).materialPosition());
    }

    @Test
    @DisplayName("one-time correction: every lacking material on one notice, once; then accepted on the corrected day")
    void correction() throws IOException {
        List<MaterialReceipt> partial = new ArrayList<>(allReceived(PROMISED_ITEM));
        partial.set(0, new MaterialReceipt(0, false, null, 0, null));
        partial.set(1, new MaterialReceipt(1, true, ReceivedForm.COPY, 1, "缺少法定代表人簽字"));
        CaseView c = registerCompany(clerk, PROMISED_ITEM, partial);
        assertEquals("case.materialsLacking", refusal(() -> clerk.call(() -> cases.accept(c.number(), null))));

        CaseView waiting = clerk.call(() -> cases.requestCorrection(c.number(), null, "請攜帶原件"));

        assertEquals(CaseStatus.AWAITING_CORRECTION, waiting.status());
        var notice = waiting.documents().stream().filter(d -> d.kind() == DocumentKind.CORRECTION_NOTICE).findFirst().orElseThrow();
        String text = pdfText(clerk.call(() -> queries.document(c.number(), notice.id())));
        assertTrue(text.contains("補正材料通知書") && text.contains("未提交") && text.contains("缺少法定代表人簽字"), text);
        assertEquals("case.stateConflict", refusal(() -> clerk.call(() -> cases.requestCorrection(c.number(), null, null))));

        CaseView back = clerk.call(() -> cases.recordCorrection(c.number(), null));
        assertEquals(CaseStatus.RECEIVED, back.status());
        assertEquals("case.correctionOnce", refusal(() -> clerk.call(() -> cases.requestCorrection(c.number(), null, null))));
        clerk.call(() -> cases.updateMaterials(c.number(), null, allReceived(PROMISED_ITEM)));
        CaseView accepted = clerk.call(() -> cases.accept(c.number(), null));
        assertEquals(CenterTime.today(), accepted.acceptedOn());
        assertFalse(accepted.deemedAccepted());
    }

    @Test
    @DisplayName("no correction notice within 5 working days: the application counts as accepted from the day of receipt")
    void deemedAcceptance() {
        List<MaterialReceipt> partial = new ArrayList<>(allReceived(PROMISED_ITEM));
        partial.set(0, new MaterialReceipt(0, false, null, 0, null));
        CaseView c = registerCompany(clerk, PROMISED_ITEM, partial);
        LocalDate lastDay = c.correctionDue();

        assertFalse(cases.applyDeemedAcceptance(lastDay).contains(c.number()), "the fifth working day is still in time");
        List<String> accepted = cases.applyDeemedAcceptance(lastDay.plusDays(1));

        assertTrue(accepted.contains(c.number()));
        CaseView after = clerk.call(() -> queries.find(c.number()));
        assertEquals(CaseStatus.IN_REVIEW, after.status());
        assertTrue(after.deemedAccepted());
        assertEquals(c.receivedOn(), after.acceptedOn());
        assertEquals(calendar.deadline(c.receivedOn(), 5), after.deadline());
        assertEquals("system", after.events().get(after.events().size() - 1).actor());
        assertTrue(after.documents().stream().anyMatch(d -> d.kind() == DocumentKind.ACCEPTANCE_NOTICE));
    }

    @Test
    @DisplayName("refusal needs a reason and its legal basis, prints the notice, and the case can only be archived")
    void refusalFlow() {
        CaseView c = registerCompany(clerk, PROMISED_ITEM, List.of());
        assertEquals("case.reasonRequired", refusal(() -> clerk.call(() -> cases.refuse(c.number(), null, " ", "x"))));
        assertEquals("case.legalBasisRequired", refusal(() -> clerk.call(() -> cases.refuse(c.number(), null, "不屬本機關職權", ""))));

        CaseView refused = clerk.call(() -> cases.refuse(c.number(), null, "申請事項不屬於本機關職權範圍",
                "《中華人民共和國行政許可法》第三十二條第一款第（二）項"));

        assertEquals(CaseStatus.REFUSED, refused.status());
        assertTrue(refused.documents().stream().anyMatch(d -> d.kind() == DocumentKind.REFUSAL_NOTICE));
        assertEquals(java.util.Set.of(CaseAction.ARCHIVE), refused.actions());
        assertEquals("case.stateConflict", refusal(() -> clerk.call(() -> cases.accept(c.number(), null))));
    }

    @Test
    @DisplayName("review steps by their roles, the decision only by the chief representative, then issue, collection, archive")
    void reviewToArchive() {
        CaseView c = accepted(PROMISED_ITEM);
        CaseView step1 = clerk.call(() -> cases.completeStep(c.number(), c.version(), "材料齊全"));
        assertEquals(2, step1.steps().stream().filter(s -> s.completedAt() != null).count());
        assertEquals("case.roleForbidden", refusal(() -> clerk.call(() -> cases.completeStep(c.number(), null, null))));
        CaseView step2 = chief.call(() -> cases.completeStep(c.number(), null, "審查通過"));
        assertEquals("case.decisionForbidden", refusal(() -> clerk.call(() -> cases.decide(c.number(), null,
                new DecisionForm(Decision.APPROVED, null, null, null, null, null)))));
        assertEquals("case.appealRequired", refusal(() -> chief.call(() -> cases.decide(c.number(), null,
                new DecisionForm(Decision.DENIED, "不符合條件", "某條例第五條", "", null, null)))));
        assertEquals("case.editConflict", refusal(() -> chief.call(() -> cases.decide(c.number(), step1.version(),
                new DecisionForm(Decision.APPROVED, null, null, null, null, null)))));

        CaseView decided = chief.call(() -> cases.decide(c.number(), step2.version(),
                new DecisionForm(Decision.APPROVED, null, "《中華人民共和國行政許可法》第三十八條", null, null, null)));
        assertEquals(CaseStatus.READY_TO_ISSUE, decided.status());
        assertEquals(Decision.APPROVED, decided.decision());
        assertTrue(decided.documents().stream().anyMatch(d -> d.kind() == DocumentKind.DECISION));

        CaseView issued = clerk.call(() -> cases.issue(c.number(), null));
        assertEquals(CaseStatus.ISSUED, issued.status());
        assertTrue(issued.steps().stream().allMatch(s -> s.completedAt() != null), "every step done at issue");
        assertEquals(CaseStatus.COLLECTED, clerk.call(() -> cases.collect(c.number(), null, "申請人本人領取")).status());
        CaseView archived = clerk.call(() -> cases.archive(c.number(), null));
        assertEquals(CaseStatus.ARCHIVED, archived.status());
        assertTrue(archived.actions().isEmpty());
        assertEquals(List.of("REGISTERED", "ACCEPTED", "STEP_COMPLETED", "STEP_COMPLETED", "DECIDED", "ISSUED",
                "COLLECTED", "ARCHIVED"), archived.events().stream().map(CaseViews.EventView::action).toList());
        CaseViews.EventView decision = archived.events().stream().filter(e -> e.action().equals("DECIDED")).findFirst().orElseThrow();
        assertTrue(decision.note().startsWith("准予許可"), "the record's notes are in the record language: " + decision.note());
    }

    @Test
    @DisplayName("a suspension stops the clock and resuming the same day gives the deadline back; one extension only")
    void suspensionAndExtension() {
        CaseView c = accepted(PROMISED_ITEM);
        LocalDate deadline = c.deadline();
        assertEquals("case.legalBasisRequired", refusal(() -> clerk.call(() -> cases.suspend(c.number(), null,
                SuspensionKind.EXPERT_REVIEW, "專家評審", "", 10))));

        CaseView suspended = clerk.call(() -> cases.suspend(c.number(), null, SuspensionKind.EXPERT_REVIEW,
                "需組織專家評審", "《中華人民共和國行政許可法》第四十五條", 10));
        assertEquals(CaseStatus.SUSPENDED, suspended.status());
        assertNull(suspended.deadline(), "no deadline while the clock stands still");
        assertEquals(CaseViews.Urgency.SUSPENDED, suspended.urgency());
        assertEquals("case.stateConflict", refusal(() -> chief.call(() -> cases.decide(c.number(), null,
                new DecisionForm(Decision.APPROVED, null, null, null, null, null)))));

        CaseView resumed = clerk.call(() -> cases.resume(c.number(), null));
        assertEquals(CaseStatus.IN_REVIEW, resumed.status());
        assertEquals(deadline, resumed.deadline());

        assertEquals("case.roleForbidden", refusal(() -> clerk.call(() -> cases.extend(c.number(), null, 5, "情況複雜"))));
        assertEquals("case.extensionDays", refusal(() -> chief.call(() -> cases.extend(c.number(), null, 11, "情況複雜"))));
        CaseView extended = chief.call(() -> cases.extend(c.number(), null, 5, "情況複雜，需延長"));
        assertEquals(calendar.deadline(c.acceptedOn(), 10), extended.deadline());
        assertEquals("case.extendedOnce", refusal(() -> chief.call(() -> cases.extend(c.number(), null, 1, "再延"))));
    }

    @Test
    @DisplayName("a joint case opens a task per co-department; the lead decides only when every opinion is in")
    void jointCase() {
        CaseView c = accepted(JOINT_ITEM);
        assertEquals(List.of("GAJ", "SWJ"), c.jointTasks().stream().map(CaseViews.JointTaskView::departmentCode).toList());
        // SCJ-XK-001: CLERK 0 / CHIEF 1 / CLERK 0 — the chief's step is the decision step, not a review step
        assertEquals("case.stepIsDecision", refusal(() -> chief.call(() -> cases.completeStep(c.number(), null, null))));
        assertEquals("case.opinionsMissing", refusal(() -> chief.call(() -> cases.decide(c.number(), null,
                new DecisionForm(Decision.APPROVED, null, null, null, null, null)))));

        List<CaseSummary> swjQueue = swjClerk.call(() -> queries.queue());
        assertTrue(swjQueue.stream().anyMatch(s -> s.number().equals(c.number()) && s.jointTask()));
        assertEquals(java.util.Set.of(CaseAction.ANSWER_JOINT), swjClerk.call(() -> queries.find(c.number())).actions());
        assertEquals("case.unknown", refusal(() -> zjjClerk.call(() -> cases.answerJointTask(c.number(), Opinion.AGREE, "同意"))));
        assertEquals("case.actionForbidden", refusal(() -> swjClerk.call(() -> cases.accept(c.number(), null))));

        swjClerk.call(() -> cases.answerJointTask(c.number(), Opinion.AGREE, "稅務登記信息已確認"));
        assertEquals("case.stateConflict", refusal(() -> swjClerk.call(() -> cases.answerJointTask(c.number(), Opinion.AGREE, "again"))));
        gajClerk.call(() -> cases.answerJointTask(c.number(), Opinion.AGREE, "印章刻製備案完成"));

        CaseView decided = chief.call(() -> cases.decide(c.number(), null, new DecisionForm(Decision.APPROVED, null, null, null, null, null)));
        assertEquals(CaseStatus.READY_TO_ISSUE, decided.status());
        assertTrue(decided.jointTasks().stream().allMatch(t -> t.opinion() == Opinion.AGREE));
    }

    @Test
    @DisplayName("scoping: another department's clerk cannot see or touch a case; a supervisor reads it but cannot act")
    void scoping() {
        CaseView c = registerCompany(clerk, PROMISED_ITEM, allReceived(PROMISED_ITEM));
        assertEquals("case.unknown", refusal(() -> zjjClerk.call(() -> queries.find(c.number()))));
        assertEquals("case.unknown", refusal(() -> zjjClerk.call(() -> cases.accept(c.number(), null))));
        assertFalse(zjjClerk.call(() -> queries.queue()).stream().anyMatch(s -> s.number().equals(c.number())));
        assertTrue(clerk2.call(() -> queries.queue()).stream().anyMatch(s -> s.number().equals(c.number())));

        CaseView read = supervisor.call(() -> queries.find(c.number()));
        assertEquals(c.number(), read.number());
        assertNull(read.queryCode(), "the query code is the applicant's, not the supervisor's");
        assertTrue(read.actions().isEmpty());
        assertThrows(EJBAccessException.class, () -> supervisor.call(() -> cases.accept(c.number(), null)));
        assertThrows(EJBAccessException.class, () -> cashier.call(() -> queries.find(c.number())));
    }

    @Test
    @DisplayName("two clerks accept the same case at once: one wins, the other is told it changed; one acceptance notice")
    void concurrentAcceptance() throws Exception {
        CaseView c = registerCompany(clerk, PROMISED_ITEM, allReceived(PROMISED_ITEM));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<CaseView>> both = List.of(
                    () -> clerk.call(() -> cases.accept(c.number(), c.version())),
                    () -> clerk2.call(() -> cases.accept(c.number(), c.version())));
            List<String> outcomes = new ArrayList<>();
            for (Future<CaseView> f : pool.invokeAll(both)) {
                try {
                    outcomes.add(f.get().status().name());
                } catch (java.util.concurrent.ExecutionException e) {
                    outcomes.add(key(e));
                }
            }
            outcomes.sort(null);
            assertEquals(List.of("IN_REVIEW", "case.editConflict"), outcomes);
        } finally {
            pool.shutdownNow();
        }
        CaseView after = clerk.call(() -> queries.find(c.number()));
        assertEquals(1, after.documents().stream().filter(d -> d.kind() == DocumentKind.ACCEPTANCE_NOTICE).count());
        assertEquals(1, after.events().stream().filter(e -> e.action().equals("ACCEPTED")).count());
    }

    @Test
    @DisplayName("an immediate item is accepted, decided and issued in one sitting by the clerk")
    void immediate() {
        CaseView c = registerCompany(clerk, IMMEDIATE_ITEM, allReceived(IMMEDIATE_ITEM));
        assertTrue(c.actions().contains(CaseAction.HANDLE_ON_THE_SPOT));

        CaseView done = clerk.call(() -> cases.handleOnTheSpot(c.number(), c.version()));

        assertEquals(CaseStatus.ISSUED, done.status());
        assertEquals(CenterTime.today(), done.deadline());
        assertEquals(Decision.APPROVED, done.decision());
        assertEquals("clerk", done.decidedBy());
    }

    @Test
    @DisplayName("an item with fees waits in FEE_DUE until the cashier settles it; the window cannot")
    void fees() {
        CaseView c = registerCompany(zjjClerk, FEE_ITEM, allReceived(FEE_ITEM));
        zjjClerk.call(() -> cases.accept(c.number(), null));
        CaseView decided = zjjChief.call(() -> cases.decide(c.number(), null, new DecisionForm(Decision.APPROVED, null, null, null, null, null)));
        assertEquals(CaseStatus.FEE_DUE, decided.status());
        assertEquals("case.stateConflict", refusal(() -> zjjClerk.call(() -> cases.issue(c.number(), null))));
        assertThrows(EJBAccessException.class, () -> zjjClerk.run(() -> cases.feesSettled(c.number(), "x")));

        cashier.run(() -> cases.feesSettled(c.number(), "PN-1"));

        assertEquals(CaseStatus.READY_TO_ISSUE, zjjClerk.call(() -> queries.find(c.number())).status());
    }

    @Test
    @DisplayName("a person the chief representative authorised may decide; after revocation no longer")
    void delegation() {
        CaseView c = accepted("SCJ-XK-002");
        // SCJ-XK-002: CLERK 0 / CHIEF 1 / CLERK 0: the decision step is next
        assertEquals("case.decisionForbidden", refusal(() -> clerk2.call(() -> cases.decide(c.number(), null,
                new DecisionForm(Decision.APPROVED, null, null, null, null, null)))));
        chief.run(() -> cases.delegateDecisions("clerk2"));
        try {
            assertTrue(clerk2.call(() -> queries.find(c.number())).actions().contains(CaseAction.DECIDE));
            chief.run(() -> cases.revokeDelegation("clerk2"));
            assertFalse(clerk2.call(() -> queries.find(c.number())).actions().contains(CaseAction.DECIDE));
            chief.run(() -> cases.delegateDecisions("clerk2"));
            assertEquals(CaseStatus.READY_TO_ISSUE, clerk2.call(() -> cases.decide(c.number(), null,
                    new DecisionForm(Decision.APPROVED, null, null, null, null, null))).status());
        } finally {
            chief.run(() -> cases.revokeDelegation("clerk2"));
        }
        assertEquals("case.delegateUnknown", refusal(() -> chief.run(() -> cases.delegateDecisions("clerk.zjj"))));
    }

    @Test
    @DisplayName("when management adds a holiday on a case's deadline, the deadline moves to the next working day")
    void calendarChangeMovesDeadlines() {
        CaseView c = accepted(PROMISED_ITEM);
        LocalDate deadline = c.deadline();
        int year = deadline.getYear();
        List<CalendarEntry> original = calendar.year(year);
        List<CalendarEntry> changed = new ArrayList<>(original);
        changed.add(new CalendarEntry(deadline, DayKind.HOLIDAY, "臨時休假"));
        try {
            admin.call(() -> calendar.replaceYear(year, changed));
            CaseView after = clerk.call(() -> queries.find(c.number()));
            assertEquals(calendar.deadline(deadline, 1), after.deadline());
            assertTrue(after.deadline().isAfter(deadline));
            assertEquals("DEADLINE_RECOMPUTED", after.events().get(after.events().size() - 1).action());
            assertEquals("工作日曆變更，期限 " + deadline + " → " + after.deadline(), after.events().get(after.events().size() - 1).note());
        } finally {
            admin.call(() -> calendar.replaceYear(year, original));
        }
        assertEquals(deadline, clerk.call(() -> queries.find(c.number())).deadline());
    }
}
