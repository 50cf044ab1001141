package onestop.seal;

import onestop.documents.pdf.SealPlacement;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.tsp.TimeStampToken;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * Seals a PDF: a PAdES baseline signature ({@code ETSI.CAdES.detached}) that certifies the
 * document with DocMDP P=1 (no changes allowed), shows the seal picture at its placement, and
 * carries an RFC 3161 timestamp over the signature value (PAdES B-T).
 *
 * <p>The CMS follows ETSI EN 319 122-1 baseline: SHA-256 (SM3 for SM2 seals), signed attributes
 * content-type, message-digest, CMS algorithm protection and ESS signing-certificate-v2, and no
 * signing-time (the claimed time is the dictionary's {@code /M}, the trusted one the timestamp).
 * The certificate chain (seal, root) travels in the CMS.
 */
final class PadesSigner {
    /**
     * Margin kept for the CMS beyond its certificates and signature values, in bytes. The rest of a
     * measured CMS (attributes, the timestamp's TSTInfo, the ASN.1 structure) is 1.3–1.5 KB.
     */
    static final int RESERVE_MARGIN = 2048;


    /** A sealed file and the time its timestamp certifies (null without a timestamp service). */
    record Signed(byte[] pdf, Instant timestamp) {
    }

    /** What the signature dictionary says about the signing, and custom document-information entries. */
    record Details(String name, String reason, String location, Instant time, Map<String, String> info) {
    }

    private PadesSigner() {
    }

    /**
     * @param placement where the seal is drawn; null for an invisible signature
     * @throws IllegalArgumentException if the PDF is encrypted or already signed
     */
    static Signed sign(byte[] pdf, SealKey key, SealAppearance appearance, SealPlacement placement,
                       TimeStamper timestamps, Details details) throws IOException {
        int reserve = reservedBytes(key, timestamps);
        try {
            return sign(pdf, key, appearance, placement, timestamps, details, reserve);
        } catch (IOException e) {
            if (e.getMessage() == null || !e.getMessage().contains("not enough space")) {
                throw e;
            }
            return sign(pdf, key, appearance, placement, timestamps, details, 4 * reserve);   // never seen; kept safe
        }
    }

    /**
     * The space kept in the file for the CMS: its certificates, its two signature values and
     * {@link #RESERVE_MARGIN}. Not a round 8 KB "to be safe": PDFBox writes each reserved byte as two
     * hex digits through a synchronized write, and 8 KB cost 0.15 ms a document (measured).
     */
    static int reservedBytes(SealKey key, TimeStamper timestamps) throws IOException {
        try {
            int size = RESERVE_MARGIN + key.certificate().getEncoded().length + key.root().getEncoded().length
                    + signatureBytes(key.certificate().getPublicKey());
            if (timestamps != null) {
                size += timestamps.certificate().getEncoded().length + signatureBytes(timestamps.certificate().getPublicKey());
            }
            return size;
        } catch (CertificateEncodingException e) {
            throw new IOException("the seal's certificates cannot be encoded", e);
        }
    }

    /** At most how long a signature value of this key is, DER-encoded. */
    private static int signatureBytes(java.security.PublicKey key) {
        if (key instanceof java.security.interfaces.RSAKey rsa) {
            return rsa.getModulus().bitLength() / 8 + 16;
        }
        return 160;                                      // ECDSA and SM2 up to 521-bit curves: 2 integers + DER
    }

    private static Signed sign(byte[] pdf, SealKey key, SealAppearance appearance, SealPlacement placement,
                               TimeStamper timestamps, Details details, int reserve) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.isEncrypted()) {
                throw new IllegalArgumentException("an encrypted PDF cannot be sealed");
            }
            if (!document.getSignatureDictionaries().isEmpty()) {
                throw new IllegalArgumentException("the PDF is already signed; a certifying seal must be the first signature");
            }
            if (placement != null && placement.pageIndex() >= document.getNumberOfPages()) {
                throw new IllegalArgumentException("the seal's page " + placement.pageIndex() + " is not in the document");
            }
            if (details.info() != null && !details.info().isEmpty()) {
                var information = document.getDocumentInformation();
                details.info().forEach(information::setCustomMetadataValue);
                information.getCOSObject().setNeedToBeUpdated(true);
                document.getDocument().getTrailer().setNeedToBeUpdated(true);
            }
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(details.name());
            signature.setReason(details.reason());
            signature.setLocation(details.location());
            Calendar time = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            time.setTimeInMillis(details.time().toEpochMilli());
            signature.setSignDate(time);
            certifyNoChanges(document, signature);

            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(reserve);
                options.setPage(placement == null ? 0 : placement.pageIndex());
                Instant[] stamped = new Instant[1];
                document.addSignature(signature, content -> cms(content, key, timestamps, stamped), options);
                if (placement != null) {
                    showSeal(document, signature, placement, appearance);
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * reserve + 64 * 1024);
                document.saveIncremental(out);
                return new Signed(out.toByteArray(), stamped[0]);
            }
        }
    }

    /** DocMDP transform with P=1: the signature certifies the document and no change is permitted. */
    private static void certifyNoChanges(PDDocument document, PDSignature signature) {
        COSDictionary params = new COSDictionary();
        params.setItem(COSName.TYPE, COSName.getPDFName("TransformParams"));
        params.setInt(COSName.P, 1);
        params.setName(COSName.V, "1.2");
        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, COSName.getPDFName("SigRef"));
        reference.setItem(COSName.getPDFName("TransformMethod"), COSName.DOCMDP);
        reference.setItem(COSName.getPDFName("TransformParams"), params);
        COSArray references = new COSArray();
        references.add(reference);
        signature.getCOSObject().setItem(COSName.getPDFName("Reference"), references);

        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        COSDictionary permissions = new COSDictionary();
        permissions.setItem(COSName.DOCMDP, signature.getCOSObject());
        catalog.setItem(COSName.PERMS, permissions);
        catalog.setNeedToBeUpdated(true);
    }

    /** Gives the signature's widget the seal's rectangle and an appearance that draws the picture. */
    private static void showSeal(PDDocument document, PDSignature signature, SealPlacement placement,
                                 SealAppearance appearance) throws IOException {
        PDSignatureField field = null;
        for (PDField candidate : document.getDocumentCatalog().getAcroForm(null).getFieldTree()) {
            if (candidate instanceof PDSignatureField s && s.getSignature() != null
                    && s.getSignature().getCOSObject() == signature.getCOSObject()) {
                field = s;
            }
        }
        if (field == null) {
            throw new IllegalStateException("PDFBox did not create the signature field");
        }
        field.setPartialName("seal");
        PDAnnotationWidget widget = field.getWidgets().get(0);
        PDRectangle rectangle = new PDRectangle(placement.x(), placement.y(), placement.width(), placement.height());
        widget.setRectangle(rectangle);
        PDPage page = document.getPage(placement.pageIndex());
        widget.setPage(page);
        widget.setPrinted(true);
        widget.setLocked(true);

        PDAppearanceStream stream = new PDAppearanceStream(document);
        stream.setBBox(new PDRectangle(placement.width(), placement.height()));
        stream.setResources(new PDResources());
        try (PDPageContentStream content = new PDPageContentStream(document, stream)) {
            content.drawImage(appearance.toImage(document), 0, 0, placement.width(), placement.height());
        }
        PDAppearanceDictionary appearances = new PDAppearanceDictionary();
        appearances.setNormalAppearance(stream);
        widget.setAppearance(appearances);
        widget.getCOSObject().setNeedToBeUpdated(true);
        field.getCOSObject().setNeedToBeUpdated(true);
        page.getCOSObject().setNeedToBeUpdated(true);
    }

    /** The detached CMS over the ByteRange content, with the timestamp token added as unsigned attribute. */
    static byte[] cms(InputStream content, SealKey key, TimeStamper timestamps, Instant[] stampedAt) throws IOException {
        byte[] data = content.readAllBytes();
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(Crypto.DIGESTS)
                    .setSignedAttributeGenerator(signedAttributes(key))
                    .build(new JcaContentSignerBuilder(key.algorithm().signatureAlgorithm()).setProvider(Crypto.BC)
                            .build(key.key()), key.certificate()));
            generator.addCertificates(new JcaCertStore(List.of(key.certificate(), key.root())));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(data), false);
            if (timestamps != null) {
                signed = withTimestamp(signed, timestamps, stampedAt);
            }
            return signed.toASN1Structure().getEncoded(ASN1Encoding.DER);
        } catch (CMSException | OperatorCreationException | CertificateEncodingException e) {
            throw new IOException("cannot build the seal's signature", e);
        }
    }

    private static CMSAttributeTableGenerator signedAttributes(SealKey key) throws CertificateEncodingException {
        byte[] certificateHash = Crypto.sha256(key.certificate().getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(X500Name.getInstance(key.certificate().getIssuerX500Principal().getEncoded()))),
                key.certificate().getSerialNumber());
        SigningCertificateV2 signingCertificate = new SigningCertificateV2(new ESSCertIDv2(
                new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), certificateHash, issuerSerial));
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(signingCertificate)));
        AttributeTable fixed = new AttributeTable(attributes);
        return new DefaultSignedAttributeTableGenerator(fixed) {
            @Override
            public AttributeTable getAttributes(Map parameters) {
                return super.getAttributes(parameters).remove(CMSAttributes.signingTime);
            }
        };
    }

    private static CMSSignedData withTimestamp(CMSSignedData signed, TimeStamper timestamps, Instant[] stampedAt)
            throws IOException {
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        TimeStampToken token = timestamps.stamp(Crypto.sha256(signer.getSignature()));
        if (stampedAt != null) {
            stampedAt[0] = token.getTimeStampInfo().getGenTime().toInstant();
        }
        ASN1EncodableVector unsigned = new ASN1EncodableVector();
        unsigned.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(token.toCMSSignedData().toASN1Structure())));
        SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(unsigned));
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
    }
}
