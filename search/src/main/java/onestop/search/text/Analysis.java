package onestop.search.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of folded text: Lucene's {@code StandardAnalyzer} without stop words, which is
 * token for token Elasticsearch's built-in {@code standard} analyzer (one token per Han character,
 * words and numbers whole, lower case). Lucene indexes with it, Elasticsearch has its own copy,
 * and the query parser and the highlighter use it here, so all four agree.
 */
public final class Analysis {

    /** Thread-safe, shared. */
    public static final Analyzer STANDARD = new StandardAnalyzer(CharArraySet.EMPTY_SET);

    private Analysis() {
    }

    /** A token and its offsets in the analysed text (so in the original text too: the fold keeps offsets). */
    public record Token(String term, int start, int end) {
    }

    public static List<Token> tokens(String folded) {
        return tokens(folded, Integer.MAX_VALUE);
    }

    /** At most {@code max} tokens. */
    public static List<Token> tokens(String folded, int max) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = STANDARD.tokenStream("", folded)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (out.size() < max && ts.incrementToken()) {
                out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);      // a String reader does not fail
        }
        return out;
    }

    public static List<String> terms(String folded) {
        return tokens(folded).stream().map(Token::term).toList();
    }
}
