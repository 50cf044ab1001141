package onestop.indexing;

import java.io.Serializable;

/**
 * What a result list shows about a hit besides its own text, read from the database when the page
 * is built: the case it is or belongs to (with the case's status now, not as last indexed) and, for
 * a document, which one. See {@link IndexSource#contexts}.
 *
 * @param caseNumber   the case's number
 * @param itemCode     the case's service item
 * @param itemName     the item's name as the case has it
 * @param applicant    the applicant's name
 * @param status       the case's status code ({@code IN_REVIEW}, ...)
 * @param documentId   a case document's id (for its download), null for the case itself or a license
 * @param documentKind what the document is ({@code SCAN}, {@code DECISION}, {@code LICENSE}, ...), null for the case
 * @param documentName the document's file name (a license: its number), null for the case
 */
public record HitContext(String caseNumber, String itemCode, String itemName, String applicant, String status,
                         Long documentId, String documentKind, String documentName) implements Serializable {
}
