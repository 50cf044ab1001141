package onestop.seal;

import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;

/**
 * The center's small certificate authority: a self-signed root (the seal authority), the
 * timestamp service's certificate and one certificate per licensing seal, each issued by the root.
 * The root signs with ECDSA P-256; a seal's own key may be of any {@link SealAlgorithm}.
 */
final class Certificates {
    /** A private key and its certificate. */
    record Issuer(PrivateKey key, X509Certificate certificate) {
    }

    private Certificates() {
    }

    static X500Name name(String organisation, String unit, String commonName) {
        X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN");
        if (organisation != null) {
            builder.addRDN(BCStyle.O, organisation);
        }
        if (unit != null) {
            builder.addRDN(BCStyle.OU, unit);
        }
        return builder.addRDN(BCStyle.CN, commonName).build();
    }

    static X509Certificate root(KeyPair keys, X500Name subject, Instant from, Instant until) {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, Crypto.serialNumber(),
                    Date.from(from), Date.from(until), subject, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
            return sign(builder, keys.getPrivate());
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot create the seal authority's root certificate", e);
        }
    }

    /** The timestamp service: RFC 3161 requires the extended key usage timeStamping, and critical. */
    static X509Certificate timestamping(PublicKey key, X500Name subject, Issuer root, Instant from, Instant until) {
        return leaf(key, subject, root, from, until, "the timestamp service's certificate",
                new Extension(Extension.keyUsage, true, encoded(new KeyUsage(KeyUsage.digitalSignature))),
                new Extension(Extension.extendedKeyUsage, true,
                        encoded(new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))));
    }

    /** A licensing seal's certificate: signs documents (non-repudiation), under the seal policy. */
    static X509Certificate seal(PublicKey key, X500Name subject, Issuer root, Instant from, Instant until) {
        return leaf(key, subject, root, from, until, "a seal certificate",
                new Extension(Extension.keyUsage, true,
                        encoded(new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))),
                new Extension(Extension.certificatePolicies, false,
                        encoded(new CertificatePolicies(new PolicyInformation(Crypto.SEAL_POLICY)))));
    }

    /** True if the certificate carries the center's seal policy. */
    static boolean hasSealPolicy(X509Certificate certificate) {
        byte[] extension = certificate.getExtensionValue(Extension.certificatePolicies.getId());
        if (extension == null) {
            return false;
        }
        try {
            CertificatePolicies policies = CertificatePolicies.getInstance(ASN1Sequence.getInstance(
                    org.bouncycastle.asn1.ASN1OctetString.getInstance(extension).getOctets()));
            return policies.getPolicyInformation(Crypto.SEAL_POLICY) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static X509Certificate parse(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509", Crypto.BC)
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an X.509 certificate", e);
        }
    }

    private static X509Certificate leaf(PublicKey key, X500Name subject, Issuer root, Instant from, Instant until,
                                        String what, Extension... extensions) {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(root.certificate(), Crypto.serialNumber(),
                    Date.from(from), Date.from(until), subject, key)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(key))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            utils.createAuthorityKeyIdentifier(root.certificate()));
            for (Extension extension : extensions) {
                builder.addExtension(extension);
            }
            return sign(builder, root.key());
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot create " + what, e);
        }
    }

    private static byte[] encoded(org.bouncycastle.asn1.ASN1Object value) {
        try {
            return value.getEncoded(org.bouncycastle.asn1.ASN1Encoding.DER);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
            throws GeneralSecurityException {
        try {
            String algorithm = issuerKey.getAlgorithm().startsWith("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
            return new JcaX509CertificateConverter().setProvider(Crypto.BC)
                    .getCertificate(builder.build(new JcaContentSignerBuilder(algorithm).setProvider(Crypto.BC)
                            .build(issuerKey)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }
}
