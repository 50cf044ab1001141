package onestop.casework;

import onestop.casework.CaseEnums.ApplicantKind;
import onestop.catalog.HandlingMode;
import onestop.catalog.MaterialForm;
import onestop.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The state machine, state by state and role by role, without a server. */
class CaseRulesTest {
    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 2);
    private static final LocalDate CORRECTION_DUE = LocalDate.of(2026, 11, 9);
    private static final Staff CLERK = new Staff("clerk", "王小明", Role.CLERK, "SCJ", "A01");
    private static final Staff CHIEF = new Staff("chief", "李建國", Role.CHIEF_REPRESENTATIVE, "SCJ", null);
    private static final Staff OTHER_CLERK = new Staff("clerk.zjj", "黃志偉", Role.CLERK, "ZJJ", "D01");
    private static final Staff SUPERVISOR = new Staff("supervisor", "趙文靜", Role.SUPERVISOR, null, null);

    private static CaseFile caseFile(HandlingMode mode) {
        CaseFile c = new CaseFile("SCJ-2026-000001", "ABCDEFGH", "SCJ-XK-004", 1, "測試事項", mode, "SCJ", "LEGAL_ENTITY",
                "A01", new Applicant(ApplicantKind.ENTITY, "某公司", "91350100M000100Y43", null, "張三"),
                Instant.parse("2026-11-02T01:00:00Z"), RECEIVED, CORRECTION_DUE, 5, 10, "clerk");
        c.getMaterials().add(new CaseMaterial(c, 0, "申請書", true, MaterialForm.ORIGINAL, 1));
        c.getSteps().add(new CaseStep(c, 0, "受理", Role.CLERK, 0));
        c.getSteps().add(new CaseStep(c, 1, "審核", Role.CLERK, 1));
        c.getSteps().add(new CaseStep(c, 2, "決定", Role.CHIEF_REPRESENTATIVE, 2));
        c.getSteps().add(new CaseStep(c, 3, "送達", Role.CLERK, 1));
        return c;
    }

    private static CaseFile inReview(int runningStep) {
        CaseFile c = caseFile(HandlingMode.PROMISED);
        c.accept(RECEIVED, false);
        c.moveTo(CaseStatus.IN_REVIEW, Instant.now());
        for (CaseStep s : c.getSteps()) {
            if (s.getPosition() < runningStep) {
                s.start(RECEIVED, RECEIVED);
                s.complete(Instant.now(), RECEIVED, "clerk", null);
            } else if (s.getPosition() == runningStep) {
                s.start(RECEIVED, RECEIVED.plusDays(2));
            }
        }
        return c;
    }

    private static String refusal(CaseAction action, CaseFile c, Staff staff, boolean mayDecide, LocalDate today) {
        return assertThrows(CaseException.class, () -> CaseRules.require(action, c, staff, mayDecide, today)).key();
    }

    @Test
    void aReceivedCaseCanBeAcceptedRefusedOrSentForCorrectionInTime() {
        Set<CaseAction> actions = CaseRules.allowed(caseFile(HandlingMode.PROMISED), CLERK, false, CORRECTION_DUE);
        assertEquals(EnumSet.of(CaseAction.UPDATE_MATERIALS, CaseAction.ATTACH, CaseAction.ACCEPT, CaseAction.REFUSE,
                CaseAction.REQUEST_CORRECTION), actions);
    }

    @Test
    void theCorrectionNoticeIsRefusedAfterTheFifthWorkingDay() {
        CaseFile c = caseFile(HandlingMode.PROMISED);
        assertFalse(CaseRules.allowed(c, CLERK, false, CORRECTION_DUE.plusDays(1)).contains(CaseAction.REQUEST_CORRECTION));
        assertEquals("case.correctionTooLate", refusal(CaseAction.REQUEST_CORRECTION, c, CLERK, false, CORRECTION_DUE.plusDays(1)));
    }

    @Test
    void theCorrectionNoticeIsGivenOnce() {
        CaseFile c = caseFile(HandlingMode.PROMISED);
        c.requestCorrection(RECEIVED);
        c.moveTo(CaseStatus.AWAITING_CORRECTION, Instant.now());
        assertEquals(EnumSet.of(CaseAction.UPDATE_MATERIALS, CaseAction.ATTACH, CaseAction.RECORD_CORRECTION, CaseAction.REFUSE),
                CaseRules.allowed(c, CLERK, false, RECEIVED));
        c.corrected(RECEIVED.plusDays(3));
        c.moveTo(CaseStatus.RECEIVED, Instant.now());
        assertEquals("case.correctionOnce", refusal(CaseAction.REQUEST_CORRECTION, c, CLERK, false, RECEIVED.plusDays(3)));
    }

    @Test
    void onlyImmediateItemsAreHandledOnTheSpot() {
        assertTrue(CaseRules.allowed(caseFile(HandlingMode.IMMEDIATE), CLERK, false, RECEIVED).contains(CaseAction.HANDLE_ON_THE_SPOT));
        assertEquals("case.stateConflict", refusal(CaseAction.HANDLE_ON_THE_SPOT, caseFile(HandlingMode.PROMISED), CLERK, false, RECEIVED));
    }

    @Test
    void reviewStepsGoToTheirRoleAndTheDecisionToTheChief() {
        CaseFile review = inReview(1);
        assertTrue(CaseRules.allowed(review, CLERK, false, RECEIVED).contains(CaseAction.COMPLETE_STEP));
        assertFalse(CaseRules.allowed(review, CLERK, false, RECEIVED).contains(CaseAction.DECIDE));
        assertEquals("case.decisionForbidden", refusal(CaseAction.DECIDE, review, CLERK, false, RECEIVED));
        assertEquals("case.reviewNotDone", refusal(CaseAction.DECIDE, review, CHIEF, true, RECEIVED));

        CaseFile atDecision = inReview(2);
        assertEquals("case.stepIsDecision", refusal(CaseAction.COMPLETE_STEP, atDecision, CHIEF, true, RECEIVED));
        assertTrue(CaseRules.allowed(atDecision, CHIEF, true, RECEIVED).contains(CaseAction.DECIDE));
        assertTrue(CaseRules.allowed(atDecision, CLERK, true, RECEIVED).contains(CaseAction.DECIDE), "a delegate decides");
        assertEquals(2, CaseRules.decisionStep(atDecision).getPosition());
    }

    @Test
    void theExtensionIsTheChiefsAndHappensOnce() {
        CaseFile c = inReview(1);
        assertEquals("case.roleForbidden", refusal(CaseAction.EXTEND, c, CLERK, false, RECEIVED));
        assertTrue(CaseRules.allowed(c, CHIEF, true, RECEIVED).contains(CaseAction.EXTEND));
        c.extend(5, "複雜");
        assertEquals("case.extendedOnce", refusal(CaseAction.EXTEND, c, CHIEF, true, RECEIVED));
    }

    @Test
    void aSuspendedCaseOnlyResumesTakesScansOrIsExtended() {
        CaseFile c = inReview(1);
        c.moveTo(CaseStatus.SUSPENDED, Instant.now());
        assertEquals(EnumSet.of(CaseAction.ATTACH, CaseAction.RESUME, CaseAction.EXTEND), CaseRules.allowed(c, CHIEF, true, RECEIVED));
        assertEquals("case.stateConflict", refusal(CaseAction.DECIDE, c, CHIEF, true, RECEIVED));
    }

    @ParameterizedTest
    @EnumSource(CaseAction.class)
    void anotherDepartmentNeverActsAndASupervisorNeverActs(CaseAction action) {
        CaseFile c = inReview(2);
        assertTrue(CaseRules.allowed(c, OTHER_CLERK, true, RECEIVED).isEmpty());
        assertTrue(CaseRules.allowed(c, SUPERVISOR, true, RECEIVED).isEmpty());
        assertThrows(CaseException.class, () -> CaseRules.require(action, c, OTHER_CLERK, true, RECEIVED));
        assertThrows(CaseException.class, () -> CaseRules.require(action, c, SUPERVISOR, true, RECEIVED));
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"REFUSED", "ISSUED", "COLLECTED", "ARCHIVED", "FEE_DUE", "READY_TO_ISSUE"})
    void finishedAndWaitingCasesAllowOnlyTheirOneNextStep(CaseStatus status) {
        CaseFile c = inReview(3);
        c.moveTo(status, Instant.now());
        Set<CaseAction> expected = switch (status) {
            case REFUSED, COLLECTED -> EnumSet.of(CaseAction.ARCHIVE);
            case ISSUED -> EnumSet.of(CaseAction.COLLECT);
            case READY_TO_ISSUE -> EnumSet.of(CaseAction.ISSUE);
            default -> EnumSet.noneOf(CaseAction.class);
        };
        assertEquals(expected, CaseRules.allowed(c, CHIEF, true, RECEIVED));
        assertEquals("case.stateConflict", refusal(CaseAction.ACCEPT, c, CHIEF, true, RECEIVED));
    }

    @Test
    void aCoDepartmentOnlyAnswersItsJointTask() {
        CaseFile c = inReview(2);
        Staff swj = new Staff("clerk.swj", "吳曉燕", Role.CLERK, "SWJ", "B01");
        c.getJointTasks().add(new JointTask(c, "SWJ", RECEIVED, 4, RECEIVED.plusDays(4)));
        assertEquals(EnumSet.of(CaseAction.ANSWER_JOINT), CaseRules.allowed(c, swj, false, RECEIVED));
        assertEquals("case.opinionsMissing", refusal(CaseAction.DECIDE, c, CHIEF, true, RECEIVED));
        c.getJointTasks().get(0).answer(CaseEnums.Opinion.AGREE, "同意", Instant.now(), RECEIVED, "clerk.swj");
        assertTrue(CaseRules.allowed(c, swj, false, RECEIVED).isEmpty());
        assertTrue(CaseRules.allowed(c, CHIEF, true, RECEIVED).contains(CaseAction.DECIDE));
    }
}
