package onestop.seal;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The cryptography every seal class shares. BouncyCastle is used as a provider <em>instance</em>
 * handed to each builder, never registered with {@code Security.addProvider}: a global
 * registration from a deployment would pin its class loader across redeployments, and WildFly
 * ships its own BouncyCastle modules (see ../shared/docs/notes/pdf.md).
 */
final class Crypto {
    static final BouncyCastleProvider BC = new BouncyCastleProvider();
    static final SecureRandom RANDOM = new SecureRandom();
    /**
     * Digest calculators for CMS and timestamps: the JDK's SHA-256, whose intrinsics hash a sealed
     * license about five times faster than BouncyCastle's Java code (0.06 against 0.28 ms for
     * 35 KB, measured), and BouncyCastle for what the JDK lacks (SM3).
     */
    static final DigestCalculatorProvider DIGESTS = digests();

    /**
     * The center's own object identifiers, under a UUID arc (ITU-T X.667, {@code 2.25.<uuid>}),
     * which needs no registration.
     */
    static final ASN1ObjectIdentifier ARC = new ASN1ObjectIdentifier("2.25.121204078122823662507869425663993234661");
    /** Certificate policy of a department's licensing seal. */
    static final ASN1ObjectIdentifier SEAL_POLICY = ARC.branch("1");
    /** Policy of the center's timestamp service. */
    static final ASN1ObjectIdentifier TSA_POLICY = ARC.branch("2");

    private Crypto() {
    }

    private static DigestCalculatorProvider digests() {
        try {
            DigestCalculatorProvider jdk = new JcaDigestCalculatorProviderBuilder().build();
            DigestCalculatorProvider bouncyCastle = new JcaDigestCalculatorProviderBuilder().setProvider(BC).build();
            return algorithm -> {
                try {
                    return jdk.get(algorithm);
                } catch (OperatorCreationException e) {
                    return bouncyCastle.get(algorithm);
                }
            };
        } catch (OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] sha256(byte[] data) {
        return digest("SHA-256").digest(data);
    }

    static byte[] sha256(byte[] data, int offset, int length) {
        MessageDigest digest = digest("SHA-256");
        digest.update(data, offset, length);
        return digest.digest();
    }

    static String sha256Hex(byte[] data) {
        return HexFormat.of().formatHex(sha256(data));
    }

    static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            try {
                return MessageDigest.getInstance(algorithm, BC);
            } catch (NoSuchAlgorithmException again) {
                throw new IllegalStateException(algorithm + " is not available", again);
            }
        }
    }

    static java.math.BigInteger serialNumber() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        bytes[0] &= 0x7f;
        bytes[0] |= 0x40;
        return new java.math.BigInteger(bytes);
    }
}
