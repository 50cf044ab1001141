package onestop.search.lucene;

import onestop.search.TextField;
import onestop.search.text.Analysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.shingle.FixedShingleFilter;

import java.util.HashSet;
import java.util.Set;

/**
 * The index analyzer: {@link Analysis#STANDARD} everywhere, with 2-shingles ("营 业", "业 登", ...)
 * on the {@link TextField#phraseFieldName() phrase fields}. That is what Elasticsearch builds for a
 * text field with {@code index_phrases: true} and uses for {@code match_phrase}: a phrase of n
 * characters becomes n-1 shingles, far shorter postings than n unigrams.
 */
final class PhraseAnalyzer extends DelegatingAnalyzerWrapper {

    private static final Set<String> PHRASE_FIELDS = new HashSet<>();

    static {
        for (TextField f : TextField.values()) {
            PHRASE_FIELDS.add(f.phraseFieldName());
        }
    }

    private final Analyzer shingles = new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return Analysis.STANDARD;
        }

        @Override
        protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
            return new TokenStreamComponents(components.getSource(), new FixedShingleFilter(components.getTokenStream(), 2));
        }
    };

    PhraseAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return PHRASE_FIELDS.contains(fieldName) ? shingles : Analysis.STANDARD;
    }
}
