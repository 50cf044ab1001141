package onestop.search.lucene;

import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;

/**
 * BM25 as Elasticsearch 8 scores it ({@code LegacyBM25Similarity}: Lucene's BM25 times
 * {@code k1 + 1}, seen in ES's {@code _explain} as "boost 2.2"), so that both backends give the same
 * scores and hence the same relevance order and the same paging cursors.
 */
final class EsCompatibleBM25Similarity extends Similarity {

    private final BM25Similarity bm25 = new BM25Similarity();

    @Override
    public long computeNorm(FieldInvertState state) {
        return bm25.computeNorm(state);
    }

    @Override
    public SimScorer scorer(float boost, CollectionStatistics collectionStats, TermStatistics... termStats) {
        return bm25.scorer(boost * (1 + bm25.getK1()), collectionStats, termStats);
    }

    @Override
    public String toString() {
        return "ES-compatible " + bm25;
    }
}
