package onestop.documents;

import java.io.Serializable;
import java.time.Instant;

/** A stored document's identity and metadata, as callers see it. */
public record DocumentInfo(String sha256, long sizeBytes, String contentType, Instant storedAt, String storedBy)
        implements Serializable {
    static DocumentInfo of(StoredDocument d) {
        return new DocumentInfo(d.getSha256(), d.getSizeBytes(), d.getContentType(), d.getStoredAt(), d.getStoredBy());
    }
}
