package onestop.catalog;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the catalog's screens and API read: records, never entities. */
public final class CatalogViews {
    private CatalogViews() {
    }

    /** A version with its content and who did what to it. */
    public record VersionView(Long id, String code, Integer number, VersionStatus status, ItemContent content,
                              String changeNote, LocalDate effectiveDate, String createdBy, String editedBy,
                              Instant editedAt, String approvedBy, Instant publishedAt, String importBatch,
                              long lockVersion) implements Serializable {
        static VersionView of(ServiceItemVersion v) {
            return new VersionView(v.getId(), v.getItem().getCode(), v.getNumber(), v.getStatus(), v.content(),
                    v.getChangeNote(), v.getEffectiveDate(), v.getCreatedBy(), v.getEditedBy(), v.getEditedAt(),
                    v.getApprovedBy(), v.getPublishedAt(), v.getImportBatch(), v.getVersion());
        }
    }

    /** A cancellation by decree (of an item or of one of its fees). */
    public record Cancellation(String feeCode, String decree, LocalDate effective) implements Serializable {
    }

    /** One line of the catalog: the version in effect today (if any) and any version being worked on. */
    public record ItemSummary(String code, String name, String departmentCode, String hallCode, ItemType type,
                              HandlingMode mode, int promisedDays, int statutoryDays, Integer currentNumber,
                              LocalDate effectiveDate, Cancellation cancellation, VersionStatus openStatus)
            implements Serializable {
        public boolean cancelled() {
            return cancellation != null;
        }
    }

    /** The public guide of an item: the version in effect, and what has been cancelled. */
    public record ItemGuide(VersionView current, Cancellation cancellation, List<Cancellation> cancelledFees,
                            List<Integer> publishedNumbers) implements Serializable {
        public boolean feeCancelled(String feeCode) {
            return cancelledFees.stream().anyMatch(c -> c.feeCode().equals(feeCode));
        }
    }

    /** One field that differs between two versions. */
    public record FieldChange(String field, String before, String after) implements Serializable {
    }
}
