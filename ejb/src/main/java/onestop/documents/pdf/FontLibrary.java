package onestop.documents.pdf;

import org.apache.fontbox.ttf.TrueTypeFont;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The fonts every PDF uses, as a fallback chain: each character is drawn with the first face
 * that has a glyph for it. Order: the font configured by {@value #FONT_PROPERTY} (bold from
 * {@value #BOLD_PROPERTY}), the build's Noto Sans TC, then Noto Sans SC if the build ships it,
 * then the fonts listed in {@value #FALLBACK_PROPERTY} (e.g. one with rare characters for
 * names), then system glyf fonts ({@link #SYSTEM_FONTS}). Noto Sans TC lacks about a quarter of the
 * GB 2312 level-1 characters (most simplified forms: 办 书 证 许 …), so a Simplified Chinese
 * text needs a second face; Noto Sans SC covers all of GB 2312 and Big5 (measured).
 *
 * <p>Each face is parsed once per library (40–55 ms for a 7 MB font) and shared by all
 * documents. Sharing is safe across documents: {@code PDType0Font.load(doc, ttf, true)} does not
 * take ownership of the font (closing or subsetting a document never closes it; PDFBox 3.0.8
 * source). {@code TTFParser} reads every table eagerly into memory and glyph reads are
 * synchronized, but PDFBox promises no thread safety for {@code TrueTypeFont}, so the two steps
 * that read the shared font data in bulk (loading it into a document, and saving, which subsets)
 * run under {@link #locked}. Measuring text and drawing only read the parsed cmap and metrics.
 */
public final class FontLibrary {
    public static final String FONT_PROPERTY = "onestop.pdf.font";
    public static final String BOLD_PROPERTY = "onestop.pdf.font.bold";
    /** Extra fallback fonts (.ttf/.ttc paths separated by the path separator), regular weight only. */
    public static final String FALLBACK_PROPERTY = "onestop.pdf.font.fallback";
    /** Classpath font families, each as {@code <prefix>-Regular.ttf} and {@code <prefix>-Bold.ttf}. */
    public static final List<String> CLASSPATH_FAMILIES =
            List.of("/onestop/fonts/NotoSansTC", "/onestop/fonts/NotoSansSC");
    /** Debian glyf CJK fonts (fonts-wqy-zenhei, fonts-wqy-microhei, fonts-arphic-uming, fonts-droid-fallback). */
    public static final List<Path> SYSTEM_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));
    static final String ADVICE = "Use a TrueType-outline (glyf) CJK font: build the ejb module"
            + " (its generate-resources phase fetches Noto Sans TC with npm into /onestop/fonts/),"
            + " or set -D" + FONT_PROPERTY + "=/path/font.ttf (and -D" + BOLD_PROPERTY + "),"
            + " or install the Debian package fonts-wqy-zenhei. CFF-outline OpenType fonts"
            + " (Noto Sans CJK, Source Han Sans, .otf) cannot be embedded by PDFBox 3.0.8.";

    private static final System.Logger LOG = System.getLogger(FontLibrary.class.getName());

    /** Package-private so a test can tell that two documents used the very same parsed font. */
    record Face(FontFace regular, FontFace bold, boolean simplified) {
        FontFace style(boolean isBold) {
            return isBold ? bold : regular;
        }
    }

    @FunctionalInterface
    interface IOAction<T> {
        T run() throws IOException;
    }

    private static volatile FontLibrary shared;

    private final List<Face> faces;
    private final boolean[] broken;
    private final Object pdfboxLock;
    private volatile FontLibrary simplifiedFirst;

    private FontLibrary(List<Face> faces, Object pdfboxLock) {
        this.faces = List.copyOf(faces);
        this.broken = new boolean[faces.size()];
        this.pdfboxLock = pdfboxLock;
    }

    /**
     * The library of this JVM, resolved from the system properties on first use.
     *
     * @throws PdfFontException (on every call, until fixed) if no font is found
     */
    public static FontLibrary shared() {
        FontLibrary result = shared;
        if (result == null) {
            synchronized (FontLibrary.class) {
                result = shared;
                if (result == null) {
                    result = locate(System::getProperty, SYSTEM_FONTS);
                    shared = result;
                }
            }
        }
        return result;
    }

    /**
     * Resolves the chain. Files are only checked for existence here; they are parsed on first use.
     *
     * @throws PdfFontException if no font is found at all
     */
    public static FontLibrary locate(UnaryOperator<String> properties, List<Path> systemFonts) {
        return locate(properties, CLASSPATH_FAMILIES, systemFonts);
    }

    static FontLibrary locate(UnaryOperator<String> properties, List<String> classpathFamilies, List<Path> systemFonts) {
        return new FontLibrary(FontLocator.faces(properties, classpathFamilies, systemFonts), new Object());
    }

    /**
     * This chain as a document in the given language (BCP 47) should use it: for Simplified
     * Chinese (zh-Hans, zh-CN, zh-SG) the bundled Simplified face comes first, so that shared
     * characters take Mainland glyph forms and one font serves the whole text (each embedded
     * font costs about 6 ms per document: 2 ms to load, 4 ms to subset). Same parsed fonts.
     */
    public FontLibrary forLanguage(String languageTag) {
        if (!isSimplifiedChinese(languageTag) || faces.get(0).simplified()
                || faces.stream().noneMatch(Face::simplified)) {
            return this;
        }
        FontLibrary view = simplifiedFirst;
        if (view == null) {
            List<Face> ordered = new ArrayList<>(faces.stream().filter(Face::simplified).toList());
            faces.stream().filter(face -> !face.simplified()).forEach(ordered::add);
            view = new FontLibrary(ordered, pdfboxLock);
            simplifiedFirst = view;
        }
        return view;
    }

    static boolean isSimplifiedChinese(String languageTag) {
        if (languageTag == null) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(languageTag);
        if (!locale.getLanguage().equals("zh")) {
            return false;
        }
        return locale.getScript().isEmpty() ? Set.of("CN", "SG", "MY").contains(locale.getCountry())
                : locale.getScript().equals("Hans");
    }

    /** Where each face of the chain comes from, primary first. */
    public List<String> describe() {
        return faces.stream().map(face -> face.regular().label()).toList();
    }

    int size() {
        return faces.size();
    }

    Face face(int index) {
        return faces.get(index);
    }

    /** The parsed font of a face: parsed on the first call, the same object afterwards. */
    TrueTypeFont font(int face, boolean bold) {
        return faces.get(face).style(bold).font();
    }

    /**
     * The index of the first face with a glyph for the character, or -1. A fallback face that
     * cannot be read is logged and skipped; the primary one must work.
     */
    int faceFor(int codePoint, boolean bold) {
        for (int i = 0; i < faces.size(); i++) {
            if (broken[i]) {
                continue;
            }
            try {
                if (faces.get(i).style(bold).hasGlyph(codePoint)) {
                    return i;
                }
            } catch (PdfFontException e) {
                if (i == 0) {
                    throw e;
                }
                LOG.log(Level.WARNING, "Skipping fallback font: " + e.getMessage());
                broken[i] = true;
            }
        }
        return -1;
    }

    /** Runs a PDFBox step that reads the shared font data in bulk (load into a document, save). */
    <T> T locked(IOAction<T> action) throws IOException {
        synchronized (pdfboxLock) {
            return action.run();
        }
    }
}
