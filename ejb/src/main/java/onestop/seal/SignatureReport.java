package onestop.seal;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the document itself says, as {@link PadesVerifier} found it: the problems (empty if the
 * signature, its chain to the root, its timestamp and the file's integrity hold), the seal's
 * certificate, the trusted signing time, the SHA-256 of the signed revision (the file as issued)
 * and the custom document-information entries of that revision.
 */
record SignatureReport(List<Reason> problems, X509Certificate signer, Instant signedAt, String signedRevisionSha256,
                       Map<String, String> info) {
    SignatureReport {
        problems = List.copyOf(problems);
        info = info == null ? Map.of() : Map.copyOf(info);
    }

    static SignatureReport refused(Reason reason) {
        return new SignatureReport(List.of(reason), null, null, null, null);
    }

    boolean intact() {
        return problems.isEmpty();
    }
}
