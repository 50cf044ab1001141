package onestop.search;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of the index: an item guide version, a case, or the text of a case document.
 * The index is derived data: the EJB layer builds these from the database (the source of truth)
 * and can always build them again.
 *
 * <p>Visibility is part of the document, so that a query can carry its own restriction
 * ({@link Scope}): {@code visibleToPublic} is set only for the current published item guides, and
 * {@code departments} lists every department whose staff may see it (several for a joint case).
 *
 * @param id             unique across types, stable, e.g. {@code case:4711}, {@code item:SCJ-001:3}, {@code doc:99}
 * @param type           what it is
 * @param number         case number, item code with version, or document number; exact match
 * @param item           the service item's code; exact match
 * @param departments    department codes, for scoping, filters and facets
 * @param hall           the hall's code
 * @param status         status code (case status, guide state)
 * @param applicantId    the applicant's credit code or ID number; exact match
 * @param title          display title (full text)
 * @param itemName       the service item's name (full text)
 * @param applicantName  the applicant's name (full text)
 * @param body           the text: guide text, case summary and decision, extracted document text
 * @param date           the date results sort and filter by: filing date of a case, publication date of
 *                       a guide, issue or upload date of a document; kept to the millisecond
 * @param visibleToPublic whether anyone, without a login, may find it
 */
public record IndexedDocument(
        String id,
        DocumentType type,
        String number,
        String item,
        Set<String> departments,
        String hall,
        String status,
        String applicantId,
        String title,
        String itemName,
        String applicantName,
        String body,
        Instant date,
        boolean visibleToPublic) {

    public IndexedDocument {
        if (id == null || id.isBlank() || id.length() > 256) {
            throw new IllegalArgumentException("an indexed document needs an id of 1 to 256 characters");
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        date = date.truncatedTo(ChronoUnit.MILLIS);
        departments = departments == null ? Set.of() : Set.copyOf(departments);
    }

    /** The exact-value fields, each present only when set. */
    public Map<KeywordField, Set<String>> keywords() {
        Map<KeywordField, Set<String>> keys = new EnumMap<>(KeywordField.class);
        keys.put(KeywordField.TYPE, Set.of(type.name()));
        putKey(keys, KeywordField.NUMBER, number);
        putKey(keys, KeywordField.ITEM, item);
        if (!departments.isEmpty()) {
            keys.put(KeywordField.DEPARTMENT, departments);
        }
        putKey(keys, KeywordField.HALL, hall);
        putKey(keys, KeywordField.STATUS, status);
        putKey(keys, KeywordField.APPLICANT_ID, applicantId);
        return keys;
    }

    /** The full-text fields, each present only when set. */
    public Map<TextField, String> texts() {
        Map<TextField, String> texts = new EnumMap<>(TextField.class);
        putText(texts, TextField.TITLE, title);
        putText(texts, TextField.ITEM_NAME, itemName);
        putText(texts, TextField.APPLICANT_NAME, applicantName);
        putText(texts, TextField.BODY, body);
        return texts;
    }

    private static <K> void putKey(Map<K, Set<String>> map, K key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, Set.of(value));
        }
    }

    private static <K> void putText(Map<K, String> map, K key, String value) {
        if (value != null && !value.isEmpty()) {
            map.put(key, value);
        }
    }

    public static Builder builder(String id, DocumentType type, Instant date) {
        return new Builder(id, type, date);
    }

    /** For the many optional fields. */
    public static final class Builder {
        private final String id;
        private final DocumentType type;
        private final Instant date;
        private String number;
        private String item;
        private Set<String> departments = Set.of();
        private String hall;
        private String status;
        private String applicantId;
        private String title;
        private String itemName;
        private String applicantName;
        private String body;
        private boolean visibleToPublic;

        private Builder(String id, DocumentType type, Instant date) {
            this.id = id;
            this.type = type;
            this.date = date;
        }

        public Builder number(String number) { this.number = number; return this; }
        public Builder item(String item) { this.item = item; return this; }
        public Builder departments(String... departments) { this.departments = Set.of(departments); return this; }
        public Builder departments(Set<String> departments) { this.departments = departments; return this; }
        public Builder hall(String hall) { this.hall = hall; return this; }
        public Builder status(String status) { this.status = status; return this; }
        public Builder applicantId(String applicantId) { this.applicantId = applicantId; return this; }
        public Builder title(String title) { this.title = title; return this; }
        public Builder itemName(String itemName) { this.itemName = itemName; return this; }
        public Builder applicantName(String applicantName) { this.applicantName = applicantName; return this; }
        public Builder body(String body) { this.body = body; return this; }
        public Builder visibleToPublic(boolean visibleToPublic) { this.visibleToPublic = visibleToPublic; return this; }

        public IndexedDocument build() {
            return new IndexedDocument(id, type, number, item, departments, hall, status, applicantId,
                    title, itemName, applicantName, body, date, visibleToPublic);
        }
    }
}
