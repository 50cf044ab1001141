package onestop.supervision;

import jakarta.ejb.EJB;
import onestop.audit.AuditRecord;
import onestop.audit.AuditService;
import onestop.calendar.CalendarService;
import onestop.casework.CaseEnums.ApplicantKind;
import onestop.casework.CaseEnums.Decision;
import onestop.casework.CaseEnums.ReceivedForm;
import onestop.casework.CaseEnums.SuspensionKind;
import onestop.casework.CaseService;
import onestop.casework.CaseViews.CaseView;
import onestop.casework.CaseViews.DecisionForm;
import onestop.casework.CaseViews.IntakeForm;
import onestop.casework.CaseViews.MaterialReceipt;
import onestop.catalog.ItemCatalog;
import onestop.common.CenterTime;
import onestop.export.ExportJob;
import onestop.export.ExportJobView;
import onestop.export.ExportJobs;
import onestop.export.ExportKind;
import onestop.export.ExportService;
import onestop.testing.AsAuditor;
import onestop.testing.AsScjChief;
import onestop.testing.AsScjClerk;
import onestop.testing.AsSupervisor;
import onestop.testing.AsZjjChief;
import onestop.testing.RoleCaller;
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

import java.io.IOException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cards at the right working day, their handling, the figures and the auditors' exports, on a real WildFly. */
@ExtendWith(ArquillianExtension.class)
class SupervisionIT {
    @Deployment
    static WebArchive deployment() {
        return TestDeployments.ejbModule("supervision-it").addClass(SupervisionIT.class);
    }

    @EJB private CaseService cases;
    @EJB private ItemCatalog catalog;
    @EJB private CalendarService calendar;
    @EJB private AlertScanner scanner;
    @EJB private AlertService alerts;
    @EJB private PerformanceService performance;
    @EJB private ExportService exports;
    @EJB private ExportJobs jobs;
    @EJB private AuditService audit;
    @EJB private AsScjClerk clerk;
    @EJB private AsScjChief chief;
    @EJB private AsZjjChief zjjChief;
    @EJB private AsSupervisor supervisor;
    @EJB private AsAuditor auditor;

    private CaseView accepted(String item) {
        int n = catalog.versionForNewCase(item, CenterTime.today()).content().materials().size();
        List<MaterialReceipt> all = IntStream.range(0, n).mapToObj(i -> new MaterialReceipt(i, true, ReceivedForm.ORIGINAL, 1, null)).toList();
        CaseView c = clerk.call(() -> cases.register(new IntakeForm(item, ApplicantKind.ENTITY, "大慶市監察測試有限公司",
                "91350100M000100Y43", "0459-6000000", "張曉明", all)));
        return clerk.call(() -> cases.accept(c.number(), null));
    }

    private List<AlertView> alertsOf(RoleCaller as, String number) {
        return as.call(() -> alerts.list(false, null)).stream().filter(a -> number.equals(a.caseNumber())).toList();
    }

    private static String key(Throwable e) {
        return CaseFixtures.refusalKey(e);
    }

    private static String text(byte[] pdf) throws IOException {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private ExportJobView finished(ExportJobView job) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            ExportJobView now = auditor.call(() -> exports.job(job.id()));
            if (now.status() == ExportJob.Status.DONE || now.status() == ExportJob.Status.FAILED) {
                return now;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("export " + job.id() + " did not finish in 30 s");
    }

    @Test
    @DisplayName("yellow card within 2 working days of the deadline, red the day after it, the yellow superseded")
    void cardsOnTheRightWorkingDay() {
        CaseView c = accepted("SCJ-XK-004");
        LocalDate deadline = c.deadline();
        LocalDate threeBefore = IntStream.iterate(1, i -> i + 1).mapToObj(deadline::minusDays)
                .filter(d -> calendar.deadline(d, 3).equals(deadline)).findFirst().orElseThrow();
        LocalDate twoBefore = IntStream.iterate(1, i -> i + 1).mapToObj(deadline::minusDays)
                .filter(d -> calendar.deadline(d, 2).equals(deadline)).findFirst().orElseThrow();

        scanner.scan(threeBefore);
        assertTrue(alertsOf(supervisor, c.number()).stream().noneMatch(a -> a.kind() == AlertKind.CASE_DUE_SOON),
                "three working days before: no card yet");
        scanner.scan(twoBefore);
        AlertView yellow = alertsOf(supervisor, c.number()).stream().filter(a -> a.kind() == AlertKind.CASE_DUE_SOON)
                .findFirst().orElseThrow();
        assertEquals(AlertKind.Card.YELLOW, yellow.card());
        scanner.scan(twoBefore);
        assertEquals(1, alertsOf(supervisor, c.number()).stream().filter(a -> a.kind() == AlertKind.CASE_DUE_SOON).count(),
                "a second scan raises nothing twice");

        scanner.scan(deadline.plusDays(1));
        List<AlertView> after = alertsOf(supervisor, c.number());
        assertTrue(after.stream().anyMatch(a -> a.kind() == AlertKind.CASE_OVERDUE && a.card() == AlertKind.Card.RED));
        assertEquals(AlertStatus.CLOSED, after.stream().filter(a -> a.id() == yellow.id()).findFirst().orElseThrow().status());
        assertTrue(after.stream().anyMatch(a -> a.kind() == AlertKind.STEP_OVERDUE), "the running step timed out too");
    }

    @Test
    @DisplayName("scheduled scans take turns: a node skips while another scanned less than ten minutes ago")
    void scansTakeTurns() {
        java.time.Instant far = java.time.Instant.now().plus(java.time.Duration.ofDays(3650));   // after any real scan
        assertTrue(scanner.claim(far), "nobody scanned at that time: the turn is this node's");
        assertFalse(scanner.claim(far.plusSeconds(60)), "a minute later another node does not scan");
        assertFalse(scanner.claim(far.plusSeconds(9 * 60)));
        assertTrue(scanner.claim(far.plusSeconds(11 * 60)), "ten minutes later it may");
        scanner.finish(java.time.Instant.now());         // back to the present for the scheduled scans
    }

    @Test
    @DisplayName("a suspension past its allowed days and a deemed acceptance raise red cards")
    void suspensionAndCorrectionCards() {
        CaseView c = accepted("SCJ-XK-004");
        clerk.call(() -> cases.suspend(c.number(), null, SuspensionKind.TESTING, "送檢", "《產品質量法》第十五條", 2));
        scanner.scan(calendar.deadline(CenterTime.today(), 3));
        assertTrue(alertsOf(supervisor, c.number()).stream().anyMatch(a -> a.kind() == AlertKind.SUSPENSION_TOO_LONG));

        List<MaterialReceipt> none = List.of(new MaterialReceipt(0, false, null, 0, null));
        CaseView waiting = clerk.call(() -> cases.register(new IntakeForm("SCJ-XK-004", ApplicantKind.PERSON, "張曉明",
                "11010519491231002X", "13800000000", null, none)));
        cases.applyDeemedAcceptance(waiting.correctionDue().plusDays(1));
        assertTrue(alertsOf(supervisor, waiting.number()).stream()
                .anyMatch(a -> a.kind() == AlertKind.CORRECTION_LATE && a.card() == AlertKind.Card.RED));
    }

    @Test
    @DisplayName("the department explains its card, another department cannot see it, supervision escalates with a notice")
    void handling() throws IOException {
        CaseView c = accepted("SCJ-XK-004");
        scanner.scan(c.deadline().plusDays(1));
        AlertView red = alertsOf(chief, c.number()).stream().filter(a -> a.kind() == AlertKind.CASE_OVERDUE).findFirst().orElseThrow();
        assertTrue(alertsOf(zjjChief, c.number()).isEmpty(), "another department's chief does not see it");
        assertEquals("alert.unknown", key(assertThrows(Exception.class,
                () -> zjjChief.call(() -> alerts.explain(red.id(), red.version(), "x")))));

        AlertView explained = chief.call(() -> alerts.explain(red.id(), red.version(), "專家評審延誤，已督促"));
        assertEquals(AlertStatus.EXPLAINED, explained.status());
        assertEquals("alert.editConflict", key(assertThrows(Exception.class,
                () -> supervisor.call(() -> alerts.close(red.id(), red.version(), "ok")))));
        AlertView escalated = supervisor.call(() -> alerts.escalate(red.id(), explained.version(), "三個工作日內辦結並書面報告", 3));
        assertEquals(AlertStatus.ESCALATED, escalated.status());
        assertEquals(calendar.deadline(CenterTime.today(), 3), escalated.rectificationDue());
        String notice = text(chief.call(() -> alerts.rectification(red.id())));
        assertTrue(notice.contains("整改通知書") && notice.contains(c.number()) && notice.contains("三個工作日內辦結"), notice);
        assertEquals("alert.stateConflict", key(assertThrows(Exception.class,
                () -> supervisor.call(() -> alerts.close(red.id(), escalated.version(), "again")))));
    }

    @Test
    @DisplayName("today's figures count a case decided today as completed on time; a chief sees only their department")
    void figures() {
        LocalDate today = CenterTime.today();
        PerformanceReport before = supervisor.call(() -> performance.report(today, today, Grouping.DEPARTMENT, null));
        CaseView c = accepted("SCJ-XK-002");
        chief.call(() -> cases.decide(c.number(), null, new DecisionForm(Decision.APPROVED, null, null, null, null, null)));

        PerformanceReport after = supervisor.call(() -> performance.report(today, today, Grouping.DEPARTMENT, null));
        MetricRow scjBefore = before.rows().stream().filter(r -> r.key().equals("SCJ")).findFirst()
                .orElse(PerformanceCalculator.empty("SCJ"));
        MetricRow scj = after.rows().stream().filter(r -> r.key().equals("SCJ")).findFirst().orElseThrow();
        assertEquals(scjBefore.completed() + 1, scj.completed());
        assertEquals(scjBefore.onTime() + 1, scj.onTime());
        assertTrue(supervisor.call(() -> performance.casesBehind(today, today, Grouping.DEPARTMENT, "SCJ", "completed", null))
                .contains(c.number()));
        PerformanceReport zjj = zjjChief.call(() -> performance.report(today, today, Grouping.DEPARTMENT, null));
        assertTrue(zjj.rows().stream().allMatch(r -> r.key().equals("ZJJ")), "a chief representative sees their own department");
        assertEquals("metrics.periodTooLong", key(assertThrows(Exception.class,
                () -> supervisor.call(() -> performance.report(today.minusYears(10), today, Grouping.CENTER, null)))));
    }

    @Test
    @DisplayName("the audit trail export: PDF with the chain verified, made in the background, its hash in the audit trail")
    void auditExport() throws Exception {
        String today = CenterTime.today().toString();
        ExportJobView job = finished(auditor.call(() -> exports.request(ExportKind.AUDIT_PDF, today + ".." + today)));
        assertEquals(ExportJob.Status.DONE, job.status(), job::toString);

        byte[] pdf = auditor.call(() -> exports.file(job.id()));
        String text = text(pdf);
        assertTrue(text.contains("審計記錄") && text.contains("完整") && text.contains("周國平"), text.substring(0, 400));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertEquals(sha, job.sha256());
        List<AuditRecord> recorded = auditor.call(() -> audit.about("ExportJob", Long.toString(job.id())));
        assertTrue(recorded.stream().anyMatch(r -> r.action().equals("EXPORT_CREATED") && r.details().contains(sha)));
    }

    @Test
    @DisplayName("a case dossier lists every document with its hash and appends the notices; bad requests are refused")
    void dossierAndBadRequests() throws Exception {
        CaseView c = accepted("SCJ-XK-004");
        ExportJobView job = finished(auditor.call(() -> exports.request(ExportKind.DOSSIER_PDF, c.number())));
        assertEquals(ExportJob.Status.DONE, job.status(), job::toString);
        String text = text(auditor.call(() -> exports.file(job.id())));
        String notice = c.documents().get(0).sha256();
        assertTrue(text.contains("辦件案卷") && text.contains(c.number()) && text.contains("受理通知書")
                && text.contains(notice.substring(0, 20)), text.substring(0, Math.min(600, text.length())));

        assertEquals("case.unknown", key(assertThrows(Exception.class,
                () -> auditor.call(() -> exports.request(ExportKind.DOSSIER_PDF, "SCJ-1999-000001")))));
        assertEquals("metrics.periodTooLong", key(assertThrows(Exception.class,
                () -> auditor.call(() -> exports.request(ExportKind.AUDIT_CSV, "2016-01-01..2026-01-01")))));
        long blocking = jobs.create(ExportKind.AUDIT_CSV, "2026-11", "auditor", Instant.now());
        try {
            assertEquals("export.busy", key(assertThrows(Exception.class,
                    () -> auditor.call(() -> exports.request(ExportKind.METRICS_CSV, "2026-11")))));
        } finally {
            jobs.failed(blocking, "export.failed", null);
        }
    }

    @Test
    @DisplayName("the dossier of an issued case names its license and appends it; every notice and the license pass the seal check")
    void dossierWithLicense() throws Exception {
        CaseView c = accepted("SCJ-XK-004");
        clerk.call(() -> cases.completeStep(c.number(), null, null));
        chief.call(() -> cases.completeStep(c.number(), null, null));
        chief.call(() -> cases.decide(c.number(), null, new DecisionForm(Decision.APPROVED, null, null, null, null, null)));
        CaseView issued = clerk.call(() -> cases.issue(c.number(), null));

        ExportJobView job = finished(auditor.call(() -> exports.request(ExportKind.DOSSIER_PDF, c.number())));

        String text = text(auditor.call(() -> exports.file(job.id())));
        assertAll(
                () -> assertEquals(ExportJob.Status.DONE, job.status(), job::toString),
                () -> assertTrue(text.contains(issued.licenseNumber()), "the license is named"),
                () -> assertTrue(text.contains("食品經營許可證"), "the license is appended"),
                () -> assertTrue(text.contains("VALID") && !text.contains("INVALID"), "every generated document verifies"));
    }

    @Test
    @DisplayName("the monthly bulletin has the month's figures, tables and charts; a month without cases is an honest empty report")
    void bulletin() throws Exception {
        YearMonth month = YearMonth.from(CenterTime.today());
        ExportJobView job = finished(auditor.call(() -> exports.request(ExportKind.BULLETIN_PDF, month.toString())));
        assertEquals(ExportJob.Status.DONE, job.status(), job::toString);
        String text = text(auditor.call(() -> exports.file(job.id())));
        assertTrue(text.contains("行政審批績效通報") && text.contains("按時辦結率") && text.contains("各部門指標"), text);

        ExportJobView empty = finished(auditor.call(() -> exports.request(ExportKind.BULLETIN_PDF, "2001-02")));
        assertEquals(ExportJob.Status.DONE, empty.status());
        String emptyText = text(auditor.call(() -> exports.file(empty.id())));
        assertTrue(emptyText.contains("本月沒有受理、辦結或超期的辦件"), emptyText);
        assertFalse(emptyText.contains("NaN"));
    }
}
