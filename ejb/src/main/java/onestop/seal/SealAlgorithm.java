package onestop.seal;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;

/**
 * The key and signature algorithm of a seal. ECDSA P-256 is the default: every PDF reader
 * validates it and it signs in about 0.1 ms. RSA-2048 for readers or policies that want RSA.
 * SM2 with SM3 (GB/T 32918, GB/T 32905) for centers that must use the national algorithms: our
 * verifier checks it, but common PDF readers (Acrobat, poppler) do not, and the ETSI baseline
 * profile does not cover it.
 */
public enum SealAlgorithm {
    ECDSA_P256("EC", "secp256r1", "SHA256withECDSA", "SHA-256"),
    RSA_2048("RSA", null, "SHA256withRSA", "SHA-256"),
    SM2_SM3("EC", "sm2p256v1", "SM3withSM2", "SM3");

    private final String keyAlgorithm;
    private final String curve;
    private final String signatureAlgorithm;
    private final String digestAlgorithm;

    SealAlgorithm(String keyAlgorithm, String curve, String signatureAlgorithm, String digestAlgorithm) {
        this.keyAlgorithm = keyAlgorithm;
        this.curve = curve;
        this.signatureAlgorithm = signatureAlgorithm;
        this.digestAlgorithm = digestAlgorithm;
    }

    public static final SealAlgorithm DEFAULT = ECDSA_P256;

    /** The JCA name of the signature, e.g. {@code SHA256withECDSA}. */
    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    public String digestAlgorithm() {
        return digestAlgorithm;
    }

    /** True for the national algorithms, which common PDF readers do not validate. */
    public boolean national() {
        return this == SM2_SM3;
    }

    KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(keyAlgorithm, Crypto.BC);
            if (curve == null) {
                generator.initialize(2048, Crypto.RANDOM);
            } else {
                generator.initialize(new ECGenParameterSpec(curve), Crypto.RANDOM);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a " + this + " key pair", e);
        }
    }
}
