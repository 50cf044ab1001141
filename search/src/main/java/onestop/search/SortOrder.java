package onestop.search;

/** Result order; every order ends with the document id, so pages are stable. */
public enum SortOrder {
    /** Best match first (BM25 over the folded text). Weak for one-character-per-token Chinese: use it for short queries. */
    RELEVANCE,
    /** Newest first: the default for the archive. */
    DATE_DESC,
    DATE_ASC
}
