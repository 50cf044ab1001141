package onestop.seal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import onestop.export.DocumentCheck;
import onestop.seal.SealViews.Verification;

/** Each signed notice or license in a case dossier, checked by the center's verifier. */
@ApplicationScoped
public class DossierSignatureCheck implements DocumentCheck {
    @EJB
    private VerificationService verification;

    @Override
    public String check(byte[] pdf) {
        Verification v = verification.verify(pdf);
        if (v.valid()) {
            return "VALID " + v.status() + (v.seal() == null ? "" : " · " + v.seal())
                    + (v.signedAt() == null ? "" : " · " + v.signedAt());
        }
        return "INVALID " + v.status() + " " + v.reasons();
    }
}
