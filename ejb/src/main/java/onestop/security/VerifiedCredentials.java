package onestop.security;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API credentials verified a moment ago. HTTP Basic sends the password with every call, and a
 * PBKDF2 check costs tens of milliseconds of CPU by design: a script or portal calling the API
 * many times a second would spend the server on hashing. A successful check is remembered for
 * {@link #TTL} as an HMAC of login and password under a key that lives only in this process;
 * a change to the account (password, role, disabling, lock) forgets it at once on this node, on
 * other nodes within the TTL. Wrong passwords are never remembered, so the lockout counts them all.
 */
@ApplicationScoped
public class VerifiedCredentials {
    static final Duration TTL = Duration.ofMinutes(2);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(byte[] digest, Set<String> groups, Instant until) {
    }

    private final byte[] key = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public VerifiedCredentials() {
        new SecureRandom().nextBytes(key);
    }

    /** The groups of a login whose password was verified within the TTL, or null. */
    Set<String> lookup(String login, String password, Instant now) {
        Entry e = entries.get(login);
        if (e == null || now.isAfter(e.until())) {
            return null;
        }
        return MessageDigest.isEqual(e.digest(), digest(login, password)) ? e.groups() : null;
    }

    void remember(String login, String password, Set<String> groups, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(login, new Entry(digest(login, password), Set.copyOf(groups), now.plus(TTL)));
    }

    void forget(String login) {
        entries.remove(login);
    }

    private byte[] digest(String login, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal((login + '\u0000' + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
