package onestop.seal;

import java.io.Serializable;

/**
 * A sealed document: its bytes (also kept in the document store under {@code sha256}) and the
 * entry of the usage log that recorded the sealing.
 */
public record SealedDocument(byte[] pdf, String sha256, long sealUseId) implements Serializable {
}
