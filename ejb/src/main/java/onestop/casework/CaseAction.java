package onestop.casework;

/** What can be done to a case; the services refuse any action {@link CaseRules} does not allow. */
public enum CaseAction {
    UPDATE_MATERIALS,
    ATTACH,
    ACCEPT,
    HANDLE_ON_THE_SPOT,
    REFUSE,
    REQUEST_CORRECTION,
    RECORD_CORRECTION,
    COMPLETE_STEP,
    SUSPEND,
    RESUME,
    EXTEND,
    DECIDE,
    ANSWER_JOINT,
    ISSUE,
    COLLECT,
    ARCHIVE
}
