package onestop.search.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The text fold that both backends index and query with: per character, Traditional to
 * Simplified (a table derived from ICU4J, {@code t2s.txt}), full-width to half-width
 * (U+FF01..U+FF5E to ASCII, the ideographic space to a space), then lower case.
 *
 * <p>Every step maps one UTF-16 unit to one UTF-16 unit, so the folded text has the length of the
 * original and an offset in one is the same offset in the other (highlighting relies on it), and
 * fold(substring) == substring(fold) (phrase search relies on it: phrase-level converters such as
 * OpenCC rewrite words and would break it).
 */
public final class ChineseFold {

    private static final String TABLE_RESOURCE = "t2s.txt";
    private static final char[] TABLE = buildTable();

    private ChineseFold() {
    }

    /** The folded text, of the same length; null stays null. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f = TABLE[c];
            if (f != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = f;
            }
        }
        return out == null ? text : new String(out);
    }

    /** One character folded. */
    public static char fold(char c) {
        return TABLE[c];
    }

    /** How many Traditional characters the shipped table maps. */
    static int traditionalMappings() {
        int n = 0;
        for (int c = 0x2E80; c < 0x10000; c++) {
            if (!Character.isSurrogate((char) c) && Character.isIdeographic(c) && TABLE[c] != c) {
                n++;
            }
        }
        return n;
    }

    private static char[] buildTable() {
        char[] table = new char[0x10000];
        for (int c = 0; c < table.length; c++) {
            table[c] = (char) c;
        }
        try (InputStream in = ChineseFold.class.getResourceAsStream(TABLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TABLE_RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.length() == 2) {
                    table[line.charAt(0)] = line.charAt(1);
                } else if (!line.isEmpty() && line.charAt(0) != '#') {
                    throw new IllegalStateException("bad line in " + TABLE_RESOURCE + ": " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int c = 0xFF01; c <= 0xFF5E; c++) {
            table[c] = (char) (c - 0xFEE0);
        }
        table[0x3000] = ' ';
        table[0xFFE0] = '\u00A2';
        table[0xFFE1] = '\u00A3';
        table[0xFFE5] = '\u00A5';
        for (int c = 0; c < table.length; c++) {
            char t = table[c];
            if (!Character.isSurrogate(t)) {
                table[c] = Character.toLowerCase(t);
            }
        }
        return table;
    }
}
