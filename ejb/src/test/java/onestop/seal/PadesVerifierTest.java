package onestop.seal;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sealing and verification without a server: every tampering case rejected, the untouched file accepted. */
class PadesVerifierTest {
    private static TestAuthority authority;
    private static SealKey seal;
    private static byte[] sealed;

    @BeforeAll
    static void sealOnce() {
        authority = new TestAuthority("測試市行政服務中心");
        seal = authority.seal(SealAlgorithm.ECDSA_P256);
        sealed = authority.sealed(seal, "大慶建工集團有限公司");
    }

    private static SignatureReport verify(byte[] pdf) {
        return PadesVerifier.verify(pdf, authority.rootCertificate());
    }

    @Test
    @DisplayName("an untouched sealed document is intact, signed by its seal at the timestamp's time, as issued")
    void untouched() {
        SignatureReport report = verify(sealed);

        assertEquals(List.of(), report.problems());
        assertEquals(seal.certificate(), report.signer());
        assertTrue(Duration.between(report.signedAt(), Instant.now()).abs().toSeconds() < 60, "signed at " + report.signedAt());
        assertEquals(HexFormat.of().formatHex(Crypto.sha256(sealed)), report.signedRevisionSha256());
        assertEquals("ZJJ-2026-000001", report.info().get(PadesVerifier.INFO_LICENSE));
    }

    @Test
    @DisplayName("the signature is PAdES baseline: CAdES detached, SHA-256, signing-certificate-v2, no signing-time, a timestamp, DocMDP P=1")
    void padesBaseline() throws Exception {
        try (PDDocument document = Loader.loadPDF(sealed)) {
            PDSignature signature = document.getSignatureDictionaries().get(0);
            int[] range = signature.getByteRange();
            byte[] content = Arrays.copyOf(sealed, range[1] + range[3]);
            System.arraycopy(sealed, range[2], content, range[1], range[3]);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(content),
                    new ByteArrayInputStream(signature.getContents()));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            AttributeTable signedAttributes = signer.getSignedAttributes();

            assertEquals("ETSI.CAdES.detached", signature.getSubFilter());
            assertEquals(NISTObjectIdentifiers.id_sha256.getId(), signer.getDigestAlgOID());
            assertNotNull(signedAttributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2));
            assertNotNull(signedAttributes.get(CMSAttributes.contentType));
            assertNotNull(signedAttributes.get(CMSAttributes.messageDigest));
            assertNull(signedAttributes.get(CMSAttributes.signingTime));
            assertNotNull(signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken));
            assertEquals(1, signature.getCOSObject().getCOSArray(COSName.getPDFName("Reference")).getObject(0) instanceof
                    org.apache.pdfbox.cos.COSDictionary reference
                    ? reference.getCOSDictionary(COSName.getPDFName("TransformParams")).getInt(COSName.P) : -1);
            assertEquals(sealed.length, range[2] + range[3], "the signature covers the whole file");
        }
    }

    @Test
    @DisplayName("one byte changed in the signed part: the signature no longer matches")
    void flippedByte() {
        assertEquals(List.of(Reason.SIGNATURE_INVALID), verify(Tampering.flipByte(sealed)).problems());
    }

    @Test
    @DisplayName("an incremental update laying a new name over the page keeps the signature intact but is caught")
    void overlay() {
        byte[] forged = Tampering.overlayText(sealed, "Li Dahua Trading Co.");

        SignatureReport report = verify(forged);

        assertEquals(List.of(Reason.MODIFIED_AFTER_SIGNING), report.problems());
        assertEquals(HexFormat.of().formatHex(Crypto.sha256(sealed)), report.signedRevisionSha256(),
                "the signed revision is still the issued file");
    }

    @Test
    @DisplayName("validation data appended afterwards (a /DSS dictionary, a document timestamp) is allowed")
    void validationDataAllowed() throws Exception {
        byte[] withDss = Tampering.appendDss(sealed, authority.rootCertificate().getEncoded());
        byte[] withTimestamp = Tampering.appendDocumentTimestamp(withDss, authority.timestamps);

        assertTrue(withTimestamp.length > withDss.length && withDss.length > sealed.length);
        assertEquals(List.of(), verify(withDss).problems());
        assertEquals(List.of(), verify(withTimestamp).problems());
        assertEquals(HexFormat.of().formatHex(Crypto.sha256(sealed)), verify(withTimestamp).signedRevisionSha256());
    }

    @Test
    @DisplayName("anything but hex digits in the signature's place is refused (signature wrapping)")
    void dirtyGap() {
        assertEquals(List.of(Reason.CONTENTS_INVALID), verify(Tampering.dirtyGap(sealed)).problems());
    }

    @Test
    @DisplayName("a signature copied from another sealed document does not match this one")
    void copiedSignature() {
        byte[] other = authority.sealed(seal, "另一家公司");

        SignatureReport report = verify(Tampering.copySignature(other, sealed));

        assertTrue(report.problems().contains(Reason.SIGNATURE_INVALID), report.problems().toString());
    }

    @Test
    @DisplayName("a look-alike seal whose certificate comes from another authority is not trusted")
    void foreignCertificate() {
        TestAuthority forger = new TestAuthority("測試市行政服務中心");
        byte[] forged = forger.sealed(forger.seal(SealAlgorithm.ECDSA_P256), "大慶建工集團有限公司");

        SignatureReport report = verify(forged);

        assertTrue(report.problems().contains(Reason.CERTIFICATE_NOT_TRUSTED), report.problems().toString());
        assertTrue(report.problems().contains(Reason.TIMESTAMP_INVALID), report.problems().toString());
    }

    @Test
    @DisplayName("a second signature after the seal is refused")
    void twoSignatures() {
        assertEquals(List.of(Reason.MULTIPLE_SIGNATURES),
                verify(Tampering.addSecondSignature(sealed, authority.seal(SealAlgorithm.ECDSA_P256))).problems());
    }

    @Test
    @DisplayName("a seal used outside its certificate's validity is refused")
    void certificateNotYetValid() {
        SealKey future = authority.seal(SealAlgorithm.ECDSA_P256, Instant.now().plus(Duration.ofDays(2)),
                Instant.now().plus(Duration.ofDays(30)));

        assertEquals(List.of(Reason.CERTIFICATE_NOT_VALID), verify(authority.sealed(future, "某公司")).problems());
    }

    @ParameterizedTest
    @EnumSource(SealAlgorithm.class)
    @DisplayName("seals of every algorithm (ECDSA P-256, RSA-2048, SM2/SM3) verify")
    void everyAlgorithm(SealAlgorithm algorithm) {
        SealKey key = authority.seal(algorithm);

        SignatureReport report = verify(authority.sealed(key, "某公司"));

        assertEquals(List.of(), report.problems());
        assertEquals(key.certificate(), report.signer());
    }

    @ParameterizedTest
    @EnumSource(SealAlgorithm.class)
    @DisplayName("the space kept in the file for the signature holds it with room to spare, for every algorithm")
    void reservedSpace(SealAlgorithm algorithm) throws Exception {
        SealKey key = authority.seal(algorithm);
        int reserved = PadesSigner.reservedBytes(key, authority.timestamps);
        for (int i = 0; i < 20; i++) {
            int cms = PadesSigner.cms(new java.io.ByteArrayInputStream(new byte[4096]), key, authority.timestamps,
                    new java.time.Instant[1]).length;
            assertTrue(cms + 512 <= reserved, "CMS " + cms + " bytes, reserved " + reserved);
        }
    }

    @Test
    @DisplayName("bad input gets a clear answer: not a PDF, encrypted, no signature, truncated, too large")
    void badInput() {
        SealPlacementHolder holder = new SealPlacementHolder();
        byte[] plain = TestAuthority.notice("某公司", holder.placement);

        assertEquals(List.of(Reason.NOT_PDF), verify("hello, this is not a PDF".getBytes(StandardCharsets.UTF_8)).problems());
        assertEquals(List.of(Reason.NOT_PDF), verify(new byte[0]).problems());
        assertEquals(List.of(Reason.ENCRYPTED), verify(Tampering.encrypted(plain, "user-secret")).problems());
        assertEquals(List.of(Reason.ENCRYPTED), verify(Tampering.encrypted(plain, "")).problems());
        assertEquals(List.of(Reason.NO_SIGNATURE), verify(plain).problems());
        List<Reason> truncated = verify(Arrays.copyOf(sealed, sealed.length * 2 / 3)).problems();
        assertTrue(truncated.equals(List.of(Reason.DAMAGED)) || truncated.equals(List.of(Reason.BYTE_RANGE_INVALID))
                || truncated.equals(List.of(Reason.NO_SIGNATURE)), truncated.toString());
        byte[] huge = Arrays.copyOf(sealed, PadesVerifier.MAX_BYTES + 1);
        assertEquals(List.of(Reason.TOO_LARGE), verify(huge).problems());
    }

    private static final class SealPlacementHolder {
        final onestop.documents.pdf.SealPlacement[] placement = new onestop.documents.pdf.SealPlacement[1];
    }
}
