package onestop.seal;

/**
 * Why a document is not (or no longer) what it claims. Each has a stable code for the API and a
 * text in the bundles ({@code verify.reason.<code>}).
 */
public enum Reason {
    /** The file is not a PDF. */
    NOT_PDF("notPdf"),
    /** Larger than verification accepts. */
    TOO_LARGE("tooLarge"),
    /** Encrypted: it cannot be one of ours. */
    ENCRYPTED("encrypted"),
    /** Damaged or truncated: it cannot be read as a PDF. */
    DAMAGED("damaged"),
    /** No seal signature at all. */
    NO_SIGNATURE("noSignature"),
    /** More than one signature (ours carry exactly one). */
    MULTIPLE_SIGNATURES("multipleSignatures"),
    /** A kind of signature we never issue. */
    UNSUPPORTED_SIGNATURE("unsupportedSignature"),
    /** The signed byte range does not cover the file up to the signature, or the file is cut short. */
    BYTE_RANGE_INVALID("byteRangeInvalid"),
    /** The signature's place holds something else than the signature (a wrapping attack). */
    CONTENTS_INVALID("contentsInvalid"),
    /** The signature does not match the signed bytes: a byte changed, or the signature was copied from another file. */
    SIGNATURE_INVALID("signatureInvalid"),
    /** The certificate was not issued by the center's seal authority. */
    CERTIFICATE_NOT_TRUSTED("certificateNotTrusted"),
    /** The certificate was not valid when the document was sealed. */
    CERTIFICATE_NOT_VALID("certificateNotValid"),
    /** The signing-certificate attribute does not name the certificate used. */
    SIGNING_CERTIFICATE_MISMATCH("signingCertificateMismatch"),
    /** No timestamp from the center's timestamp service. */
    TIMESTAMP_MISSING("timestampMissing"),
    /** The timestamp does not belong to this signature or was not issued by the center. */
    TIMESTAMP_INVALID("timestampInvalid"),
    /** The signature does not certify the document against changes (DocMDP). */
    NOT_CERTIFIED("notCertified"),
    /** Something other than validation data was added after sealing (e.g. text laid over the page). */
    MODIFIED_AFTER_SIGNING("modifiedAfterSigning"),
    /** Too large a structure to compare within the limits. */
    TOO_COMPLEX("tooComplex"),
    /** No document with this content was sealed by the center. */
    NOT_REGISTERED("notRegistered"),
    /** The seal that signed it is not one of the center's seals. */
    SEAL_UNKNOWN("sealUnknown"),
    /** The seal was revoked before the document was sealed. */
    SEAL_REVOKED("sealRevoked"),
    /** The license has since been revoked by its department (the document itself is authentic). */
    LICENSE_REVOKED("licenseRevoked"),
    /** The license's validity has ended (the document itself is authentic). */
    LICENSE_EXPIRED("licenseExpired"),
    /** Too many verifications at once; try again. */
    BUSY("busy");

    private final String code;

    Reason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "verify.reason." + code;
    }

    /** True if the document itself is not authentic or not intact (as opposed to a license status). */
    public boolean invalidates() {
        return this != LICENSE_REVOKED && this != LICENSE_EXPIRED;
    }
}
