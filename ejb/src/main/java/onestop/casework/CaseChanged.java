package onestop.casework;

/**
 * Fired (CDI event, synchronously, in the transaction of the change) after every step of a case
 * is recorded: whoever derives something from cases — the search index's outbox, published
 * decisions, e-supervision — observes it instead of being called by the casework services.
 *
 * @param caseId  the case's database id
 * @param number  the case number
 * @param action  the timeline action, e.g. {@code ACCEPTED}, {@code DECIDED}, {@code ISSUED}
 * @param from    the state before (null at registration)
 * @param to      the state after
 */
public record CaseChanged(long caseId, String number, String action, CaseStatus from, CaseStatus to) {
}
