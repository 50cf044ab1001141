package onestop.documents.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fonts of one document: picks a face per character from the {@link FontLibrary} chain,
 * loads each face into the document (subset) when first needed, measures and draws text.
 *
 * <p>A character no face has is drawn as {@value #PLACEHOLDER_TEXT} (the typesetter's mark for a
 * character missing from the type case), logged and listed in {@link #missing()}, so the page
 * shows visibly that something is wrong instead of silently dropping it. In strict mode it is
 * refused instead: an official notice must not go out with a changed name.
 */
final class DocumentFonts {
    static final int PLACEHOLDER = 0x3013;
    static final String PLACEHOLDER_TEXT = "〓";
    private static final System.Logger LOG = System.getLogger(DocumentFonts.class.getName());

    record Run(PDType0Font font, String text) {
    }

    private final PDDocument document;
    private final FontLibrary library;
    private final boolean strict;
    private final PDType0Font[] loaded;
    private final Map<Long, Float> widths = new HashMap<>();
    private final Set<String> missing = new LinkedHashSet<>();

    DocumentFonts(PDDocument document, FontLibrary library, boolean strict) {
        this.document = document;
        this.library = library;
        this.strict = strict;
        this.loaded = new PDType0Font[library.size() * 2];
    }

    FontLibrary library() {
        return library;
    }

    /** Tabs become spaces, CR LF becomes LF; other control and format characters are dropped. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.replace("\r\n", "\n").replace('\r', '\n').codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append(' ');
            } else if (cp == '\n' || !(Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** The characters that no font could draw, in order of first appearance. */
    Set<String> missing() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(missing));
    }

    float width(String text, boolean bold, float size) {
        return (float) text.codePoints().mapToDouble(cp -> advance(cp, bold, size)).sum();
    }

    /** The advance of one character in points; 0 for one that is dropped. */
    float advance(int codePoint, boolean bold, float size) {
        int cp = drawable(codePoint, bold);
        if (cp < 0) {
            return 0;
        }
        int face = library.faceFor(cp, bold);
        long key = ((long) cp << 8) | ((long) face << 1) | (bold ? 1 : 0);
        Float units = widths.get(key);
        if (units == null) {
            try {
                units = font(face, bold).getStringWidth(new String(Character.toChars(cp)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            widths.put(key, units);
        }
        return units * size / 1000f;
    }

    /** Draws one line of text with its left end of the baseline at (x, y). */
    void show(PDPageContentStream stream, String text, boolean bold, float size, float x, float y) throws IOException {
        List<Run> runs = runs(text, bold);
        if (runs.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.newLineAtOffset(x, y);
        for (Run run : runs) {
            stream.setFont(run.font(), size);
            stream.showText(run.text());
        }
        stream.endText();
    }

    /** Splits text into runs of characters drawn with the same font. */
    List<Run> runs(String text, boolean bold) throws IOException {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentFace = -1;
        for (int codePoint : text.codePoints().toArray()) {
            int cp = drawable(codePoint, bold);
            if (cp < 0) {
                continue;
            }
            int face = library.faceFor(cp, bold);
            if (face != currentFace && current.length() > 0) {
                runs.add(new Run(font(currentFace, bold), current.toString()));
                current.setLength(0);
            }
            currentFace = face;
            current.appendCodePoint(cp);
        }
        if (current.length() > 0) {
            runs.add(new Run(font(currentFace, bold), current.toString()));
        }
        return runs;
    }

    /** The character to draw for {@code cp}: itself, the placeholder, or -1 to drop it. */
    private int drawable(int cp, boolean bold) {
        if (library.faceFor(cp, bold) >= 0) {
            return cp;
        }
        if (isVariationSelector(cp)) {
            return -1;
        }
        String character = new String(Character.toChars(cp));
        String message = String.format("No font has a glyph for '%s' (U+%04X); fonts: %s",
                character, cp, library.describe());
        if (strict) {
            throw new PdfFontException(message);
        }
        if (missing.add(character)) {
            LOG.log(Level.WARNING, message + "; drawn as " + PLACEHOLDER_TEXT);
        }
        if (library.faceFor(PLACEHOLDER, bold) >= 0) {
            return PLACEHOLDER;
        }
        return library.faceFor('?', bold) >= 0 ? '?' : -1;
    }

    private static boolean isVariationSelector(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    private PDType0Font font(int face, boolean bold) throws IOException {
        int index = face * 2 + (bold ? 1 : 0);
        if (loaded[index] == null) {
            var ttf = library.font(face, bold);
            // subset, always: full embedding extracts some ideographs as Kangxi radicals
            loaded[index] = library.locked(() -> PDType0Font.load(document, ttf, true));
        }
        return loaded[index];
    }
}
