package onestop.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import onestop.casework.CaseEnums.DocumentKind;

import java.time.Instant;

/**
 * A document of a case: a scan handed in for a material, or a notice or result the system made.
 * The bytes live in the content-addressed document store under {@link #getSha256()}; this row says
 * what the document is to the case, and for a notice or license which use of the department's seal
 * sealed it (none: it went out unsealed). Documents are never replaced: a new scan is a new row.
 */
@Entity
@Table(name = "case_document")
@NamedQuery(name = "CaseDocument.ofCase", query = "select d from CaseDocument d where d.caseId = :caseId order by d.id")
public class CaseDocument {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "material_position", updatable = false)
    private Integer materialPosition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private DocumentKind kind;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false, length = 60, updatable = false)
    private String addedBy;

    @Column(name = "seal_use_id", updatable = false)
    private Long sealUseId;

    protected CaseDocument() {
    }

    CaseDocument(Long caseId, Integer materialPosition, DocumentKind kind, String sha256, String contentType,
                 String fileName, long size, Instant addedAt, String addedBy, Long sealUseId) {
        this.caseId = caseId;
        this.materialPosition = materialPosition;
        this.kind = kind;
        this.sha256 = sha256;
        this.contentType = contentType;
        this.fileName = fileName;
        this.size = size;
        this.addedAt = addedAt;
        this.addedBy = addedBy;
        this.sealUseId = sealUseId;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public Integer getMaterialPosition() { return materialPosition; }
    public DocumentKind getKind() { return kind; }
    public String getSha256() { return sha256; }
    public String getContentType() { return contentType; }
    public String getFileName() { return fileName; }
    public long getSize() { return size; }
    public Instant getAddedAt() { return addedAt; }
    public String getAddedBy() { return addedBy; }
    /** The entry of the seal's usage log that sealed this document; null when it carries no seal. */
    public Long getSealUseId() { return sealUseId; }
}
