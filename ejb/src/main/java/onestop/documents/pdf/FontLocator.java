package onestop.documents.pdf;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static onestop.documents.pdf.FontLibrary.ADVICE;
import static onestop.documents.pdf.FontLibrary.BOLD_PROPERTY;
import static onestop.documents.pdf.FontLibrary.FALLBACK_PROPERTY;
import static onestop.documents.pdf.FontLibrary.FONT_PROPERTY;

/** Finds the font files of the chain, in the order documented on {@link FontLibrary}. */
final class FontLocator {
    private FontLocator() {
    }

    static List<FontLibrary.Face> faces(UnaryOperator<String> properties, List<String> classpathFamilies,
                                        List<Path> systemFonts) {
        List<FontLibrary.Face> faces = new ArrayList<>();
        String configured = blankToNull(properties.apply(FONT_PROPERTY));
        if (configured != null) {
            Path regular = Path.of(configured);
            if (!Files.isReadable(regular)) {
                throw new PdfFontException(FONT_PROPERTY + "=" + configured + " is not a readable file. " + ADVICE);
            }
            String bold = blankToNull(properties.apply(BOLD_PROPERTY));
            FontFace regularFace = FontFace.file(regular);
            faces.add(new FontLibrary.Face(regularFace, bold == null ? regularFace : FontFace.file(Path.of(bold)), false));
        }
        for (String family : classpathFamilies) {
            String regular = family + "-Regular.ttf";
            String bold = family + "-Bold.ttf";
            if (FontLocator.class.getResource(regular) != null) {
                FontFace regularFace = FontFace.resource(regular);
                faces.add(new FontLibrary.Face(regularFace,
                        FontLocator.class.getResource(bold) != null ? FontFace.resource(bold) : regularFace,
                        family.endsWith("SC")));
            }
        }
        String fallbacks = blankToNull(properties.apply(FALLBACK_PROPERTY));
        for (String entry : fallbacks == null ? new String[0] : fallbacks.split(File.pathSeparator)) {
            Path path = Path.of(entry.trim());
            if (!Files.isReadable(path)) {
                throw new PdfFontException(FALLBACK_PROPERTY + " lists " + entry + ", which is not a readable file");
            }
            FontFace face = FontFace.file(path);
            faces.add(new FontLibrary.Face(face, face, false));
        }
        for (Path path : systemFonts) {
            if (Files.isReadable(path)) {
                FontFace face = FontFace.file(path);
                faces.add(new FontLibrary.Face(face, face, false));
            }
        }
        if (faces.isEmpty()) {
            throw new PdfFontException("No font for PDFs found (looked at -D" + FONT_PROPERTY + ", "
                    + classpathFamilies + " on the classpath and " + systemFonts + "). " + ADVICE);
        }
        return faces;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
