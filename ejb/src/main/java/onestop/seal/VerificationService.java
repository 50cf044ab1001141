package onestop.seal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import onestop.common.Text;
import onestop.seal.SealViews.Verification;
import onestop.seal.SealViews.Verification.Status;

import java.security.cert.CertificateEncodingException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Public verification of a document: what the file itself proves ({@link PadesVerifier}), then what
 * the registry says: the sealed file must be one the center issued (its signed revision's SHA-256
 * is in the usage log), its seal one of the center's and not revoked when it was used; a license's
 * revocation or expiry is reported too. At most {@value #PARALLEL} verifications run at once on a
 * node (each holds a parsed PDF of up to 20 MB); the others wait up to 10 seconds, then get BUSY.
 */
@Stateless
@PermitAll
public class VerificationService {
    static final int PARALLEL = 2;
    private static final Semaphore SLOTS = new Semaphore(PARALLEL, true);

    @Inject
    private SealRegistry registry;

    @EJB
    private SealVault vault;

    public Verification verify(byte[] pdf) {
        String sha256 = pdf == null ? null : HexFormat.of().formatHex(Crypto.sha256(pdf));
        try {
            if (!SLOTS.tryAcquire(10, TimeUnit.SECONDS)) {
                return new Verification(false, null, null, null, null, Status.UNKNOWN, List.of(Reason.BUSY), null, sha256);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Verification(false, null, null, null, null, Status.UNKNOWN, List.of(Reason.BUSY), null, sha256);
        }
        try {
            return check(pdf == null ? new byte[0] : pdf, sha256);
        } finally {
            SLOTS.release();
        }
    }

    private Verification check(byte[] pdf, String sha256) {
        SignatureReport report = PadesVerifier.verify(pdf, vault.rootCertificate());
        List<Reason> reasons = new ArrayList<>(report.problems());
        if (report.signer() == null) {
            return new Verification(false, null, null, null, null, Status.UNKNOWN, reasons, null, sha256);
        }
        Text department = null;
        String sealText = null;
        Status status = Status.UNKNOWN;
        LicensingSeal seal = registry.sealByCertificate(certificateSha256(report)).orElse(null);
        if (seal == null) {
            if (!reasons.contains(Reason.CERTIFICATE_NOT_TRUSTED)) {
                reasons.add(Reason.SEAL_UNKNOWN);
            }
        } else {
            department = Text.of(seal.getDepartment().getName());
            sealText = seal.getText();
            if (report.signedAt() != null && seal.revokedBefore(report.signedAt())) {
                reasons.add(Reason.SEAL_REVOKED);
            }
        }
        Optional<SealUse> use = registry.useByOutput(report.signedRevisionSha256());
        String kind = null;
        License license;
        if (use.isPresent()) {
            kind = use.get().getDocumentKind();
            license = registry.licenseOf(use.get()).orElse(null);
            status = Status.VALID;
        } else {
            reasons.add(Reason.NOT_REGISTERED);
            String claimed = report.info().get(PadesVerifier.INFO_LICENSE);
            license = claimed == null ? null : registry.license(claimed).orElse(null);
        }
        if (license != null) {
            department = Text.of(license.getDepartment().getName());
            switch (license.statusOn(LocalDate.now(ZoneId.systemDefault()))) {
                case REVOKED -> {
                    status = Status.REVOKED;
                    reasons.add(Reason.LICENSE_REVOKED);
                }
                case EXPIRED -> {
                    status = Status.EXPIRED;
                    reasons.add(Reason.LICENSE_EXPIRED);
                }
                case VALID -> status = Status.VALID;
            }
        }
        if (reasons.contains(Reason.SEAL_REVOKED)) {
            status = Status.REVOKED;
        }
        boolean valid = reasons.stream().noneMatch(Reason::invalidates);
        return new Verification(valid, license == null ? null : license.getNumber(), department, sealText,
                report.signedAt(), status, List.copyOf(reasons), kind, sha256);
    }

    private static String certificateSha256(SignatureReport report) {
        try {
            return HexFormat.of().formatHex(Crypto.sha256(report.signer().getEncoded()));
        } catch (CertificateEncodingException e) {
            return "";
        }
    }
}
