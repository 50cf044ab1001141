package onestop.seal;

import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

import java.io.IOException;
import java.math.BigInteger;
import java.security.cert.CertificateEncodingException;
import java.util.Date;
import java.util.List;

/**
 * The center's RFC 3161 timestamp service, in process: it answers a request (a SHA-256 imprint
 * and a nonce) with a token signed by the service's key, whose certificate the root issued with
 * the critical timeStamping extended key usage. Thread-safe: each token gets its own signer.
 */
public final class TimeStamper {

    private final Certificates.Issuer service;
    private final JcaCertStore certificates;

    TimeStamper(Certificates.Issuer service) {
        this.service = service;
        try {
            this.certificates = new JcaCertStore(List.of(service.certificate()));
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("the timestamp service's certificate cannot be encoded", e);
        }
    }


    java.security.cert.X509Certificate certificate() {
        return service.certificate();
    }

    /** A token over a SHA-256 digest, e.g. of a signature value (PAdES B-T). */
    TimeStampToken stamp(byte[] sha256) {
        TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
        requests.setCertReq(true);
        TimeStampRequest request = requests.generate(TSPAlgorithms.SHA256, sha256,
                BigInteger.valueOf(Crypto.RANDOM.nextLong()));
        try {
            return tokens().generate(request, Crypto.serialNumber(), new Date());
        } catch (TSPException e) {
            throw new IllegalStateException("the timestamp service cannot sign", e);
        }
    }

    /** Answers an encoded request (application/timestamp-query) with an encoded response. */
    public byte[] respond(byte[] encodedRequest) throws IOException {
        TimeStampRequest request;
        try {
            request = new TimeStampRequest(encodedRequest);
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException("not an RFC 3161 timestamp request", e);
        }
        return respond(request).getEncoded();
    }

    private TimeStampResponse respond(TimeStampRequest request) {
        try {
            return new TimeStampResponseGenerator(tokens(), TSPAlgorithms.ALLOWED)
                    .generate(request, Crypto.serialNumber(), new Date());
        } catch (TSPException e) {
            throw new IllegalStateException("the timestamp service cannot sign", e);
        }
    }

    /** A generator of its own for each token: BouncyCastle's signers keep state while signing. */
    private TimeStampTokenGenerator tokens() {
        try {
            DigestCalculator sha256 = Crypto.DIGESTS.get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256));
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                    new JcaSimpleSignerInfoGeneratorBuilder().setProvider(Crypto.BC)
                            .build(signatureAlgorithm(), service.key(), service.certificate()),
                    sha256, Crypto.TSA_POLICY);
            tokens.setResolution(TimeStampTokenGenerator.R_MILLISECONDS);
            tokens.addCertificates(certificates);
            return tokens;
        } catch (OperatorCreationException | TSPException | CertificateEncodingException e) {
            throw new IllegalStateException("the timestamp service cannot sign", e);
        }
    }

    private String signatureAlgorithm() {
        return service.key().getAlgorithm().startsWith("RSA") ? "SHA256withRSA" : "SHA256withECDSA";
    }
}
