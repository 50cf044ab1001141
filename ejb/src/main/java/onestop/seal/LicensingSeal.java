package onestop.seal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import onestop.center.Department;

import java.time.Instant;

/**
 * A department's licensing seal (行政許可專用章). Life cycle: center management creates it with its
 * text, picture, algorithm and validity; the key pair is generated then, the certificate issued by
 * the center's root, the private key kept in a PKCS#12 keystore named by {@code keystoreFile}
 * whose password is in the server's credential store under {@code credentialAlias}. It is
 * <em>active</em> between {@code validFrom} and {@code validUntil} unless revoked. Revocation has
 * an effective time ({@code revokedFrom}, now or earlier when the key is known to have been
 * compromised since then): documents sealed before it stay valid, later ones do not. A department
 * has at most one active seal; a revoked or expired one is replaced by a new seal.
 */
@Entity
@Table(name = "licensing_seal")
@NamedQuery(name = "LicensingSeal.all", query = "select s from LicensingSeal s join fetch s.department order by s.id desc")
@NamedQuery(name = "LicensingSeal.ofDepartment", query = "select s from LicensingSeal s join fetch s.department "
        + "where s.department.code = :code order by s.id desc")
@NamedQuery(name = "LicensingSeal.byCertificate", query = "select s from LicensingSeal s join fetch s.department "
        + "where s.certificateSha256 = :sha256")
public class LicensingSeal {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", updatable = false)
    private Department department;

    @Column(name = "seal_text", nullable = false, length = 100, updatable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private SealAlgorithm algorithm;

    @Column(name = "image_png", nullable = false, updatable = false)
    private byte[] imagePng;

    @Column(name = "image_uploaded", nullable = false, updatable = false)
    private boolean imageUploaded;

    @Column(name = "certificate_der", nullable = false, updatable = false)
    private byte[] certificateDer;

    @Column(name = "certificate_sha256", nullable = false, length = 64, updatable = false)
    private String certificateSha256;

    @Column(name = "serial_number", nullable = false, length = 64, updatable = false)
    private String serialNumber;

    @Column(name = "keystore_file", nullable = false, length = 200, updatable = false)
    private String keystoreFile;

    @Column(name = "credential_alias", nullable = false, length = 100, updatable = false)
    private String credentialAlias;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private Instant validFrom;

    @Column(name = "valid_until", nullable = false, updatable = false)
    private Instant validUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60, updatable = false)
    private String createdBy;

    @Column(name = "revoked_from")
    private Instant revokedFrom;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 60)
    private String revokedBy;

    @Column(name = "revocation_reason", length = 500)
    private String revocationReason;

    @Version
    private long version;

    protected LicensingSeal() {
    }

    LicensingSeal(Department department, String text, SealAlgorithm algorithm, byte[] imagePng, boolean imageUploaded,
                  SealVault.IssuedKey key, Instant createdAt, String createdBy) {
        this.department = department;
        this.text = text;
        this.algorithm = algorithm;
        this.imagePng = imagePng.clone();
        this.imageUploaded = imageUploaded;
        this.certificateDer = key.certificateDer();
        this.certificateSha256 = key.certificateSha256();
        this.serialNumber = key.serialNumber();
        this.keystoreFile = key.keystoreFile();
        this.credentialAlias = key.credentialAlias();
        this.validFrom = key.validFrom();
        this.validUntil = key.validUntil();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Usable now: within its validity and not revoked. */
    public boolean isActiveAt(Instant time) {
        return !time.isBefore(validFrom) && time.isBefore(validUntil) && (revokedFrom == null || time.isBefore(revokedFrom));
    }

    /** True if a document signed at {@code signedAt} falls on or after the revocation's effective time. */
    public boolean revokedBefore(Instant signedAt) {
        return revokedFrom != null && !signedAt.isBefore(revokedFrom);
    }

    void revoke(Instant effective, Instant recorded, String by, String reason) {
        if (revokedFrom != null) {
            throw new SealException("seal.alreadyRevoked", text);
        }
        this.revokedFrom = effective;
        this.revokedAt = recorded;
        this.revokedBy = by;
        this.revocationReason = reason;
    }

    public Long getId() {
        return id;
    }

    public Department getDepartment() {
        return department;
    }

    public String getText() {
        return text;
    }

    public SealAlgorithm getAlgorithm() {
        return algorithm;
    }

    public byte[] getImagePng() {
        return imagePng.clone();
    }

    public boolean isImageUploaded() {
        return imageUploaded;
    }

    public byte[] getCertificateDer() {
        return certificateDer.clone();
    }

    public String getCertificateSha256() {
        return certificateSha256;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    String getKeystoreFile() {
        return keystoreFile;
    }

    String getCredentialAlias() {
        return credentialAlias;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getRevokedFrom() {
        return revokedFrom;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public String getRevocationReason() {
        return revocationReason;
    }

    public long getVersion() {
        return version;
    }
}
