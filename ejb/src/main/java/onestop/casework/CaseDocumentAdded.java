package onestop.casework;

/**
 * Fired (CDI event, synchronously, in the transaction of the change) when a document joins a case:
 * a scan attached at the window, or a notice the case produced. Documents never change afterwards,
 * so whoever derives something from their content (the search index) needs to hear of each once.
 *
 * @param caseId     the case's database id
 * @param documentId the new {@link CaseDocument}'s id
 */
public record CaseDocumentAdded(long caseId, long documentId) {
}
