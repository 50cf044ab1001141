package onestop.search.lucene;

import onestop.search.DateRange;
import onestop.search.KeywordField;
import onestop.search.Scope;
import onestop.search.SearchQuery;
import onestop.search.query.QueryNode;
import onestop.search.text.Keys;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * {@link QueryNode} to Lucene, clause for clause what {@code ElasticsearchQueries} sends (and what
 * Elasticsearch builds from it), so that both backends match and score alike.
 */
final class LuceneQueries {

    static final String PUBLIC = "public";
    static final String DATE = "date";
    static final String ID = "id";

    private LuceneQueries() {
    }

    /**
     * The text query, the scope and the filters.
     *
     * @param scored whether the caller orders by score: then phrases are asked exactly as
     *               Elasticsearch asks them (every shingle), so that both backends score alike; when
     *               nothing reads the score, a phrase is checked with the fewest shingles that cover it
     */
    static Query of(QueryNode root, SearchQuery q, boolean scored) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(node(root, scored), Occur.MUST);
        Query scope = scope(q.scope());
        if (scope != null) {
            b.add(scope, Occur.FILTER);
        }
        q.filters().forEach((field, values) -> b.add(terms(field.fieldName(), normalize(values)), Occur.FILTER));
        if (q.dates() != null) {
            b.add(dates(q.dates()), Occur.FILTER);
        }
        return b.build();
    }

    static Query node(QueryNode node, boolean scored) {
        if (node instanceof QueryNode.MatchAll) {
            return new MatchAllDocsQuery();
        } else if (node instanceof QueryNode.Exact e) {
            return new TermQuery(new Term(e.field().fieldName(), e.value()));
        } else if (node instanceof QueryNode.Phrase p) {
            return phrase(p, scored);
        } else if (node instanceof QueryNode.AllOf a) {
            return allOf(a.nodes(), scored);
        } else if (node instanceof QueryNode.AnyOf a) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (QueryNode n : a.nodes()) {
                b.add(n instanceof QueryNode.Not ? allOf(List.of(n), scored) : node(n, scored), Occur.SHOULD);
            }
            return b.build();
        } else {
            return allOf(List.of(node), scored);                        // a Not
        }
    }

    private static Query allOf(List<QueryNode> nodes, boolean scored) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean positive = false;
        for (QueryNode n : nodes) {
            if (n instanceof QueryNode.Not not) {
                b.add(node(not.node(), false), Occur.MUST_NOT);
            } else {
                b.add(node(n, scored), Occur.MUST);
                positive = true;
            }
        }
        if (!positive) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return b.build();
    }

    /**
     * One token: a term on the unigram field. Several: 2-shingles on the phrase field at their
     * positions. Scored, every consecutive pair (as Elasticsearch's {@code index_phrases} rewrites
     * {@code match_phrase}); unscored, only the pairs at even offsets plus the last pair: they pin
     * every token to its place just the same, so they match the same documents while reading about
     * half the postings.
     */
    static Query phrase(QueryNode.Phrase p, boolean scored) {
        List<String> t = p.terms();
        if (t.size() == 1) {
            return new TermQuery(new Term(p.field().foldedFieldName(), t.get(0)));
        }
        String field = p.field().phraseFieldName();
        if (t.size() == 2) {
            return new TermQuery(new Term(field, t.get(0) + " " + t.get(1)));
        }
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        int step = scored ? 1 : 2;
        int last = t.size() - 2;                                        // offset of the last pair
        for (int i = 0; i <= last; i += step) {
            b.add(new Term(field, t.get(i) + " " + t.get(i + 1)), i);
        }
        if (!scored && last % 2 == 1) {
            b.add(new Term(field, t.get(last) + " " + t.get(last + 1)), last);
        }
        return b.build();
    }

    /** Null when the scope sees everything. */
    static Query scope(Scope scope) {
        if (scope.all()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        if (scope.publicDocuments()) {
            b.add(new TermQuery(new Term(PUBLIC, "true")), Occur.SHOULD);
            any = true;
        }
        if (!scope.departments().isEmpty()) {
            b.add(terms(KeywordField.DEPARTMENT.fieldName(), normalize(scope.departments())), Occur.SHOULD);
            any = true;
        }
        return any ? b.build() : new MatchNoDocsQuery("an empty scope");
    }

    private static Query terms(String field, Collection<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    private static Query dates(DateRange r) {
        long from = r.from() == null ? Long.MIN_VALUE : r.from().toEpochMilli();
        long to = r.to() == null ? Long.MAX_VALUE : r.to().toEpochMilli() - 1;
        return LongPoint.newRangeQuery(DATE, from, to);
    }

    static Set<String> normalize(Collection<String> values) {
        return values.stream().map(Keys::normalize).collect(java.util.stream.Collectors.toSet());
    }
}
