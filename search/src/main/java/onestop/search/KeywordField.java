package onestop.search;

/**
 * The exact-value fields of an {@link IndexedDocument}: filters and facets name these.
 * Values are compared after {@link onestop.search.text.Keys#normalize(String)} (width fold, trim,
 * upper case), at indexing and at query time alike, so {@code scj-2026-000123} finds
 * {@code SCJ-2026-000123}.
 */
public enum KeywordField {
    TYPE("type"),
    /** Case number, item code with version, document number. */
    NUMBER("number"),
    /** The service item's code. */
    ITEM("item"),
    /** The departments that may see the document (several for a joint case). */
    DEPARTMENT("department"),
    HALL("hall"),
    STATUS("status"),
    /** The applicant's unified social credit code or ID number. */
    APPLICANT_ID("applicantId");

    private final String fieldName;

    KeywordField(String fieldName) {
        this.fieldName = fieldName;
    }

    /** The field's name in both backends. */
    public String fieldName() {
        return fieldName;
    }
}
