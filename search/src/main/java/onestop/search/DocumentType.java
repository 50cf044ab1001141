package onestop.search;

/** What an indexed document stands for; the EJB layer maps each back to its entity. */
public enum DocumentType {
    /** A service item guide (办事指南), one entry per published version. */
    ITEM,
    /** A case (办件): number, item, department, applicant, status, dates, decision. */
    CASE,
    /** The text of a document of a case: an upload, an issued notice or licence. */
    DOCUMENT
}
