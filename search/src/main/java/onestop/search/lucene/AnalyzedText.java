package onestop.search.lucene;

import onestop.search.text.Analysis;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The tokens of one folded text, analysed once and replayed twice at indexing: as the unigram
 * field and as its 2-shingle phrase field, handed to Lucene as ready UTF-8 terms. It gives the
 * terms, positions and offsets of {@link Analysis#STANDARD} (checked by {@code AnalyzedTextTest}
 * against {@link PhraseAnalyzer} on the benchmark corpus and on generated mixtures of scripts,
 * marks and punctuation) for a fraction of the work:
 * <ul>
 * <li>a Han character of the unified ideographs (U+4E00–U+9FA5, U+3400–U+4DB5) not followed by a
 *     mark or format character is one token by itself under the word-break rules of UAX #29 that
 *     the standard tokenizer implements, with a break before and after it; so it becomes a token
 *     here directly, and only the stretches between such characters go through the tokenizer (and
 *     not even those that hold only blanks and punctuation, which never make a token); a text with
 *     characters outside the basic plane (or broken surrogates) goes to the tokenizer whole;</li>
 * <li>each token is encoded to UTF-8 once; Lucene would encode it again for each field.</li>
 * </ul>
 * Not thread-safe: one per document field, built and consumed by the indexing thread.
 */
final class AnalyzedText {
    private byte[] bytes = new byte[1024];
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int[] offsetStart = new int[64];
    private int[] offsetEnd = new int[64];
    private int count;
    private int used;
    private int length;

    /** Tokenizes {@code folded} as {@link Analysis#STANDARD} does. */
    static AnalyzedText of(String field, String folded) {
        AnalyzedText t = new AnalyzedText();
        int n = folded.length();
        t.length = n;
        int run = 0;                                    // start of the stretch not yet tokenized
        for (int i = 0; i < n; i++) {
            char c = folded.charAt(i);
            if (Character.isSurrogate(c)) {
                // characters beyond the basic plane, or broken ones: the tokenizer gets the text whole (with an
                // unpaired surrogate its result depends on the whole text: it may drop every token of it)
                AnalyzedText whole = new AnalyzedText();
                whole.length = whole.standard(field, folded, 0, n);
                return whole;
            }
            if (isUnifiedHan(c) && (i + 1 == n || isUnifiedHan(folded.charAt(i + 1)) || !joinsPrevious(folded.charAt(i + 1)))) {
                if (run < i) {
                    t.standard(field, folded, run, i);
                }
                t.han(c, i);
                run = i + 1;
            }
        }
        if (run < n) {
            t.standard(field, folded, run, n);
        }
        return t;
    }

    private static boolean isUnifiedHan(char c) {
        return (c >= '\u4e00' && c <= '\u9fa5') || (c >= '\u3400' && c <= '\u4db5');
    }

    /** Marks, format characters and modifier letters may belong to the character before them. */
    private static boolean joinsPrevious(char c) {
        return switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                 Character.FORMAT, Character.MODIFIER_LETTER -> true;
            default -> false;
        };
    }

    /** Blanks and punctuation, which the standard tokenizer skips; anything else may start a token. */
    private static boolean neverAToken(char c) {
        return switch (Character.getType(c)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.CONTROL,
                 Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.OTHER_PUNCTUATION,
                 Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION, Character.DASH_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** Adds the tokens of {@code folded[from, to)}; returns the offset at which the tokenizer ended. */
    private int standard(String field, String folded, int from, int to) {
        boolean any = false;
        for (int i = from; i < to && !any; i++) {
            any = !neverAToken(folded.charAt(i));
        }
        if (!any) {
            return to;
        }
        try (TokenStream ts = Analysis.STANDARD.tokenStream(field, folded.substring(from, to))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                token(term.buffer(), term.length(), from + offset.startOffset(), from + offset.endOffset());
            }
            ts.end();
            return from + offset.endOffset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);          // a String reader does not fail
        }
    }

    private void han(char c, int at) {
        room(3);
        bytes[used] = (byte) (0xE0 | (c >> 12));        // every unified ideograph is a three-byte character
        bytes[used + 1] = (byte) (0x80 | ((c >> 6) & 0x3F));
        bytes[used + 2] = (byte) (0x80 | (c & 0x3F));
        added(used + 3, at, at + 1);
    }

    /** A token from the tokenizer, encoded as Lucene encodes a {@link CharTermAttribute}. */
    private void token(char[] buffer, int length, int from, int to) {
        byte[] utf8 = new byte[length * UnicodeUtil.MAX_UTF8_BYTES_PER_CHAR];
        int n = UnicodeUtil.UTF16toUTF8(buffer, 0, length, utf8);
        room(n);
        System.arraycopy(utf8, 0, bytes, used, n);
        added(used + n, from, to);
    }

    private void room(int more) {
        if (used + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + more));
        }
        if (count == starts.length) {
            int n = count * 2;
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            offsetStart = Arrays.copyOf(offsetStart, n);
            offsetEnd = Arrays.copyOf(offsetEnd, n);
        }
    }

    private void added(int end, int from, int to) {
        starts[count] = used;
        ends[count] = end;
        offsetStart[count] = from;
        offsetEnd[count] = to;
        used = end;
        count++;
    }

    int size() {
        return count;
    }

    /** One token per position: the unigram field. */
    TokenStream unigrams() {
        return new Replay(false);
    }

    /** "a b" for each pair of neighbours, at the position of the first: the phrase field. */
    TokenStream shingles() {
        return new Replay(true);
    }

    private final class Replay extends TokenStream {
        private final boolean shingles;
        private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private final BytesRef ref = new BytesRef();
        private byte[] pair = new byte[16];
        private int next;

        Replay(boolean shingles) {
            this.shingles = shingles;
        }

        @Override
        public boolean incrementToken() {
            if (next >= (shingles ? count - 1 : count)) {
                return false;
            }
            // no clearAttributes(): term, offsets and position are set for every token, and nothing
            // else is ever changed (clearing every attribute per token cost 3 % of the indexing)
            int i = next++;
            if (shingles) {
                int a = ends[i] - starts[i];
                int b = ends[i + 1] - starts[i + 1];
                if (a + 1 + b > pair.length) {
                    pair = new byte[2 * (a + 1 + b)];
                }
                System.arraycopy(bytes, starts[i], pair, 0, a);
                pair[a] = ' ';
                System.arraycopy(bytes, starts[i + 1], pair, a + 1, b);
                ref.bytes = pair;
                ref.offset = 0;
                ref.length = a + 1 + b;
                offset.setOffset(offsetStart[i], offsetEnd[i + 1]);
            } else {
                ref.bytes = bytes;
                ref.offset = starts[i];
                ref.length = ends[i] - starts[i];
                offset.setOffset(offsetStart[i], offsetEnd[i]);
            }
            term.setBytesRef(ref);
            position.setPositionIncrement(1);
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            next = 0;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(length, length);                  // as a tokenizer ends: after the whole text
        }
    }
}
