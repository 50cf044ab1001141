package onestop.security;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    @DisplayName("a hash verifies its own password only, and never contains it")
    void verifies() {
        String hash = hasher.hash("窗口-password-2026");

        assertTrue(hasher.verify("窗口-password-2026", hash));
        assertFalse(hasher.verify("窗口-password-2027", hash));
        assertFalse(hash.contains("password"));
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:" + PasswordHasher.ITERATIONS + ":"));
    }

    @Test
    @DisplayName("the same password hashes differently each time (random salt)")
    void salted() {
        assertNotEquals(hasher.hash("same-password-1"), hasher.hash("same-password-1"));
    }

    @Test
    @DisplayName("a malformed stored value is a failed check, not an exception")
    void malformed() {
        assertFalse(hasher.verify("x", "not-a-hash"));
        assertFalse(hasher.verify("x", "PBKDF2WithHmacSHA256:abc:def:ghi"));
        assertFalse(hasher.verify(null, hasher.hash("x1234567890")));
    }

    @Test
    @DisplayName("a hash with another iteration count still verifies (counts can be raised later)")
    void otherIterations() {
        String stored = new PasswordHasherAtIterations(1000).hash("old-password-1");

        assertTrue(hasher.verify("old-password-1", stored));
        assertFalse(hasher.verify("old-password-2", stored));
    }

    /** Builds hashes as an older release with fewer iterations would have. */
    private record PasswordHasherAtIterations(int iterations) {
        String hash(String password) {
            try {
                byte[] salt = new byte[16];
                new java.security.SecureRandom().nextBytes(salt);
                var spec = new javax.crypto.spec.PBEKeySpec(password.toCharArray(), salt, iterations, 256);
                byte[] h = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
                var b64 = java.util.Base64.getEncoder();
                return "PBKDF2WithHmacSHA256:" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(h);
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
