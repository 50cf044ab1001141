package onestop.seal;

import onestop.documents.ContentTypes;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a sealed PDF against the center's root, with no trust in anything the file says about
 * itself (../shared/docs/notes/pdf.md §2.3):
 * <ol>
 * <li>exactly one approval signature, {@code ETSI.CAdES.detached}, certifying with DocMDP P=1;</li>
 * <li>its ByteRange {@code [0 a b c]} covers the file up to the signature and from after it, and
 * the gap holds only the hex digits of the signature (no room for a second, wrapped object);</li>
 * <li>the CMS, parsed through a stream (BouncyCastle ≥ 1.85 rejects the zero padding otherwise),
 * followed by zeros only; its signature and message digest hold over the signed bytes;</li>
 * <li>the signer's certificate was issued by the root, carries the seal policy, was valid at the
 * trusted time and is the one named by signing-certificate-v2;</li>
 * <li>the timestamp token covers the signature value and was issued by the root's timestamp service;</li>
 * <li>anything appended after the signed revision is validation data only (see {@link RevisionCheck}).</li>
 * </ol>
 * Whether the file is the one the center issued (its registry) and whether the seal was revoked
 * is for the caller to check against the database.
 */
final class PadesVerifier {
    /** The largest file verified (the document store's limit). */
    static final int MAX_BYTES = 20 * 1024 * 1024;
    /** Custom document-information entries carried by sealed documents. */
    static final String INFO_LICENSE = "OnestopLicense";

    private PadesVerifier() {
    }

    static SignatureReport verify(byte[] pdf, X509Certificate root) {
        if (pdf.length > MAX_BYTES) {
            return SignatureReport.refused(Reason.TOO_LARGE);
        }
        if (!ContentTypes.PDF.equals(ContentTypes.detect(pdf))) {
            return SignatureReport.refused(Reason.NOT_PDF);
        }
        PDDocument document;
        try {
            document = Loader.loadPDF(pdf);
        } catch (InvalidPasswordException e) {
            return SignatureReport.refused(Reason.ENCRYPTED);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return SignatureReport.refused(Reason.DAMAGED);
        }
        try (document) {
            return verify(pdf, document, root);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return SignatureReport.refused(Reason.DAMAGED);
        }
    }

    private static SignatureReport verify(byte[] pdf, PDDocument document, X509Certificate root) throws IOException {
        if (document.isEncrypted()) {
            return SignatureReport.refused(Reason.ENCRYPTED);
        }
        List<PDSignature> approvals = new ArrayList<>();
        for (PDSignature signature : document.getSignatureDictionaries()) {
            if (!COSName.DOC_TIME_STAMP.equals(signature.getCOSObject().getCOSName(COSName.TYPE))) {
                approvals.add(signature);
            }
        }
        if (approvals.isEmpty()) {
            return SignatureReport.refused(Reason.NO_SIGNATURE);
        }
        if (approvals.size() > 1) {
            return SignatureReport.refused(Reason.MULTIPLE_SIGNATURES);
        }
        PDSignature signature = approvals.get(0);
        if (!PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName().equals(signature.getSubFilter())) {
            return SignatureReport.refused(Reason.UNSUPPORTED_SIGNATURE);
        }
        int[] range = signature.getByteRange();
        if (!byteRangeShape(range, pdf.length)) {
            return SignatureReport.refused(Reason.BYTE_RANGE_INVALID);
        }
        byte[] contents = hexGap(pdf, range[1], range[2]);
        if (contents == null || !Arrays.equals(contents, signature.getContents())) {
            return SignatureReport.refused(Reason.CONTENTS_INVALID);
        }
        int signedLength = range[2] + range[3];
        String revisionSha256 = HexFormat.of().formatHex(Crypto.sha256(pdf, 0, signedLength));
        byte[] signedBytes = new byte[range[1] + range[3]];
        System.arraycopy(pdf, 0, signedBytes, 0, range[1]);
        System.arraycopy(pdf, range[2], signedBytes, range[1], range[3]);

        List<Reason> problems = new ArrayList<>();
        CmsFacts cms = checkCms(contents, signedBytes, root, problems);
        if (!certifiesNoChanges(document, signature)) {
            problems.add(Reason.NOT_CERTIFIED);
        }
        Map<String, String> info;
        if (signedLength < pdf.length) {
            try (PDDocument signedRevision = Loader.loadPDF(Arrays.copyOf(pdf, signedLength))) {
                RevisionCheck.Result appended = RevisionCheck.compare(signedRevision, document);
                if (appended != RevisionCheck.Result.ONLY_VALIDATION_DATA) {
                    problems.add(appended == RevisionCheck.Result.TOO_COMPLEX ? Reason.TOO_COMPLEX
                            : Reason.MODIFIED_AFTER_SIGNING);
                }
                info = information(signedRevision);
            }
        } else {
            info = information(document);
        }
        return new SignatureReport(problems, cms.signer(), cms.signedAt(), revisionSha256, info);
    }

    private record CmsFacts(X509Certificate signer, Instant signedAt) {
    }

    static boolean byteRangeShape(int[] range, int fileLength) {
        return range != null && range.length == 4 && range[0] == 0 && range[1] > 0 && range[2] > range[1] + 1
                && range[3] >= 0 && (long) range[2] + range[3] <= fileLength;
    }

    /** The signature bytes if the gap is {@code <hex digits>} and nothing else; else null. */
    static byte[] hexGap(byte[] pdf, int start, int end) {
        if (pdf[start] != '<' || pdf[end - 1] != '>' || (end - start - 2) % 2 != 0) {
            return null;
        }
        for (int i = start + 1; i < end - 1; i++) {
            if (Character.digit(pdf[i], 16) < 0) {
                return null;
            }
        }
        return HexFormat.of().parseHex(new String(pdf, start + 1, end - start - 2, java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static CmsFacts checkCms(byte[] contents, byte[] signedBytes, X509Certificate root, List<Reason> problems) {
        CMSSignedData cms;
        try {
            ByteArrayInputStream in = new ByteArrayInputStream(contents);
            ASN1Primitive object = new ASN1InputStream(in, contents.length).readObject();
            for (int left = in.available(), i = contents.length - left; i < contents.length; i++) {
                if (contents[i] != 0) {
                    problems.add(Reason.CONTENTS_INVALID);
                    return new CmsFacts(null, null);
                }
            }
            cms = new CMSSignedData(new CMSProcessableByteArray(signedBytes), ContentInfo.getInstance(object));
        } catch (IOException | CMSException | RuntimeException e) {
            problems.add(Reason.CONTENTS_INVALID);
            return new CmsFacts(null, null);
        }
        Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            problems.add(Reason.SIGNATURE_INVALID);
            return new CmsFacts(null, null);
        }
        SignerInformation signer = signers.iterator().next();
        X509Certificate certificate = certificate(cms.getCertificates().getMatches(signer.getSID()));
        if (certificate == null) {
            problems.add(Reason.SIGNATURE_INVALID);
            return new CmsFacts(null, null);
        }
        try {
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(Crypto.BC).build(certificate))) {
                problems.add(Reason.SIGNATURE_INVALID);
            }
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            problems.add(Reason.SIGNATURE_INVALID);
        }
        if (!namesCertificate(signer, certificate)) {
            problems.add(Reason.SIGNING_CERTIFICATE_MISMATCH);
        }
        if (!issuedBy(certificate, root) || !Certificates.hasSealPolicy(certificate)) {
            problems.add(Reason.CERTIFICATE_NOT_TRUSTED);
        }
        Instant signedAt = timestamp(signer, root, problems);
        if (signedAt != null) {
            try {
                certificate.checkValidity(Date.from(signedAt));
            } catch (GeneralSecurityException e) {
                problems.add(Reason.CERTIFICATE_NOT_VALID);
            }
        }
        return new CmsFacts(certificate, signedAt);
    }

    private static Instant timestamp(SignerInformation signer, X509Certificate root, List<Reason> problems) {
        Attribute attribute = signer.getUnsignedAttributes() == null ? null
                : signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null || attribute.getAttrValues().size() != 1) {
            problems.add(Reason.TIMESTAMP_MISSING);
            return null;
        }
        try {
            TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));
            X509Certificate service = certificate(token.getCertificates().getMatches(token.getSID()));
            boolean imprint = NISTObjectIdentifiers.id_sha256.equals(token.getTimeStampInfo().getMessageImprintAlgOID())
                    && Arrays.equals(token.getTimeStampInfo().getMessageImprintDigest(), Crypto.sha256(signer.getSignature()));
            if (service == null || !imprint || !issuedBy(service, root) || service.getExtendedKeyUsage() == null
                    || !service.getExtendedKeyUsage().contains(KeyPurposeId.id_kp_timeStamping.getId())) {
                problems.add(Reason.TIMESTAMP_INVALID);
                return null;
            }
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(Crypto.BC).build(service));
            return token.getTimeStampInfo().getGenTime().toInstant();
        } catch (TSPException | IOException | OperatorCreationException | GeneralSecurityException
                 | RuntimeException e) {
            problems.add(Reason.TIMESTAMP_INVALID);
            return null;
        }
    }

    private static boolean namesCertificate(SignerInformation signer, X509Certificate certificate) {
        if (signer.getSignedAttributes() == null) {
            return false;
        }
        Attribute attribute = signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return false;
        }
        try {
            ESSCertIDv2[] ids = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts();
            if (ids.length == 0 || !NISTObjectIdentifiers.id_sha256.equals(ids[0].getHashAlgorithm().getAlgorithm())) {
                return false;
            }
            return Arrays.equals(ids[0].getCertHash(), Crypto.sha256(certificate.getEncoded()));
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    static boolean issuedBy(X509Certificate certificate, X509Certificate root) {
        if (!certificate.getIssuerX500Principal().equals(root.getSubjectX500Principal())) {
            return false;
        }
        try {
            certificate.verify(root.getPublicKey(), Crypto.BC);
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static X509Certificate certificate(Collection<X509CertificateHolder> matches) {
        if (matches.size() != 1) {
            return null;
        }
        try {
            return new JcaX509CertificateConverter().setProvider(Crypto.BC).getCertificate(matches.iterator().next());
        } catch (GeneralSecurityException e) {
            return null;
        }
    }

    /** The signature's /Reference says DocMDP P=1 and the catalog's /Perms /DocMDP points at it. */
    private static boolean certifiesNoChanges(PDDocument document, PDSignature signature) {
        COSDictionary perms = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PERMS);
        if (perms == null || perms.getCOSDictionary(COSName.DOCMDP) != signature.getCOSObject()) {
            return false;
        }
        COSArray references = signature.getCOSObject().getCOSArray(COSName.getPDFName("Reference"));
        if (references == null) {
            return false;
        }
        for (COSBase item : references) {
            COSBase value = item instanceof org.apache.pdfbox.cos.COSObject o ? o.getObject() : item;
            if (value instanceof COSDictionary reference
                    && COSName.DOCMDP.equals(reference.getCOSName(COSName.getPDFName("TransformMethod")))) {
                COSDictionary params = reference.getCOSDictionary(COSName.getPDFName("TransformParams"));
                return params != null && params.getInt(COSName.P, 2) == 1;
            }
        }
        return false;
    }

    private static Map<String, String> information(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        Map<String, String> values = new LinkedHashMap<>();
        String license = info.getCustomMetadataValue(INFO_LICENSE);
        if (license != null && license.length() <= 100) {
            values.put(INFO_LICENSE, license);
        }
        return values;
    }
}
