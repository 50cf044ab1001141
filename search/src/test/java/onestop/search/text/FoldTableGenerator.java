package onestop.search.text;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.VersionInfo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives the per-character Traditional-to-Simplified table that {@link ChineseFold} ships
 * ({@code src/main/resources/onestop/search/text/t2s.txt}) from ICU4J's "Traditional-Simplified"
 * transliterator, applied to one character at a time so that fold(substring) == substring(fold).
 * A changed table changes the indexed tokens: ship it with a full reindex.
 *
 * <p>Regenerate: {@code cd search && ../mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * && java -cp target/test-classes:target/classes:$(cat target/cp.txt) onestop.search.text.FoldTableGenerator
 * src/main/resources/onestop/search/text/t2s.txt}
 * ({@code ChineseFoldTest} fails while the shipped table differs from this output).
 */
public final class FoldTableGenerator {

    /** The BMP ideograph blocks: Extension A, the unified block, the compatibility ideographs. */
    static final int[][] RANGES = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};

    private FoldTableGenerator() {
    }

    /** The table's lines: a header and one "TS" pair (two characters) per mapped character. */
    static List<String> generate() {
        Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
        char[] map = new char[0x10000];
        for (int[] range : RANGES) {
            for (int c = range[0]; c <= range[1]; c++) {
                String out = t2s.transliterate(String.valueOf((char) c));
                if (out.length() == 1 && out.charAt(0) != c && !Character.isSurrogate(out.charAt(0))) {
                    map[c] = out.charAt(0);
                }
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Traditional -> Simplified, one character to one character, derived from ICU4J "
                + VersionInfo.ICU_VERSION + " \"Traditional-Simplified\" by FoldTableGenerator. Do not edit.");
        for (int c = 0; c < map.length; c++) {
            if (map[c] != 0) {
                char to = map[c];
                for (int hops = 0; hops < 4 && map[to] != 0 && map[to] != to; hops++) {
                    to = map[to];                    // keep the fold idempotent
                }
                if (to != c) {
                    lines.add(new String(new char[] {(char) c, to}));
                }
            }
        }
        return lines;
    }

    public static void main(String[] args) throws IOException {
        long t0 = System.nanoTime();
        List<String> lines = generate();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Path out = Path.of(args.length > 0 ? args[0] : "t2s.txt");
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.out.printf("%d mappings written to %s; generating them with ICU4J took %d ms%n",
                lines.size() - 1, out.toAbsolutePath(), ms);
    }
}
