package onestop.search.lucene;

import onestop.search.text.Analysis;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The tokens of one folded text, analysed once and replayed twice at indexing: as the unigram
 * field and as its 2-shingle phrase field. {@link PhraseAnalyzer} would run the standard tokenizer
 * a second time for the shingles; this gives the same terms at the same positions (checked by
 * {@code AnalyzedTextTest} against {@code PhraseAnalyzer} on the benchmark corpus) for half the
 * tokenizing. Not thread-safe: one per document field, built and consumed by the indexing thread.
 */
final class AnalyzedText {
    private char[] chars = new char[256];
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int[] offsetStart = new int[64];
    private int[] offsetEnd = new int[64];
    private int count;
    private int used;

    /** Tokenizes {@code folded} with {@link Analysis#STANDARD}. */
    static AnalyzedText of(String field, String folded) {
        AnalyzedText t = new AnalyzedText();
        try (TokenStream ts = Analysis.STANDARD.tokenStream(field, folded)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                t.add(term.buffer(), term.length(), offset.startOffset(), offset.endOffset());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);          // a String reader does not fail
        }
        return t;
    }

    private void add(char[] buffer, int length, int from, int to) {
        if (count == starts.length) {
            int n = count * 2;
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            offsetStart = Arrays.copyOf(offsetStart, n);
            offsetEnd = Arrays.copyOf(offsetEnd, n);
        }
        if (used + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + length));
        }
        System.arraycopy(buffer, 0, chars, used, length);
        starts[count] = used;
        ends[count] = used + length;
        offsetStart[count] = from;
        offsetEnd[count] = to;
        used += length;
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
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private int next;

        Replay(boolean shingles) {
            this.shingles = shingles;
        }

        @Override
        public boolean incrementToken() {
            int last = shingles ? count - 1 : count;
            if (next >= last) {
                return false;
            }
            // no clearAttributes(): term, offsets and position are set for every token, and nothing
            // else is ever changed (clearing every attribute per token cost 3 % of the indexing)
            int i = next++;
            if (shingles) {
                int a = ends[i] - starts[i];
                int b = ends[i + 1] - starts[i + 1];
                char[] buf = term.resizeBuffer(a + 1 + b);
                System.arraycopy(chars, starts[i], buf, 0, a);
                buf[a] = ' ';
                System.arraycopy(chars, starts[i + 1], buf, a + 1, b);
                term.setLength(a + 1 + b);
                offset.setOffset(offsetStart[i], offsetEnd[i + 1]);
            } else {
                term.copyBuffer(chars, starts[i], ends[i] - starts[i]);
                offset.setOffset(offsetStart[i], offsetEnd[i]);
            }
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
            int endOffset = count == 0 ? 0 : offsetEnd[count - 1];
            offset.setOffset(endOffset, endOffset);
        }
    }
}
