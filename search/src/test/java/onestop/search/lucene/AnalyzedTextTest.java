package onestop.search.lucene;

import onestop.search.Corpus;
import onestop.search.IndexedDocument;
import onestop.search.TextField;
import onestop.search.text.ChineseFold;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AnalyzedTextTest {

    private static List<String> terms(TokenStream ts) throws IOException {
        List<String> out = new ArrayList<>();
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
            out.add(inc.getPositionIncrement() + ":" + term);
        }
        ts.end();
        ts.close();
        return out;
    }

    @Test
    @DisplayName("tokenizing once and replaying gives the unigram and shingle terms and positions of the phrase analyzer")
    void sameTokensAsPhraseAnalyzer() throws IOException {
        PhraseAnalyzer analyzer = new PhraseAnalyzer();
        List<String> texts = new ArrayList<>(List.of("", "一", "營業", "ａｂｃ１２３ 营业登记 abc-123, 1,500 example.com 記ABC"));
        for (IndexedDocument d : Corpus.generate(300, 7)) {
            texts.addAll(d.texts().values());
        }
        for (String text : texts) {
            String folded = ChineseFold.fold(text);
            AnalyzedText once = AnalyzedText.of(TextField.BODY.foldedFieldName(), folded);

            assertEquals(terms(analyzer.tokenStream(TextField.BODY.foldedFieldName(), folded)), terms(once.unigrams()), text);
            assertEquals(terms(analyzer.tokenStream(TextField.BODY.phraseFieldName(), folded)), terms(once.shingles()), text);
        }
    }
}
