package onestop.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Metadata of a stored file; the bytes live in {@link ContentAddressedFiles} under the same hash. Immutable. */
@Entity
@Table(name = "stored_document")
public class StoredDocument {
    @Id
    @Column(length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "stored_at", nullable = false)
    private Instant storedAt;

    @Column(name = "stored_by", nullable = false, length = 60)
    private String storedBy;

    protected StoredDocument() {
    }

    StoredDocument(String sha256, long sizeBytes, String contentType, Instant storedAt, String storedBy) {
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.contentType = contentType;
        this.storedAt = storedAt;
        this.storedBy = storedBy;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getContentType() {
        return contentType;
    }

    public Instant getStoredAt() {
        return storedAt;
    }

    public String getStoredBy() {
        return storedBy;
    }
}
