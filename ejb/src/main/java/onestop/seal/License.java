package onestop.seal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import onestop.center.Department;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A license (證照) in the registry. Life cycle: issued once, under a number that never changes
 * ({@code <department>-<year>-<serial>}), together with its sealed PDF (the seal use); from then
 * on it is VALID, EXPIRED after {@code validUntil} (null: long-term), or REVOKED by its department
 * (吊銷/撤銷), which keeps the record and the document but changes what verification reports. The
 * holder's identifier (credit code or resident ID number) is kept for the department's own use and
 * never shown publicly.
 */
@Entity
@Table(name = "license")
@NamedQuery(name = "License.byNumber", query = "select l from License l join fetch l.department join fetch l.sealUse "
        + "where l.number = :number")
@NamedQuery(name = "License.bySealUse", query = "select l from License l where l.sealUse.id = :id")
@NamedQuery(name = "License.ofDepartment", query = "select l from License l join fetch l.department "
        + "where l.department.code = :code order by l.id desc")
public class License {
    /** What the registry says about a license today. */
    public enum Status { VALID, REVOKED, EXPIRED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "license_number", nullable = false, length = 40, updatable = false)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", updatable = false)
    private Department department;

    @Column(name = "item_code", length = 60, updatable = false)
    private String itemCode;

    @Column(name = "case_number", length = 60, updatable = false)
    private String caseNumber;

    @Column(nullable = false, length = 200, updatable = false)
    private String title;

    @Column(name = "holder_name", nullable = false, length = 200, updatable = false)
    private String holderName;

    @Column(name = "holder_identifier", nullable = false, length = 40, updatable = false)
    private String holderIdentifier;

    @Column(nullable = false, length = 2000, updatable = false)
    private String scope;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until", updatable = false)
    private LocalDate validUntil;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 60, updatable = false)
    private String issuedBy;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seal_use_id", updatable = false)
    private SealUse sealUse;

    @Column(name = "document_sha256", nullable = false, length = 64, updatable = false)
    private String documentSha256;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 60)
    private String revokedBy;

    @Column(name = "revocation_reason", length = 500)
    private String revocationReason;

    @Version
    private long version;

    protected License() {
    }

    License(String number, Department department, LicenseRequest request, Instant issuedAt, String issuedBy,
            SealUse sealUse) {
        this.number = number;
        this.department = department;
        this.itemCode = request.itemCode();
        this.caseNumber = request.caseNumber();
        this.title = request.title();
        this.holderName = request.holderName();
        this.holderIdentifier = request.holderIdentifier();
        this.scope = request.scope();
        this.validFrom = request.validFrom();
        this.validUntil = request.validUntil();
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
        this.sealUse = sealUse;
        this.documentSha256 = sealUse.getOutputSha256();
    }

    public Status statusOn(LocalDate day) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return validUntil != null && day.isAfter(validUntil) ? Status.EXPIRED : Status.VALID;
    }

    void revoke(Instant at, String by, String reason) {
        if (revokedAt != null) {
            throw new SealException("license.alreadyRevoked", number);
        }
        this.revokedAt = at;
        this.revokedBy = by;
        this.revocationReason = reason;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Department getDepartment() {
        return department;
    }

    public String getItemCode() {
        return itemCode;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getTitle() {
        return title;
    }

    public String getHolderName() {
        return holderName;
    }

    public String getHolderIdentifier() {
        return holderIdentifier;
    }

    public String getScope() {
        return scope;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public SealUse getSealUse() {
        return sealUse;
    }

    public String getDocumentSha256() {
        return documentSha256;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevocationReason() {
        return revocationReason;
    }

    public long getVersion() {
        return version;
    }
}
