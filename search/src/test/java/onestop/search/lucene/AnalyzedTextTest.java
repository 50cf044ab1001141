package onestop.search.lucene;

import onestop.search.Corpus;
import onestop.search.IndexedDocument;
import onestop.search.TextField;
import onestop.search.text.ChineseFold;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AnalyzedTextTest {

    /** Position increment, UTF-8 term (as the index receives it) and offsets of every token, and the final offset. */
    private static List<String> terms(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        TermToBytesRefAttribute term = ts.addAttribute(TermToBytesRefAttribute.class);
        PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
        OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
            out.add(inc.getPositionIncrement() + ":" + term.getBytesRef().toString() + "@" + offset.startOffset() + "-" + offset.endOffset());
        }
        ts.end();
        out.add("end@" + offset.endOffset());
        ts.close();
        return out;
    }

    private static void assertSameAsPhraseAnalyzer(PhraseAnalyzer analyzer, String text) throws IOException {
        String folded = ChineseFold.fold(text);
        AnalyzedText once = AnalyzedText.of(TextField.BODY.foldedFieldName(), folded);
        assertEquals(terms(analyzer.tokenStream(TextField.BODY.foldedFieldName(), folded)), terms(once.unigrams()), text);
        assertEquals(terms(analyzer.tokenStream(TextField.BODY.phraseFieldName(), folded)), terms(once.shingles()), text);
    }

    /** Pieces that test the word-break rules around Han characters: marks, format characters, other scripts, numbers. */
    private static final String[] PIECES = {
        "营", "業", "登", "记", "一", "\u9fa5", "\u9fa6", "\u9fcc", "\u4db5", "\u4db6", "\u3400", "\u3005", "\u3007",
        "a", "Z", "é", "7", "42", "3.14", "1,500", "2025-01-01", "v1.2", "can't", "a_b", "_", "-", ".", ",", "'", " ",
        "\u3000", "，", "。", "、", "「", "」", "（", "）", "\n", "\t", "\u0301", "\ufe0f", "\ufe00", "\u200d", "\u200c",
        "\u00ad", "あ", "カタカナ", "ｶﾞ", "\uff9e", "한국", "ไทย", "عربي", "😀", "👍🏽", "\ud83d", "\udc4d", "℃", "№", "½", "²",
        "x@y.cn", "http://a.b/c", "ＡＢＣ", "１２３", "丨", "〡"};

    @Test
    @DisplayName("on random mixtures of Han characters, marks, format characters, other scripts, numbers and punctuation the tokens are the standard analyzer's")
    void sameTokensOnMixtures() throws IOException {
        PhraseAnalyzer analyzer = new PhraseAnalyzer();
        Random random = new Random(29);
        for (int n = 0; n < 5000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(25); k > 0; k--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertSameAsPhraseAnalyzer(analyzer, text.toString());
        }
    }

    @Test
    @DisplayName("tokenizing once and replaying gives the unigram and shingle terms, positions and offsets of the phrase analyzer")
    void sameTokensAsPhraseAnalyzer() throws IOException {
        PhraseAnalyzer analyzer = new PhraseAnalyzer();
        List<String> texts = new ArrayList<>(List.of("", "一", "營業", "ａｂｃ１２３ 营业登记 abc-123, 1,500 example.com 記ABC"));
        for (IndexedDocument d : Corpus.generate(300, 7)) {
            texts.addAll(d.texts().values());
        }
        for (String text : texts) {
            assertSameAsPhraseAnalyzer(analyzer, text);
        }
    }
}
