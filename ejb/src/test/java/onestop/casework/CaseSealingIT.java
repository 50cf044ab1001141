package onestop.casework;

import jakarta.ejb.EJB;
import onestop.casework.CaseEnums.ApplicantKind;
import onestop.casework.CaseEnums.Decision;
import onestop.casework.CaseEnums.DocumentKind;
import onestop.casework.CaseViews.CaseView;
import onestop.casework.CaseViews.DecisionForm;
import onestop.casework.CaseViews.DocumentView;
import onestop.casework.CaseViews.IntakeForm;
import onestop.casework.CaseViews.MaterialReceipt;
import onestop.catalog.CatalogFixtures;
import onestop.catalog.CatalogService;
import onestop.catalog.ItemCatalog;
import onestop.catalog.ItemContent;
import onestop.center.CenterService;
import onestop.center.CenterViews.DepartmentForm;
import onestop.center.CenterViews.WindowForm;
import onestop.common.CenterTime;
import onestop.common.Text;
import onestop.disclosure.CaseProgress;
import onestop.disclosure.DisclosureViews.ProgressView;
import onestop.seal.LicenseLinks;
import onestop.seal.LicenseService;
import onestop.seal.Reason;
import onestop.seal.SealViews.LicenseView;
import onestop.seal.SealViews.Verification;
import onestop.seal.VerificationService;
import onestop.security.AccountForm;
import onestop.security.AccountService;
import onestop.security.Role;
import onestop.testing.AsCenterAdmin;
import onestop.testing.AsScjChief;
import onestop.testing.AsScjClerk;
import onestop.testing.AsSecondAdmin;
import onestop.testing.RoleCaller;
import onestop.testing.TestDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static onestop.testing.CaseFixtures.allReceived;
import static onestop.testing.CaseFixtures.firstMissing;
import static onestop.testing.CaseFixtures.refusalKey;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The case flow under the departments' licensing seals, on a real WildFly with the demo center
 * (demo mode gives every demo department a seal and has SCJ's chief name its clerks): notices
 * sealed by the person acting, refused for a clerk the chief representative did not name, unsealed
 * only where the department has no seal or nobody acts; the license of an approved case issued
 * once at the issue step, linked from the applicant's progress.
 */
@ExtendWith(ArquillianExtension.class)
class CaseSealingIT {
    static final String UNNAMED_CLERK = "it-unnamed-clerk";
    static final String NO_SEAL_CLERK = "it-noseal-clerk";
    static final String NO_SEAL_DEPARTMENT = "ITNOSEAL";
    static final String NO_SEAL_ITEM = "ITNOSEAL-XK-001";
    /** 市場監管局 (demo seal), 食品經營許可, promised, no fees. */
    static final String PROMISED_ITEM = "SCJ-XK-004";
    /** 市場監管局, 個體工商戶設立登記, immediate (即辦), a 行政許可 whose name names no certificate. */
    static final String IMMEDIATE_ITEM = "SCJ-XK-003";
    static final String SCJ_SEAL = "市場監督管理局行政許可專用章";
    static final String CREDIT_CODE = "91350100M000100Y43";
    private static final String PASSWORD = "case-seal-test-password-1";

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.ejbModule("case-sealing-it").addClasses(CaseSealingIT.class, AsUnnamedScjClerk.class,
                AsNoSealClerk.class, CatalogFixtures.class);
    }

    @EJB private CaseService cases;
    @EJB private CaseQueries queries;
    @EJB private ItemCatalog catalog;
    @EJB private CatalogService catalogAdmin;
    @EJB private CenterService center;
    @EJB private AccountService accounts;
    @EJB private VerificationService verification;
    @EJB private LicenseService licenses;
    @EJB private CaseProgress progress;
    @EJB private AsScjClerk clerk;
    @EJB private AsScjChief chief;
    @EJB private AsUnnamedScjClerk unnamed;
    @EJB private AsNoSealClerk noSealClerk;
    @EJB private AsCenterAdmin admin;
    @EJB private AsSecondAdmin reviewer;

    /** A clerk of SCJ nobody named for its seal; a department with a window, a clerk and an item, but no seal. */
    @BeforeEach
    void unnamedClerkAndDepartmentWithoutSeal() {
        admin.run(() -> {
            if (center.departments().stream().noneMatch(d -> d.code().equals(NO_SEAL_DEPARTMENT))) {
                center.createDepartment(new DepartmentForm(NO_SEAL_DEPARTMENT, new Text("無印章測試局", "无印章测试局",
                        "Bureau without a seal"), "LEGAL_ENTITY", null, true, 0));
                center.createWindow(new WindowForm("N01", NO_SEAL_DEPARTMENT, "LEGAL_ENTITY", true, 0));
            }
            List<String> existing = accounts.list().stream().map(a -> a.loginName()).toList();
            if (!existing.contains(UNNAMED_CLERK)) {
                accounts.create(new AccountForm(UNNAMED_CLERK, "未指定用印人", Role.CLERK, "SCJ", "A03", true, PASSWORD, 0));
            }
            if (!existing.contains(NO_SEAL_CLERK)) {
                accounts.create(new AccountForm(NO_SEAL_CLERK, "無印章局窗口", Role.CLERK, NO_SEAL_DEPARTMENT, "N01", true,
                        PASSWORD, 0));
            }
            if (catalog.current(null, NO_SEAL_DEPARTMENT, null, true).isEmpty()) {
                catalogAdmin.create(NO_SEAL_ITEM, inNoSealDepartment(CatalogFixtures.foodLicense("無印章局測試許可")), null);
                catalogAdmin.submit(NO_SEAL_ITEM);
                reviewer.run(() -> catalogAdmin.approve(NO_SEAL_ITEM, null));
            }
        });
    }

    private static ItemContent inNoSealDepartment(ItemContent c) {
        return new ItemContent(c.name(), NO_SEAL_DEPARTMENT, c.hallCode(), c.type(), c.mode(), List.of(),
                c.statutoryDays(), c.promisedDays(), c.legalBasis(), c.online(), c.approvalContent(), c.procedure(),
                c.materials(), List.of(), c.preferentialPolicy(), c.complaintChannels(), c.supervisingDepartment());
    }

    private CaseView registered(RoleCaller as, String item, List<MaterialReceipt> materials) {
        return as.call(() -> cases.register(new IntakeForm(item, ApplicantKind.ENTITY, "大慶市測試食品有限公司",
                CREDIT_CODE, "0459-6123456", "張曉明", materials)));
    }

    private static DocumentView document(CaseView c, DocumentKind kind) {
        return c.documents().stream().filter(d -> d.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + c.documents()));
    }

    private Verification verified(RoleCaller as, CaseView c, DocumentKind kind) {
        return verification.verify(as.call(() -> queries.document(c.number(), document(c, kind).id())));
    }

    @Test
    @DisplayName("an accepted case's acceptance notice carries the department's seal and verifies VALID")
    void acceptanceNoticeIsSealed() {
        CaseView c = registered(clerk, PROMISED_ITEM, allReceived(catalog, PROMISED_ITEM));

        CaseView accepted = clerk.call(() -> cases.accept(c.number(), c.version()));

        Verification result = verified(clerk, accepted, DocumentKind.ACCEPTANCE_NOTICE);
        assertAll(
                () -> assertTrue(document(accepted, DocumentKind.ACCEPTANCE_NOTICE).sealed()),
                () -> assertTrue(result.valid(), result.reasons().toString()),
                () -> assertEquals(Verification.Status.VALID, result.status()),
                () -> assertEquals(SCJ_SEAL, result.seal()),
                () -> assertEquals("ACCEPTANCE_NOTICE", result.documentKind()));
    }

    @Test
    @DisplayName("a clerk the chief representative did not name cannot accept where the department has a seal; the case stays as it was")
    void unnamedClerkCannotAccept() {
        CaseView c = registered(unnamed, PROMISED_ITEM, allReceived(catalog, PROMISED_ITEM));

        String refusal = refusalKey(assertThrows(Exception.class, () -> unnamed.call(() -> cases.accept(c.number(), c.version()))));

        CaseView after = clerk.call(() -> queries.find(c.number()));
        assertAll(
                () -> assertEquals("seal.notAuthorised", refusal),
                () -> assertEquals(CaseStatus.RECEIVED, after.status()),
                () -> assertEquals(c.version(), after.version()),
                () -> assertTrue(after.documents().isEmpty(), after.documents().toString()),
                () -> assertEquals(List.of("REGISTERED"), after.events().stream().map(CaseViews.EventView::action).toList()));
    }

    @Test
    @DisplayName("an intake with acceptance by a clerk not named for the seal keeps nothing: the number it drew stays a gap")
    void unnamedClerkIntakeKeepsNothing() {
        IntakeForm form = new IntakeForm(PROMISED_ITEM, ApplicantKind.ENTITY, "大慶市測試食品有限公司", CREDIT_CODE,
                "0459-6123456", "張曉明", allReceived(catalog, PROMISED_ITEM));
        CaseView before = unnamed.call(() -> cases.register(form));

        String refusal = refusalKey(assertThrows(Exception.class, () -> unnamed.call(() -> cases.intake(form, List.of(), true))));

        CaseView after = unnamed.call(() -> cases.register(form));
        String drawn = before.number().substring(0, before.number().lastIndexOf('-') + 1)
                + String.format(Locale.ROOT, "%06d", sequence(before) + 1);
        assertAll(
                () -> assertEquals("seal.notAuthorised", refusal),
                () -> assertEquals(sequence(before) + 2, sequence(after), "the refused intake drew a number"),
                () -> assertEquals("case.unknown", refusalKey(assertThrows(Exception.class,
                        () -> clerk.call(() -> queries.find(drawn))))));
    }

    private static int sequence(CaseView c) {
        return Integer.parseInt(c.number().substring(c.number().lastIndexOf('-') + 1));
    }

    @Test
    @DisplayName("the correction and refusal notices are sealed too, each named by its kind in the seal's usage log")
    void correctionAndRefusalNoticesAreSealed() {
        CaseView c = registered(clerk, PROMISED_ITEM, firstMissing(catalog, PROMISED_ITEM));

        clerk.call(() -> cases.requestCorrection(c.number(), null, null));
        CaseView refused = clerk.call(() -> cases.refuse(c.number(), null, "逾期未補正", "《中華人民共和國行政許可法》第三十二條"));

        Verification correction = verified(clerk, refused, DocumentKind.CORRECTION_NOTICE);
        Verification refusal = verified(clerk, refused, DocumentKind.REFUSAL_NOTICE);
        assertAll(
                () -> assertTrue(correction.valid(), correction.reasons().toString()),
                () -> assertEquals("CORRECTION_NOTICE", correction.documentKind()),
                () -> assertTrue(refusal.valid(), refusal.reasons().toString()),
                () -> assertEquals("REFUSAL_NOTICE", refusal.documentKind()));
    }

    @Test
    @DisplayName("a department without a seal in force sends its acceptance notice out unsealed, and the case says so")
    void departmentWithoutSealGetsAnUnsealedNotice() {
        CaseView c = registered(noSealClerk, NO_SEAL_ITEM, allReceived(catalog, NO_SEAL_ITEM));

        CaseView accepted = noSealClerk.call(() -> cases.accept(c.number(), c.version()));

        Verification result = verified(noSealClerk, accepted, DocumentKind.ACCEPTANCE_NOTICE);
        assertAll(
                () -> assertEquals(CaseStatus.IN_REVIEW, accepted.status()),
                () -> assertFalse(document(accepted, DocumentKind.ACCEPTANCE_NOTICE).sealed()),
                () -> assertFalse(result.valid()),
                () -> assertEquals(List.of(Reason.NO_SIGNATURE), result.reasons()));
    }

    @Test
    @DisplayName("a deemed acceptance (no correction notice within 5 working days) is made by the system: its notice is not sealed")
    void deemedAcceptanceNoticeIsNotSealed() {
        CaseView c = registered(clerk, PROMISED_ITEM, firstMissing(catalog, PROMISED_ITEM));

        cases.applyDeemedAcceptance(c.correctionDue().plusDays(1));

        DocumentView notice = document(clerk.call(() -> queries.find(c.number())), DocumentKind.ACCEPTANCE_NOTICE);
        assertFalse(notice.sealed());
        assertEquals(CaseService.SYSTEM, notice.addedBy());
    }

    // ------------------------------------------------------------ the license at issue

    /** An SCJ-XK-004 case accepted and through its review steps: the chief representative decides next. */
    private CaseView reviewed() {
        CaseView c = registered(clerk, PROMISED_ITEM, allReceived(catalog, PROMISED_ITEM));
        clerk.call(() -> cases.accept(c.number(), c.version()));
        clerk.call(() -> cases.completeStep(c.number(), null, "材料齊全"));
        return chief.call(() -> cases.completeStep(c.number(), null, "現場核查通過"));
    }

    private CaseView approvedAndIssued(String scope, LocalDate validUntil) {
        CaseView c = reviewed();
        chief.call(() -> cases.decide(c.number(), null, new DecisionForm(Decision.APPROVED, null, null, null, scope,
                validUntil)));
        return clerk.call(() -> cases.issue(c.number(), null));
    }

    private List<LicenseView> licensesOf(String caseNumber) {
        return chief.call(() -> licenses.list("SCJ", 1000)).stream()
                .filter(l -> caseNumber.equals(l.caseNumber())).toList();
    }

    @Test
    @DisplayName("an approved case issues one sealed license at the issue step: the applicant holds what the decision permits, until its day")
    void approvedCaseIssuesItsLicense() {
        LocalDate until = CenterTime.today().plusYears(5);

        CaseView issued = approvedAndIssued("預包裝食品銷售（含冷藏冷凍食品）", until);

        LicenseView license = chief.call(() -> licenses.get(issued.licenseNumber()));
        assertAll(
                () -> assertEquals(CaseStatus.ISSUED, issued.status()),
                () -> assertEquals(List.of(license.number()), licensesOf(issued.number()).stream().map(LicenseView::number).toList()),
                () -> assertEquals("食品經營許可證", license.title()),
                () -> assertEquals("大慶市測試食品有限公司", license.holderName()),
                () -> assertEquals(CREDIT_CODE, license.holderIdentifier()),
                () -> assertEquals("預包裝食品銷售（含冷藏冷凍食品）", license.scope()),
                () -> assertEquals(issued.decidedOn(), license.validFrom()),
                () -> assertEquals(until, license.validUntil()),
                () -> assertEquals(PROMISED_ITEM, license.itemCode()),
                () -> assertEquals(license.documentSha256(), document(issued, DocumentKind.LICENSE).sha256()),
                () -> assertTrue(document(issued, DocumentKind.LICENSE).sealed()));
    }

    @Test
    @DisplayName("the progress view links to the issued license's public record, and the license verifies VALID")
    void progressLinksToTheLicense() {
        CaseView issued = approvedAndIssued(null, null);

        ProgressView progress = this.progress.lookup(issued.number(), issued.queryCode(), "192.0.2.10");

        Verification result = verified(clerk, issued, DocumentKind.LICENSE);
        assertAll(
                () -> assertEquals(LicenseLinks.record(issued.licenseNumber()), progress.licenseVerification()),
                () -> assertTrue(progress.licenseVerification().endsWith("/license.xhtml?number=" + issued.licenseNumber())),
                () -> assertTrue(result.valid(), result.reasons().toString()),
                () -> assertEquals(Verification.Status.VALID, result.status()),
                () -> assertEquals(issued.licenseNumber(), result.licenseNumber()),
                () -> assertEquals(SCJ_SEAL, result.seal()));
    }

    @Test
    @DisplayName("a retried issue is refused and makes no second license: the case keeps its one license number")
    void retriedIssueMakesNoSecondLicense() {
        CaseView issued = approvedAndIssued(null, null);

        String again = refusalKey(assertThrows(Exception.class, () -> clerk.call(() -> cases.issue(issued.number(), null))));

        CaseView after = clerk.call(() -> queries.find(issued.number()));
        assertAll(
                () -> assertEquals("case.stateConflict", again),
                () -> assertEquals(issued.licenseNumber(), after.licenseNumber()),
                () -> assertEquals(1, after.documents().stream().filter(d -> d.kind() == DocumentKind.LICENSE).count()),
                () -> assertEquals(1, licensesOf(issued.number()).size()));
    }

    @Test
    @DisplayName("an immediate (即辦) 行政許可 handled on the spot leaves with its license, long-term when the decision names no last day")
    void onTheSpotIssuesTheLicense() {
        CaseView c = registered(clerk, IMMEDIATE_ITEM, allReceived(catalog, IMMEDIATE_ITEM));

        CaseView done = clerk.call(() -> cases.handleOnTheSpot(c.number(), c.version()));

        LicenseView license = chief.call(() -> licenses.get(done.licenseNumber()));
        assertAll(
                () -> assertEquals(CaseStatus.ISSUED, done.status()),
                () -> assertEquals("行政許可證", license.title()),
                () -> assertEquals(done.itemName(), license.scope()),
                () -> assertNull(license.validUntil()),
                () -> assertTrue(document(done, DocumentKind.LICENSE).sealed()));
    }

    @Test
    @DisplayName("a denied case is issued its decision letter only: no license, no verification link")
    void deniedCaseHasNoLicense() {
        CaseView c = reviewed();
        chief.call(() -> cases.decide(c.number(), null, new DecisionForm(Decision.DENIED, "經營場所不符合要求",
                "《食品經營許可管理辦法》第十一條", "如不服本決定，可依法申請行政復議或提起行政訴訟。", null, null)));

        CaseView issued = clerk.call(() -> cases.issue(c.number(), null));

        assertAll(
                () -> assertNull(issued.licenseNumber()),
                () -> assertTrue(issued.documents().stream().noneMatch(d -> d.kind() == DocumentKind.LICENSE)),
                () -> assertTrue(licensesOf(c.number()).isEmpty()),
                () -> assertNull(progress.lookup(c.number(), c.queryCode(), "192.0.2.10").licenseVerification()));
    }

    @Test
    @DisplayName("an approval whose license would end before the day of the decision is refused")
    void licenseCannotEndBeforeTheDecision() {
        CaseView c = reviewed();

        String refusal = refusalKey(assertThrows(Exception.class, () -> chief.call(() -> cases.decide(c.number(), null,
                new DecisionForm(Decision.APPROVED, null, null, null, null, CenterTime.today().minusDays(1))))));

        assertEquals("case.licenseValidUntil", refusal);
    }
}
