package onestop.web.seal;

import onestop.seal.Reason;
import onestop.seal.SealViews.Verification;
import onestop.web.i18n.Messages;

import java.util.List;
import java.util.Locale;

/**
 * The JSON answer of {@code POST /api/verify}: {@code valid}, {@code licenseNumber},
 * {@code department} (in the caller's language), {@code seal}, {@code signedAt} (ISO-8601, the
 * timestamp service's time), {@code status} (VALID, REVOKED, EXPIRED, UNKNOWN), {@code reasons}
 * (each a stable code and a text in the caller's language), the document's kind and SHA-256.
 */
public record VerificationJson(boolean valid, String licenseNumber, String department, String seal, String signedAt,
                               String status, List<ReasonJson> reasons, String documentKind, String sha256) {
    public record ReasonJson(String code, String message) {
    }

    public static VerificationJson of(Verification v, Locale locale) {
        return new VerificationJson(v.valid(), v.licenseNumber(), v.department() == null ? null : v.department().in(locale),
                v.seal(), v.signedAt() == null ? null : v.signedAt().toString(), v.status().name(),
                v.reasons().stream().map(r -> reason(r, locale)).toList(), v.documentKind(), v.sha256());
    }

    static ReasonJson reason(Reason reason, Locale locale) {
        return new ReasonJson(reason.code(), Messages.text(locale, reason.messageKey()));
    }
}
