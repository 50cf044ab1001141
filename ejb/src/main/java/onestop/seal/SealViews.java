package onestop.seal;

import onestop.common.Text;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What callers of the seal area receive: records, never entities. */
public final class SealViews {
    private SealViews() {
    }

    /** A seal's state now. */
    public enum SealStatus { ACTIVE, NOT_YET_VALID, EXPIRED, REVOKED }

    /**
     * Center management's form for a new seal.
     *
     * @param imagePng an uploaded picture (PNG); null to have the system draw the red round seal
     */
    public record SealForm(String departmentCode, String text, SealAlgorithm algorithm, LocalDate validFrom,
                           LocalDate validUntil, byte[] imagePng) implements Serializable {
    }

    public record SealView(long id, String departmentCode, Text departmentName, String text, SealAlgorithm algorithm,
                           boolean nationalAlgorithm, boolean imageUploaded, Instant validFrom, Instant validUntil,
                           Instant createdAt, String createdBy, Instant revokedFrom, Instant revokedAt, String revokedBy,
                           String revocationReason, SealStatus status, String certificateSha256, String serialNumber,
                           long version) implements Serializable {
        /** The first day of validity, in the server's time zone. */
        public LocalDate firstDay() {
            return LocalDate.ofInstant(validFrom, onestop.common.CenterTime.zone());
        }

        /** The last day of validity (the validity ends at the start of the next day). */
        public LocalDate lastDay() {
            return LocalDate.ofInstant(validUntil.minusNanos(1), onestop.common.CenterTime.zone());
        }

        static SealView of(LicensingSeal s, Instant now) {
            SealStatus status = s.getRevokedFrom() != null && !now.isBefore(s.getRevokedFrom()) ? SealStatus.REVOKED
                    : now.isBefore(s.getValidFrom()) ? SealStatus.NOT_YET_VALID
                    : now.isBefore(s.getValidUntil()) ? SealStatus.ACTIVE : SealStatus.EXPIRED;
            return new SealView(s.getId(), s.getDepartment().getCode(), Text.of(s.getDepartment().getName()), s.getText(),
                    s.getAlgorithm(), s.getAlgorithm().national(), s.isImageUploaded(), s.getValidFrom(),
                    s.getValidUntil(), s.getCreatedAt(), s.getCreatedBy(), s.getRevokedFrom(), s.getRevokedAt(),
                    s.getRevokedBy(), s.getRevocationReason(), status, s.getCertificateSha256(), s.getSerialNumber(),
                    s.getVersion());
        }
    }

    /** Someone who may apply a department's seal: its chief representatives and the people they named. */
    public record SealUserView(String loginName, String displayName, String role, boolean chief, String namedBy,
                               Instant namedAt) implements Serializable {
    }

    /** One line of a seal's usage log. */
    public record SealUseView(long id, String sealText, String usedBy, Instant usedAt, Instant signedAt,
                              String caseNumber, String documentKind, String sha256, String licenseNumber)
            implements Serializable {
    }

    /** A department's seal situation as its staff see it. */
    public record DepartmentSeal(String departmentCode, Text departmentName, SealView activeSeal,
                                 boolean callerMayApply, List<SealUserView> users) implements Serializable {
    }

    /** A license as the issuing department sees it (with the holder's identifier). */
    public record LicenseView(String number, String departmentCode, Text departmentName, String itemCode,
                              String caseNumber, String title, String holderName, String holderIdentifier,
                              String scope, LocalDate validFrom, LocalDate validUntil, Instant issuedAt, String issuedBy,
                              String documentSha256, long sealUseId, License.Status status, String recordUrl)
            implements Serializable {
    }

    /**
     * The public registry record of a license ({@code GET /api/licenses/{number}}): no personal
     * identification number, no case details.
     */
    public record LicenseRecord(String number, String title, String holderName, String scope, LocalDate validFrom,
                                LocalDate validUntil, String departmentCode, Text departmentName, String seal,
                                Instant issuedAt, License.Status status, Instant revokedAt, String documentSha256)
            implements Serializable {
    }

    /**
     * The answer of verification.
     *
     * @param valid         the document is authentic and intact: sealed by the center, unchanged, its
     *                      seal not revoked at signing time, and exactly the file the center issued
     * @param status        the registry's state of the license (or VALID for another registered
     *                      document); UNKNOWN when the center has no record of it
     * @param reasons       every problem found, and the license's revocation or expiry
     */
    public record Verification(boolean valid, String licenseNumber, Text department, String seal, Instant signedAt,
                               Status status, List<Reason> reasons, String documentKind, String sha256)
            implements Serializable {
        public enum Status { VALID, REVOKED, EXPIRED, UNKNOWN }
    }
}
