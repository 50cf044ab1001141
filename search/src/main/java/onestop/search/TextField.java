package onestop.search;

/**
 * The full-text fields of an {@link IndexedDocument}. Each is indexed folded (see
 * {@link onestop.search.text.ChineseFold}) as one token per Han character plus 2-shingles for
 * fast phrases, and kept in its original form for display and highlighting.
 */
public enum TextField {
    TITLE("title"),
    ITEM_NAME("itemName"),
    APPLICANT_NAME("applicantName"),
    BODY("body");

    private final String fieldName;

    TextField(String fieldName) {
        this.fieldName = fieldName;
    }

    /** The original text's field. */
    public String fieldName() {
        return fieldName;
    }

    /** The folded, indexed field (never returned). */
    public String foldedFieldName() {
        return fieldName + "_f";
    }

    /** The 2-shingle field that Elasticsearch's {@code index_phrases} builds, mirrored in Lucene. */
    public String phraseFieldName() {
        return foldedFieldName() + "._index_phrase";
    }
}
