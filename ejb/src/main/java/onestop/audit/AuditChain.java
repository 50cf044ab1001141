package onestop.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** The hash that links audit entries: SHA-256 over the entry's fields and the previous hash. */
public final class AuditChain {
    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(long seq, Instant occurredAt, AuditEvent event, String prevHash) {
        // Unit-separator-delimited, with a marker for null, so that no two field lists collide.
        String canonical = String.join("\u001f",
                Long.toString(seq), occurredAt.toString(), field(event.actor()), field(event.action()),
                field(event.objectType()), field(event.objectId()), field(event.details()),
                field(event.clientAddress()), prevHash);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }

    private static String field(String value) {
        return value == null ? "\u0000" : value;
    }
}
