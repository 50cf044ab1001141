package onestop.seal;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether what was appended to a sealed PDF after its signed revision is validation data
 * only: a {@code /DSS} dictionary in the catalog (certificates, CRLs, OCSP answers) and document
 * timestamps (an invisible {@code /DocTimeStamp} signature field). Everything else the reader
 * would see or run must be unchanged: every catalog entry, the form's other fields, every page
 * with its contents, resources and annotations, and the document information. DocMDP P=1 forbids
 * any other change, and a reader that shows the latest revision would show it (the incremental
 * "overlay" attack: new text over the holder's name keeps the original signature intact).
 *
 * <p>The two revisions are compared as object graphs, streams by their encoded bytes (never
 * decompressed, so a compression bomb costs nothing), within limits on objects and bytes.
 */
final class RevisionCheck {
    enum Result { ONLY_VALIDATION_DATA, OTHER_CHANGES, TOO_COMPLEX }

    private static final int MAX_NODES = 500_000;
    private static final long MAX_STREAM_BYTES = 64L * 1024 * 1024;
    private static final COSName DSS = COSName.getPDFName("DSS");
    /** Back-references: compared where they point from, not followed. */
    private static final Set<COSName> BACK_REFERENCES = Set.of(COSName.PARENT, COSName.P);

    private final Map<COSBase, COSBase> compared = new IdentityHashMap<>();
    private int nodes;
    private long streamBytes;

    private static final class TooComplex extends RuntimeException {
        TooComplex() {
            super(null, null, false, false);
        }
    }

    private RevisionCheck() {
    }

    static Result compare(PDDocument signed, PDDocument latest) {
        try {
            return new RevisionCheck().compareDocuments(signed, latest) ? Result.ONLY_VALIDATION_DATA
                    : Result.OTHER_CHANGES;
        } catch (TooComplex e) {
            return Result.TOO_COMPLEX;
        } catch (IOException | RuntimeException e) {
            return Result.OTHER_CHANGES;
        }
    }

    private boolean compareDocuments(PDDocument signed, PDDocument latest) throws IOException {
        COSDictionary before = signed.getDocumentCatalog().getCOSObject();
        COSDictionary after = latest.getDocumentCatalog().getCOSObject();
        for (COSName key : union(before, after)) {
            if (key.equals(DSS) || key.equals(COSName.ACRO_FORM) || key.equals(COSName.PAGES)) {
                continue;
            }
            if (!same(before.getItem(key), after.getItem(key))) {
                return false;
            }
        }
        if (!sameForm(before.getCOSDictionary(COSName.ACRO_FORM), after.getCOSDictionary(COSName.ACRO_FORM))) {
            return false;
        }
        if (signed.getNumberOfPages() != latest.getNumberOfPages()) {
            return false;
        }
        for (int i = 0; i < signed.getNumberOfPages(); i++) {
            if (!samePage(signed.getPage(i).getCOSObject(), latest.getPage(i).getCOSObject())) {
                return false;
            }
        }
        return same(signed.getDocument().getTrailer().getItem(COSName.INFO),
                latest.getDocument().getTrailer().getItem(COSName.INFO));
    }

    /** The same fields, plus only document-timestamp fields. */
    private boolean sameForm(COSDictionary before, COSDictionary after) throws IOException {
        if (before == null || after == null) {
            return before == after;
        }
        for (COSName key : union(before, after)) {
            if (!key.equals(COSName.FIELDS) && !same(before.getItem(key), after.getItem(key))) {
                return false;
            }
        }
        return sameListPlusTimestamps(before.getCOSArray(COSName.FIELDS), after.getCOSArray(COSName.FIELDS), false);
    }

    /** The same page, whose annotations may only gain invisible document-timestamp widgets. */
    private boolean samePage(COSDictionary before, COSDictionary after) throws IOException {
        for (COSName key : union(before, after)) {
            if (!key.equals(COSName.ANNOTS) && !BACK_REFERENCES.contains(key)
                    && !same(before.getItem(key), after.getItem(key))) {
                return false;
            }
        }
        return sameListPlusTimestamps(before.getCOSArray(COSName.ANNOTS), after.getCOSArray(COSName.ANNOTS), true);
    }

    private boolean sameListPlusTimestamps(COSArray before, COSArray after, boolean widgets) throws IOException {
        int kept = before == null ? 0 : before.size();
        int now = after == null ? 0 : after.size();
        if (now < kept) {
            return false;
        }
        for (int i = 0; i < kept; i++) {
            if (!same(before.get(i), after.get(i))) {
                return false;
            }
        }
        for (int i = kept; i < now; i++) {
            if (!(resolve(after.get(i)) instanceof COSDictionary added) || !isDocumentTimestamp(added, widgets)) {
                return false;
            }
        }
        return true;
    }

    /** A signature field (or its merged widget) whose value is a document timestamp, drawn nowhere. */
    private static boolean isDocumentTimestamp(COSDictionary field, boolean widget) {
        COSDictionary value = field.getCOSDictionary(COSName.V);
        if (!COSName.SIG.equals(field.getCOSName(COSName.FT)) || value == null
                || !COSName.DOC_TIME_STAMP.equals(value.getCOSName(COSName.TYPE))) {
            return false;
        }
        if (!widget) {
            return true;
        }
        COSArray rect = field.getCOSArray(COSName.RECT);
        if (rect == null || rect.size() != 4) {
            return true;
        }
        float[] r = rect.toFloatArray();
        return Math.abs(r[2] - r[0]) < 0.01f || Math.abs(r[3] - r[1]) < 0.01f;
    }

    private boolean same(COSBase a, COSBase b) throws IOException {
        COSBase x = resolve(a);
        COSBase y = resolve(b);
        if (x == null || y == null) {
            return x == y || (x == null ? y instanceof org.apache.pdfbox.cos.COSNull
                    : x instanceof org.apache.pdfbox.cos.COSNull);
        }
        if (++nodes > MAX_NODES) {
            throw new TooComplex();
        }
        if (compared.get(x) == y) {
            return true;
        }
        if (x instanceof COSStream s && y instanceof COSStream t) {
            compared.put(x, y);
            return sameEntries(s, t) && sameBytes(s, t);
        }
        if (x instanceof COSDictionary d && y instanceof COSDictionary e) {
            if (x instanceof COSStream || y instanceof COSStream) {
                return false;
            }
            compared.put(x, y);
            return sameEntries(d, e);
        }
        if (x instanceof COSArray u && y instanceof COSArray v) {
            if (u.size() != v.size()) {
                return false;
            }
            compared.put(x, y);
            for (int i = 0; i < u.size(); i++) {
                if (!same(u.get(i), v.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (x instanceof org.apache.pdfbox.cos.COSString s && y instanceof org.apache.pdfbox.cos.COSString t) {
            return Arrays.equals(s.getBytes(), t.getBytes());
        }
        return x.equals(y);
    }

    private boolean sameEntries(COSDictionary d, COSDictionary e) throws IOException {
        if (d.size() != e.size()) {
            return false;
        }
        for (Map.Entry<COSName, COSBase> entry : d.entrySet()) {
            if (!e.containsKey(entry.getKey())) {
                return false;
            }
            if (!BACK_REFERENCES.contains(entry.getKey()) && !same(entry.getValue(), e.getItem(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private boolean sameBytes(COSStream s, COSStream t) throws IOException {
        try (InputStream a = s.createRawInputStream(); InputStream b = t.createRawInputStream()) {
            byte[] x = new byte[8192];
            byte[] y = new byte[8192];
            while (true) {
                int n = a.readNBytes(x, 0, x.length);
                int m = b.readNBytes(y, 0, y.length);
                if (n != m || !Arrays.equals(x, 0, n, y, 0, m)) {
                    return false;
                }
                streamBytes += n;
                if (streamBytes > MAX_STREAM_BYTES) {
                    throw new TooComplex();
                }
                if (n < x.length) {
                    return true;
                }
            }
        }
    }

    private static COSBase resolve(COSBase base) {
        return base instanceof COSObject object ? object.getObject() : base;
    }

    private static Set<COSName> union(COSDictionary a, COSDictionary b) {
        Set<COSName> keys = new java.util.LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
