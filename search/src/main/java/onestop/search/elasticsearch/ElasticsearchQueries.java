package onestop.search.elasticsearch;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import onestop.search.DateRange;
import onestop.search.KeywordField;
import onestop.search.Scope;
import onestop.search.SearchQuery;
import onestop.search.query.QueryNode;
import onestop.search.text.Keys;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * {@link QueryNode} to Elasticsearch's query DSL, clause for clause what {@code LuceneQueries}
 * builds, so that both backends match and score alike. Phrases go as {@code match_phrase} on the
 * folded field; with {@code index_phrases} Elasticsearch runs them on its 2-shingle field.
 */
final class ElasticsearchQueries {

    static final String PUBLIC = "public";
    static final String DATE = "date";
    static final String ID = "id";

    private ElasticsearchQueries() {
    }

    static Query of(QueryNode root, SearchQuery q) {
        List<Query> filters = new ArrayList<>();
        Query scope = scope(q.scope());
        if (scope != null) {
            filters.add(scope);
        }
        q.filters().forEach((field, values) -> filters.add(terms(field.fieldName(), values)));
        if (q.dates() != null) {
            filters.add(dates(q.dates()));
        }
        return Query.of(b -> b.bool(bool -> bool.must(node(root)).filter(filters)));
    }

    static Query node(QueryNode node) {
        if (node instanceof QueryNode.MatchAll) {
            return Query.of(b -> b.matchAll(m -> m));
        } else if (node instanceof QueryNode.Exact e) {
            return Query.of(b -> b.term(t -> t.field(e.field().fieldName()).value(e.value())));
        } else if (node instanceof QueryNode.Phrase p) {
            return Query.of(b -> b.matchPhrase(m -> m.field(p.field().foldedFieldName()).query(p.text())));
        } else if (node instanceof QueryNode.AllOf a) {
            return allOf(a.nodes());
        } else if (node instanceof QueryNode.AnyOf a) {
            List<Query> should = new ArrayList<>();
            for (QueryNode n : a.nodes()) {
                should.add(n instanceof QueryNode.Not ? allOf(List.of(n)) : node(n));
            }
            return Query.of(b -> b.bool(bool -> bool.should(should)));
        } else {
            return allOf(List.of(node));                                // a Not
        }
    }

    /** Positive nodes as must, Not nodes as must_not; only Nots: must match_all (scored 1, as in Lucene). */
    private static Query allOf(List<QueryNode> nodes) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        boolean positive = false;
        for (QueryNode n : nodes) {
            if (n instanceof QueryNode.Not not) {
                bool.mustNot(node(not.node()));
            } else {
                bool.must(node(n));
                positive = true;
            }
        }
        if (!positive) {
            bool.must(Query.of(b -> b.matchAll(m -> m)));
        }
        return Query.of(b -> b.bool(bool.build()));
    }

    /** Null when the scope sees everything. */
    static Query scope(Scope scope) {
        if (scope.all()) {
            return null;
        }
        List<Query> should = new ArrayList<>();
        if (scope.publicDocuments()) {
            should.add(Query.of(b -> b.term(t -> t.field(PUBLIC).value(true))));
        }
        if (!scope.departments().isEmpty()) {
            should.add(terms(KeywordField.DEPARTMENT.fieldName(), scope.departments()));
        }
        return should.isEmpty()
                ? Query.of(b -> b.matchNone(m -> m))
                : Query.of(b -> b.bool(bool -> bool.should(should)));
    }

    private static Query terms(String field, Collection<String> values) {
        List<FieldValue> normal = values.stream().map(Keys::normalize).distinct().map(FieldValue::of).toList();
        return Query.of(b -> b.terms(t -> t.field(field).terms(v -> v.value(normal))));
    }

    private static Query dates(DateRange r) {
        return Query.of(b -> b.range(range -> range.date(d -> {
            d.field(DATE).format("epoch_millis");
            if (r.from() != null) {
                d.gte(Long.toString(r.from().toEpochMilli()));
            }
            if (r.to() != null) {
                d.lt(Long.toString(r.to().toEpochMilli()));
            }
            return d;
        })));
    }
}
