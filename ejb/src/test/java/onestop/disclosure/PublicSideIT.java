package onestop.disclosure;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import onestop.calendar.CalendarEntry;
import onestop.calendar.CalendarService;
import onestop.calendar.DayKind;
import onestop.casework.CaseEnums.ApplicantKind;
import onestop.casework.CaseEnums.Decision;
import onestop.casework.CaseService;
import onestop.casework.CaseViews.CaseView;
import onestop.casework.CaseViews.DecisionForm;
import onestop.casework.CaseViews.IntakeForm;
import onestop.casework.CaseViews.MaterialReceipt;
import onestop.catalog.ItemCatalog;
import onestop.common.CenterTime;
import onestop.common.OnestopException;
import onestop.disclosure.DisclosureViews.BulletinPage;
import onestop.disclosure.DisclosureViews.BulletinQuery;
import onestop.disclosure.DisclosureViews.BulletinView;
import onestop.disclosure.DisclosureViews.ProgressView;
import onestop.evaluation.EvaluationService;
import onestop.evaluation.EvaluationViews.EvaluationForm;
import onestop.evaluation.EvaluationViews.EvaluationReceipt;
import onestop.evaluation.EvaluationViews.FollowUpView;
import onestop.evaluation.EvaluationViews.Satisfaction;
import onestop.opinions.OpinionCategory;
import onestop.opinions.OpinionService;
import onestop.opinions.OpinionStatus;
import onestop.opinions.OpinionViews.OpinionForm;
import onestop.opinions.OpinionViews.PublicOpinion;
import onestop.opinions.OpinionViews.Receipt;
import onestop.supervision.AlertKind;
import onestop.supervision.AlertService;
import onestop.supervision.AlertView;
import onestop.testing.AsCenterAdmin;
import onestop.testing.AsScjChief;
import onestop.testing.AsScjClerk;
import onestop.testing.AsSupervisor;
import onestop.testing.AsZjjChief;
import onestop.testing.AsZjjClerk;
import onestop.testing.CaseFixtures;
import onestop.testing.TestDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public side's rules on a real WildFly with the demo center: the 7-working-day publication
 * of decisions with masked names, progress with the query code and its slow-down, reply
 * deadlines per category and late marks, one evaluation per case and the follow-up of bad ones.
 * Dates are compared with the center's calendar, so the test holds on any day it runs.
 */
@ExtendWith(ArquillianExtension.class)
class PublicSideIT {
    static final String PROMISED_ITEM = "SCJ-XK-004";
    static final String IMMEDIATE_ITEM = "SCJ-XK-003";
    static final String PERSON_ID = "11010519491231002X";
    static final String CREDIT_CODE = "91350100M000100Y43";

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.ejbModule("public-side-it").addClass(PublicSideIT.class);
    }

    @EJB private CaseService cases;
    @EJB private ItemCatalog catalog;
    @EJB private CalendarService calendar;
    @EJB private CaseBulletins bulletins;
    @EJB private CaseProgress progress;
    @EJB private OpinionService opinions;
    @EJB private EvaluationService evaluations;
    @EJB private AsScjClerk clerk;
    @EJB private AsScjChief chief;
    @EJB private AsZjjClerk zjjClerk;
    @EJB private AsSupervisor supervisor;
    @EJB private AsCenterAdmin admin;
    @EJB private AsZjjChief zjjChief;
    @EJB private AlertService alerts;

    private List<MaterialReceipt> allReceived(String item) {
        return CaseFixtures.allReceived(catalog, item);
    }

    private CaseView person(String item, List<MaterialReceipt> materials) {
        return clerk.call(() -> cases.register(new IntakeForm(item, ApplicantKind.PERSON, "張曉明", PERSON_ID,
                "13800138000", null, materials)));
    }

    private CaseView company(String item) {
        return clerk.call(() -> cases.register(new IntakeForm(item, ApplicantKind.ENTITY, "大慶市公示測試有限公司",
                CREDIT_CODE, "0459-6123456", "李四", allReceived(item))));
    }

    /** Accepted, both review steps done, decided by the chief representative. */
    private CaseView decided(CaseView registered) {
        String n = registered.number();
        clerk.call(() -> cases.accept(n, null));
        clerk.call(() -> cases.completeStep(n, null, null));
        chief.call(() -> cases.completeStep(n, null, null));
        return chief.call(() -> cases.decide(n, null, new DecisionForm(Decision.APPROVED, null, null, null, null, null)));
    }

    private static String key(Runnable action) {
        Throwable e = assertThrows(Throwable.class, action::run);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OnestopException o) {
                return o.key();
            }
        }
        throw new AssertionError("not a refusal", e);
    }

    private List<BulletinView> published(String number) {
        BulletinPage page = bulletins.search(new BulletinQuery("SCJ", null,
                CenterTime.today().minusDays(1), null, 0, 100));
        return page.bulletins().stream().filter(b -> b.caseNumber().equals(number)).toList();
    }

    @Test
    @DisplayName("a decision is due for publication on the 7th working day of the calendar (a holiday moves it), published that day, a person's name masked")
    void sevenWorkingDays() {
        LocalDate today = CenterTime.today();
        LocalDate without = calendar.deadline(today, 7);
        LocalDate holiday = calendar.deadline(today, 3);
        int year = holiday.getYear();
        List<CalendarEntry> original = calendar.year(year);
        List<CalendarEntry> changed = new ArrayList<>(original);
        changed.add(new CalendarEntry(holiday, DayKind.HOLIDAY, "臨時休假"));
        CaseView c;
        try {
            admin.call(() -> calendar.replaceYear(year, changed));
            c = decided(person(PROMISED_ITEM, allReceived(PROMISED_ITEM)));
            LocalDate due = bulletins.dueOn(c.number()).orElseThrow();
            assertEquals(calendar.deadline(today, 7), due);
            assertTrue(due.isAfter(without), "the holiday counts as no working day: " + due + " vs " + without);
        } finally {
            admin.call(() -> calendar.replaceYear(year, original));
        }
        String number = c.number();
        LocalDate due = bulletins.dueOn(number).orElseThrow();
        assertTrue(published(number).isEmpty(), "not public before its day while the result is not issued");

        assertFalse(bulletins.publishDue(due.minusDays(1)).contains(number));
        assertTrue(published(number).isEmpty());
        assertTrue(bulletins.publishDue(due).contains(number));

        List<BulletinView> found = published(number);
        assertEquals(1, found.size());
        BulletinView b = found.get(0);
        assertAll(
                () -> assertEquals("張*明", b.applicantName()),
                () -> assertEquals("APPROVED", b.decision()),
                () -> assertEquals(today, b.decidedOn()),
                () -> assertEquals(due, b.publishedOn()),
                () -> assertFalse(b.toString().contains(PERSON_ID)),
                () -> assertFalse(b.toString().contains("13800138000")),
                () -> assertFalse(b.toString().contains("曉")));
    }

    @Test
    @DisplayName("issuing the result publishes at once with a company's full name; an on-the-spot (即辦) case too")
    void publishedOnIssue() {
        CaseView c = decided(company(PROMISED_ITEM));
        assertTrue(published(c.number()).isEmpty());
        clerk.call(() -> cases.issue(c.number(), null));
        assertEquals("大慶市公示測試有限公司", published(c.number()).get(0).applicantName());
        assertEquals(CenterTime.today(), bulletins.publishedOn(c.number()).orElseThrow());

        CaseView spot = company(IMMEDIATE_ITEM);
        clerk.call(() -> cases.handleOnTheSpot(spot.number(), null));
        assertEquals(1, published(spot.number()).size());
    }

    @Test
    @DisplayName("progress needs the number and its code: a wrong code tells nothing, five of them stop even the right one")
    void progressAndSlowDown() {
        List<MaterialReceipt> lacking = new ArrayList<>(allReceived(PROMISED_ITEM));
        lacking.set(1, new MaterialReceipt(1, false, null, 0, null));
        CaseView c = person(PROMISED_ITEM, lacking);
        clerk.call(() -> cases.requestCorrection(c.number(), null, null));
        String address = "198.51.100." + (int) (Math.random() * 200 + 1);

        ProgressView v = progress.lookup(c.number().toLowerCase(), c.queryCode(), address);
        assertAll(
                () -> assertEquals("AWAITING_CORRECTION", v.status()),
                () -> assertEquals(1, v.lacking().size()),
                () -> assertFalse(v.toString().contains(PERSON_ID)),
                () -> assertFalse(v.toString().contains("張曉明")),
                () -> assertFalse(v.toString().contains("13800138000")));
        assertEquals("progress.numberMalformed", key(() -> progress.lookup("SCJ-2026-42", c.queryCode(), address)));
        assertEquals("progress.codeMalformed", key(() -> progress.lookup(c.number(), "short", address)));
        String wrong = c.queryCode().startsWith("A") ? "BBBBBBBB" : "AAAAAAAA";
        for (int i = 0; i < LookupThrottle.PER_NUMBER; i++) {
            assertEquals("progress.unknown", key(() -> progress.lookup(c.number(), wrong, "203.0.113.9")));
        }
        assertEquals("progress.attemptsTooMany", key(() -> progress.lookup(c.number(), c.queryCode(), address)));
    }

    @Test
    @DisplayName("reply deadlines per category set by management; a late opinion is marked once; the routed department answers")
    void opinionDeadlines() {
        admin.call(() -> opinions.setDeadline(OpinionCategory.COMPLAINT, 4));
        Receipt r;
        try {
            r = opinions.submit(new OpinionForm(OpinionCategory.COMPLAINT, "scj", "窗口排隊太久，等了兩個小時。", "13900000000"));
        } finally {
            admin.call(() -> opinions.setDeadline(OpinionCategory.COMPLAINT, 5));
        }
        LocalDate today = CenterTime.today();
        assertEquals(calendar.deadline(today, 4), r.replyDue());
        assertEquals("opinion.textRequired", key(() -> opinions.submit(new OpinionForm(OpinionCategory.SUGGESTION, null, "  ", null))));
        assertEquals("opinion.textTooLong", key(() -> opinions.submit(new OpinionForm(OpinionCategory.SUGGESTION, null,
                "長".repeat(100_000), null))));
        assertEquals("opinion.departmentInvalid", key(() -> opinions.submit(new OpinionForm(OpinionCategory.SUGGESTION, "NOPE", "x", null))));
        assertEquals("opinion.deadlineDays", key(() -> admin.call(() -> opinions.setDeadline(OpinionCategory.COMPLAINT, 0))));

        assertFalse(opinions.markLate(r.replyDue()).contains(r.trackingNumber()));
        assertTrue(opinions.markLate(r.replyDue().plusDays(1)).contains(r.trackingNumber()));
        assertFalse(opinions.markLate(r.replyDue().plusDays(2)).contains(r.trackingNumber()), "an alert once");
        List<AlertView> cards = chief.call(() -> alerts.list(true, null)).stream()
                .filter(a -> a.kind() == AlertKind.OPINION_REPLY_LATE && a.description().contains(r.trackingNumber())).toList();
        assertEquals(1, cards.size(), "one red card reaches the chief representative of the department the opinion went to");
        assertEquals(AlertKind.Card.RED, cards.get(0).card());
        assertEquals("SCJ", cards.get(0).departmentCode());
        assertEquals(r.replyDue(), cards.get(0).dueOn());
        assertTrue(zjjChief.call(() -> alerts.list(true, null)).stream().noneMatch(a -> a.id() == cards.get(0).id()),
                "another department's chief representative does not see it");

        PublicOpinion before = opinions.status(r.trackingNumber().toLowerCase());
        assertEquals(OpinionStatus.OPEN, before.status());
        assertFalse(before.toString().contains("13900000000"), "the contact is never public");
        assertEquals("opinion.unknown", key(() -> zjjClerk.call(() -> opinions.answer(r.trackingNumber(), null, "已處理"))));
        assertThrows(EJBAccessException.class, () -> supervisor.call(() -> opinions.answer(r.trackingNumber(), null, "x")));
        assertTrue(supervisor.call(() -> opinions.queue(true)).stream().anyMatch(o -> o.trackingNumber().equals(r.trackingNumber())));

        clerk.call(() -> opinions.answer(r.trackingNumber(), null, "已增開兩個窗口，謝謝您的意見。"));
        PublicOpinion after = opinions.status(r.trackingNumber());
        assertEquals(OpinionStatus.ANSWERED, after.status());
        assertEquals("已增開兩個窗口，謝謝您的意見。", after.reply());
        assertEquals(today, after.repliedOn());
        assertEquals("opinion.stateConflict", key(() -> clerk.call(() -> opinions.answer(r.trackingNumber(), null, "again"))));
        clerk.call(() -> opinions.close(r.trackingNumber(), null, null));
        assertEquals(OpinionStatus.CLOSED, opinions.status(r.trackingNumber()).status());
    }

    @Test
    @DisplayName("one evaluation per finished case; a rating of 2 opens a follow-up due in 5 working days: call, then rectification")
    void evaluationAndFollowUp() {
        CaseView c = decided(person(PROMISED_ITEM, allReceived(PROMISED_ITEM)));
        String address = "192.0.2." + (int) (Math.random() * 200 + 1);
        assertEquals("evaluation.notYet", key(() -> evaluations.evaluate(new EvaluationForm(c.number(), c.queryCode(), 5, null), address)));
        clerk.call(() -> cases.issue(c.number(), null));
        assertEquals("evaluation.ratingInvalid", key(() -> evaluations.evaluate(new EvaluationForm(c.number(), c.queryCode(), 6, null), address)));
        String wrong = c.queryCode().startsWith("A") ? "BBBBBBBB" : "AAAAAAAA";
        assertEquals("progress.unknown", key(() -> evaluations.evaluate(new EvaluationForm(c.number(), wrong, 1, null), address)));

        EvaluationReceipt receipt = evaluations.evaluate(new EvaluationForm(c.number(), c.queryCode(), 2, "等候時間太長"), address);
        assertTrue(receipt.followedUp());
        assertEquals(calendar.deadline(CenterTime.today(), 5), receipt.followUpDue());
        assertEquals("evaluation.onceConflict", key(() -> evaluations.evaluate(new EvaluationForm(c.number(), c.queryCode(), 5, null), address)));
        assertEquals(Integer.valueOf(2), progress.lookup(c.number(), c.queryCode(), address).rating());

        FollowUpView f = clerk.call(() -> evaluations.followUps(true)).stream()
                .filter(x -> x.caseNumber().equals(c.number())).findFirst().orElseThrow();
        assertEquals("OPEN", f.status());
        assertTrue(zjjClerk.call(() -> evaluations.followUps(false)).stream().noneMatch(x -> x.caseNumber().equals(c.number())));
        assertEquals("evaluation.callFirst", key(() -> clerk.call(() -> evaluations.recordRectification(f.id(), null, "加開窗口"))));
        FollowUpView called = clerk.call(() -> evaluations.recordCall(f.id(), null, "已電話回訪申請人，致歉並說明原因。"));
        assertEquals("CALLED", called.status());
        FollowUpView done = chief.call(() -> evaluations.recordRectification(f.id(), null, "高峰時段加開一個窗口。"));
        assertEquals("RECTIFIED", done.status());
        assertNotNull(done.rectifiedOn());

        List<Satisfaction> figures = supervisor.call(() -> evaluations.satisfaction(CenterTime.today(), CenterTime.today()));
        Satisfaction scj = figures.stream().filter(s -> s.departmentCode().equals("SCJ") && "A01".equals(s.windowCode()))
                .findFirst().orElseThrow();
        assertTrue(scj.evaluated() >= 1 && scj.bad() >= 1 && scj.badRectified() >= 1, scj::toString);
        assertThrows(EJBAccessException.class, () -> clerk.call(() -> evaluations.satisfaction(CenterTime.today(), CenterTime.today())));
    }
}
