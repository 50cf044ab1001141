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
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One application of a seal, written in the same transaction as the sealed document: who applied
 * it, when (and the timestamp service's time in the signature), for which case and kind of
 * document, and the SHA-256 of the document before and after sealing. Never changed afterwards;
 * the sealed file's hash is how verification recognises a document the center issued.
 */
@Entity
@Table(name = "seal_use")
@NamedQuery(name = "SealUse.byOutput", query = "select u from SealUse u join fetch u.seal "
        + "where u.outputSha256 = :sha256")
@NamedQuery(name = "SealUse.ofDepartment", query = "select u from SealUse u join fetch u.seal "
        + "where u.seal.department.code = :code order by u.id desc")
public class SealUse {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "seal_id", updatable = false)
    private LicensingSeal seal;

    @Column(name = "used_by", nullable = false, length = 60, updatable = false)
    private String usedBy;

    @Column(name = "used_at", nullable = false, updatable = false)
    private Instant usedAt;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Column(name = "case_number", length = 60, updatable = false)
    private String caseNumber;

    @Column(name = "document_kind", nullable = false, length = 60, updatable = false)
    private String documentKind;

    @Column(name = "input_sha256", nullable = false, length = 64, updatable = false)
    private String inputSha256;

    @Column(name = "output_sha256", nullable = false, length = 64, updatable = false)
    private String outputSha256;

    protected SealUse() {
    }

    SealUse(LicensingSeal seal, String usedBy, Instant usedAt, Instant signedAt, String caseNumber, String documentKind,
            String inputSha256, String outputSha256) {
        this.seal = seal;
        this.usedBy = usedBy;
        this.usedAt = usedAt;
        this.signedAt = signedAt;
        this.caseNumber = caseNumber;
        this.documentKind = documentKind;
        this.inputSha256 = inputSha256;
        this.outputSha256 = outputSha256;
    }

    public Long getId() {
        return id;
    }

    public LicensingSeal getSeal() {
        return seal;
    }

    public String getUsedBy() {
        return usedBy;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getDocumentKind() {
        return documentKind;
    }

    public String getInputSha256() {
        return inputSha256;
    }

    public String getOutputSha256() {
        return outputSha256;
    }
}
