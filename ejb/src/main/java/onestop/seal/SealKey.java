package onestop.seal;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** A seal's private key with its certificate and the root that issued it; held only in memory. */
public record SealKey(PrivateKey key, X509Certificate certificate, X509Certificate root, SealAlgorithm algorithm) {
}
