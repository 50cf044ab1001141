package onestop.seal;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Calendar;

/** The attacks and the harmless additions the verifier must tell apart; each returns a new file. */
final class Tampering {
    private Tampering() {
    }

    /** Changes one byte of the signed part: inside the first stream's data (a page's or a font's bytes). */
    static byte[] flipByte(byte[] pdf) {
        byte[] copy = pdf.clone();
        int at = indexOf(copy, "stream".getBytes(StandardCharsets.US_ASCII));
        if (at < 0) {
            throw new AssertionError("no stream to change");
        }
        copy[at + 24] ^= 0x20;
        return copy;
    }

    /** An incremental update that paints a white box and a new name over the page: the signature stays intact. */
    static byte[] overlayText(byte[] pdf, String text) {
        return update(pdf, document -> {
            PDPage page = document.getPage(0);
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.setNonStrokingColor(1f, 1f, 1f);
                content.addRect(150, 650, 250, 20);
                content.fill();
                content.beginText();
                content.setNonStrokingColor(0f, 0f, 0f);
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(152, 655);
                content.showText(text);
                content.endText();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
        });
    }

    /** An incremental update that only adds validation data: a /DSS dictionary with one certificate. */
    static byte[] appendDss(byte[] pdf, byte[] certificate) {
        return update(pdf, document -> {
            COSStream cert = document.getDocument().createCOSStream();
            try (OutputStream out = cert.createOutputStream()) {
                out.write(certificate);
            }
            COSArray certs = new COSArray();
            certs.add(cert);
            COSDictionary dss = new COSDictionary();
            dss.setItem(COSName.getPDFName("Certs"), certs);
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            catalog.setItem(COSName.getPDFName("DSS"), dss);
            catalog.setNeedToBeUpdated(true);
        });
    }

    /** An incremental update that adds an invisible document timestamp (PAdES B-LTA style). */
    static byte[] appendDocumentTimestamp(byte[] pdf, TimeStamper timestamps) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature timestamp = new PDSignature();
            timestamp.setType(COSName.DOC_TIME_STAMP);
            timestamp.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            timestamp.setSubFilter(COSName.getPDFName("ETSI.RFC3161"));
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(8192);
                document.addSignature(timestamp, content -> {
                    try {
                        byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.readAllBytes());
                        return timestamps.stamp(digest).getEncoded();
                    } catch (java.security.NoSuchAlgorithmException e) {
                        throw new IOException(e);
                    }
                }, options);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.saveIncremental(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A second approval signature after ours (made with a signer of the caller's choice). */
    static byte[] addSecondSignature(byte[] pdf, SealKey key) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setSignDate(Calendar.getInstance());
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(8192);
                document.addSignature(signature, content -> PadesSigner.cms(content, key, null, null), options);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.saveIncremental(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts the signature of {@code donor} into {@code target}'s signature place (both as issued, same length). */
    static byte[] copySignature(byte[] donor, byte[] target) {
        int[] from = gap(donor);
        int[] to = gap(target);
        byte[] copy = target.clone();
        int length = Math.min(from[1] - from[0], to[1] - to[0]);
        Arrays.fill(copy, to[0] + 1, to[1] - 1, (byte) '0');
        System.arraycopy(donor, from[0] + 1, copy, to[0] + 1, length - 2);
        return copy;
    }

    /** Writes a non-hex byte into the zero padding of the signature's place (room for a hidden object). */
    static byte[] dirtyGap(byte[] pdf) {
        int[] gap = gap(pdf);
        byte[] copy = pdf.clone();
        copy[gap[1] - 3] = ' ';
        return copy;
    }

    static byte[] encrypted(byte[] plainPdf, String userPassword) {
        try (PDDocument document = Loader.loadPDF(plainPdf)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The offsets of {@code <} and after {@code >} of the signature's place, from its ByteRange. */
    static int[] gap(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int[] range = document.getSignatureDictionaries().get(0).getByteRange();
            return new int[] {range[1], range[2]};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    interface Change {
        void apply(PDDocument document) throws IOException;
    }

    static byte[] update(byte[] pdf, Change change) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            change.apply(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
