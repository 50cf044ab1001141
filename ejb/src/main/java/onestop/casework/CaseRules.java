package onestop.casework;

import onestop.catalog.HandlingMode;
import onestop.security.Role;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The state machine of a case: which actions its state allows to which caller. The services ask
 * {@link #require} before every change and the screens show only {@link #allowed} actions, so
 * both follow the same rules.
 */
public final class CaseRules {
    private CaseRules() {
    }

    public static Set<CaseAction> allowed(CaseFile c, Staff staff, boolean mayDecide, LocalDate today) {
        Set<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
        boolean own = staff.actsFor(c.getDepartmentCode());
        if (!own) {
            if (staff.role().needsDepartment() && CaseStatus.CLOCKED.contains(c.getStatus())
                    && c.getJointTasks().stream().anyMatch(t -> !t.isAnswered()
                    && t.getDepartmentCode().equals(staff.departmentCode()))) {
                actions.add(CaseAction.ANSWER_JOINT);
            }
            return actions;
        }
        switch (c.getStatus()) {
            case RECEIVED -> {
                actions.add(CaseAction.UPDATE_MATERIALS);
                actions.add(CaseAction.ATTACH);
                actions.add(CaseAction.ACCEPT);
                actions.add(CaseAction.REFUSE);
                if (c.getCorrectionRequestedOn() == null && !today.isAfter(c.getCorrectionDue())) {
                    actions.add(CaseAction.REQUEST_CORRECTION);
                }
                if (c.getMode() == HandlingMode.IMMEDIATE) {
                    actions.add(CaseAction.HANDLE_ON_THE_SPOT);
                }
            }
            case AWAITING_CORRECTION -> {
                actions.add(CaseAction.UPDATE_MATERIALS);
                actions.add(CaseAction.ATTACH);
                actions.add(CaseAction.RECORD_CORRECTION);
                actions.add(CaseAction.REFUSE);
            }
            case IN_REVIEW -> {
                actions.add(CaseAction.ATTACH);
                CaseStep step = c.currentStep();
                CaseStep decisionStep = decisionStep(c);
                if (step != null && decisionStep != null && step.getPosition() < decisionStep.getPosition()
                        && (staff.role() == step.getRole() || staff.role() == Role.CHIEF_REPRESENTATIVE)) {
                    actions.add(CaseAction.COMPLETE_STEP);
                }
                actions.add(CaseAction.SUSPEND);
                if (c.getExtensionDays() == 0 && staff.role() == Role.CHIEF_REPRESENTATIVE) {
                    actions.add(CaseAction.EXTEND);
                }
                boolean reviewDone = step == null || decisionStep == null || step.getPosition() >= decisionStep.getPosition()
                        || c.getMode() == HandlingMode.IMMEDIATE;
                boolean opinionsIn = c.getJointTasks().stream().allMatch(JointTask::isAnswered);
                boolean decider = mayDecide || (c.getMode() == HandlingMode.IMMEDIATE && staff.role() == Role.CLERK);
                if (reviewDone && opinionsIn && decider) {
                    actions.add(CaseAction.DECIDE);
                }
            }
            case SUSPENDED -> {
                actions.add(CaseAction.ATTACH);
                actions.add(CaseAction.RESUME);
                if (c.getExtensionDays() == 0 && staff.role() == Role.CHIEF_REPRESENTATIVE) {
                    actions.add(CaseAction.EXTEND);
                }
            }
            case READY_TO_ISSUE -> actions.add(CaseAction.ISSUE);
            case ISSUED -> actions.add(CaseAction.COLLECT);
            case COLLECTED, REFUSED -> actions.add(CaseAction.ARCHIVE);
            default -> {
                // FEE_DUE waits for the cashier; ARCHIVED is final
            }
        }
        return actions;
    }

    /** Refuses an action the case's state or the caller does not allow, with the reason. */
    public static void require(CaseAction action, CaseFile c, Staff staff, boolean mayDecide, LocalDate today) {
        if (allowed(c, staff, mayDecide, today).contains(action)) {
            return;
        }
        if (action == CaseAction.REQUEST_CORRECTION && c.getStatus() == CaseStatus.RECEIVED) {
            throw c.getCorrectionRequestedOn() != null
                    ? new CaseException("case.correctionOnce", c.getNumber())
                    : new CaseException("case.correctionTooLate", c.getNumber(), c.getCorrectionDue().toString());
        }
        if (action == CaseAction.DECIDE && c.getStatus() == CaseStatus.IN_REVIEW) {
            if (!c.getJointTasks().stream().allMatch(JointTask::isAnswered)) {
                throw new CaseException("case.opinionsMissing", c.getNumber());
            }
            if (!mayDecide) {
                throw new CaseException("case.decisionForbidden", c.getNumber());
            }
            throw new CaseException("case.reviewNotDone", c.getNumber());
        }
        if (action == CaseAction.EXTEND && c.getExtensionDays() > 0) {
            throw new CaseException("case.extendedOnce", c.getNumber());
        }
        CaseStep step = c.currentStep();
        CaseStep decisionStep = decisionStep(c);
        if (action == CaseAction.COMPLETE_STEP && c.getStatus() == CaseStatus.IN_REVIEW && step != null
                && decisionStep != null && step.getPosition() >= decisionStep.getPosition()) {
            throw new CaseException("case.stepIsDecision", c.getNumber());
        }
        if ((action == CaseAction.EXTEND || action == CaseAction.COMPLETE_STEP)
                && CaseStatus.CLOCKED.contains(c.getStatus()) && staff.actsFor(c.getDepartmentCode())) {
            throw new CaseException("case.roleForbidden", c.getNumber());
        }
        if (!staff.actsFor(c.getDepartmentCode()) && action != CaseAction.ANSWER_JOINT) {
            throw new CaseException("case.actionForbidden", c.getNumber());
        }
        throw new CaseException("case.stateConflict", c.getNumber(), c.getStatus().name(), action.name());
    }

    /** The step at which the case is decided: the last one of the chief representative, else the last. */
    public static CaseStep decisionStep(CaseFile c) {
        CaseStep last = null;
        for (CaseStep s : c.getSteps()) {
            if (s.getRole() == Role.CHIEF_REPRESENTATIVE) {
                last = s;
            }
        }
        return last != null || c.getSteps().isEmpty() ? last : c.getSteps().get(c.getSteps().size() - 1);
    }
}
