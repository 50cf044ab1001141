package onestop.documents.pdf;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One font file (a .ttf, or the first font of a .ttc), parsed on first use and then kept. */
final class FontFace {
    private interface Parser {
        TrueTypeFont parse() throws IOException;
    }

    private final String label;
    private final Parser parser;
    private volatile TrueTypeFont font;
    private volatile CmapLookup cmap;

    private FontFace(String label, Parser parser) {
        this.label = label;
        this.parser = parser;
    }

    static FontFace file(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ttc")) {
            return new FontFace(path.toString(), () -> firstOfCollection(path));
        }
        return new FontFace(path.toString(),
                () -> new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile())));
    }

    static FontFace resource(String name) {
        return new FontFace("classpath:" + name, () -> {
            try (InputStream in = FontFace.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IOException("resource not found");
                }
                return new TTFParser().parse(new RandomAccessReadBuffer(in));
            }
        });
    }

    /** Members of a collection share the collection's data, so it is deliberately never closed. */
    private static TrueTypeFont firstOfCollection(Path path) throws IOException {
        List<TrueTypeFont> members = new ArrayList<>();
        @SuppressWarnings("resource")
        TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
        collection.processAllFonts(members::add);
        if (members.isEmpty()) {
            throw new IOException("empty font collection");
        }
        return members.get(0);
    }

    String label() {
        return label;
    }

    /** The parsed font, the same object for every caller. */
    TrueTypeFont font() {
        TrueTypeFont result = font;
        if (result == null) {
            synchronized (this) {
                result = font;
                if (result == null) {
                    result = parse();
                    font = result;
                }
            }
        }
        return result;
    }

    boolean hasGlyph(int codePoint) {
        font();
        return cmap.getGlyphId(codePoint) != 0;
    }

    private TrueTypeFont parse() {
        TrueTypeFont parsed;
        try {
            parsed = parser.parse();
        } catch (IOException | RuntimeException e) {
            throw new PdfFontException("Cannot read font " + label + ": " + e.getMessage()
                    + ". " + FontLibrary.ADVICE, e);
        }
        try {
            if (!parsed.getTableMap().containsKey("glyf")) {
                throw new PdfFontException("Font " + label + " has CFF (PostScript) outlines; PDFBox"
                        + " embeds only TrueType (glyf) outlines. " + FontLibrary.ADVICE);
            }
            cmap = parsed.getUnicodeCmapLookup();
            // GSUB would draw "ffi" and "——" as ligature glyphs that extract as U+FB03 and U+2E3A,
            // which breaks search; Chinese horizontal text needs no substitution.
            parsed.setEnableGsub(false);
        } catch (IOException e) {
            throw new PdfFontException("Font " + label + " has no Unicode cmap. " + FontLibrary.ADVICE, e);
        }
        return parsed;
    }

    @Override
    public String toString() {
        return label;
    }
}
