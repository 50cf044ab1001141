package onestop.search.elasticsearch;

import onestop.search.Corpus;
import onestop.search.IndexedDocument;
import onestop.search.KeywordField;
import onestop.search.Scope;
import onestop.search.SearchIndex;
import onestop.search.SearchQuery;
import onestop.search.SearchResult;
import onestop.search.SortOrder;
import onestop.search.lucene.LuceneSearchIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lucene and Elasticsearch on the same generated corpus give the same answers: the same hits in
 * the same order (relevance too: both score with the same BM25), the same totals, facets,
 * snippets and paging cursors.
 */
class BackendParityIT {

    private static final int DOCUMENTS = 3000;
    private static final int QUERIES = 300;

    @TempDir
    static Path dir;
    private static List<IndexedDocument> corpus;
    private static SearchIndex lucene;
    private static ElasticsearchSearchIndex elasticsearch;

    @BeforeAll
    static void load() {
        String url = ElasticsearchTestServer.url();
        corpus = Corpus.generate(DOCUMENTS, 42);
        lucene = new LuceneSearchIndex(dir.resolve("lucene"));
        elasticsearch = new ElasticsearchSearchIndex(new ElasticsearchSearchIndex.Config(url, "onestop-parity-" + ProcessHandle.current().pid(), 0));
        elasticsearch.drop();
        for (SearchIndex index : List.of(lucene, elasticsearch)) {
            try (SearchIndex.Rebuild rebuild = index.rebuild()) {
                rebuild.index(corpus);
                rebuild.complete();
            }
        }
    }

    @AfterAll
    static void close() {
        if (elasticsearch != null) {
            elasticsearch.drop();
            elasticsearch.close();
        }
        if (lucene != null) {
            lucene.close();
        }
    }

    @Test
    @DisplayName("the same hits, order, scores, totals, facets and snippets on both backends for generated queries")
    void sameAnswers() {
        Random r = new Random(4711);
        int nonEmpty = 0;
        for (int i = 0; i < QUERIES; i++) {
            SearchQuery q = randomQuery(r);
            SearchResult a = lucene.search(q);
            SearchResult b = elasticsearch.search(q);
            String what = "query " + i + ": " + q;
            assertEquals(a.total(), b.total(), what);
            assertEquals(ids(a), ids(b), what);
            assertEquals(a.hits(), b.hits(), what);
            assertEquals(a.facets(), b.facets(), what);
            assertEquals(a.next(), b.next(), what);
            if (a.next() != null) {
                SearchQuery page2 = q.after(a.next());
                assertEquals(lucene.search(page2).hits(), elasticsearch.search(page2).hits(), "page 2 of " + what);
            }
            assertEquals(lucene.count(q), elasticsearch.count(q), what);
            if (a.total() > 0) {
                nonEmpty++;
            }
        }
        assertTrue(nonEmpty > QUERIES / 2, "too few queries found something: " + nonEmpty);
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchResult.Hit::id).toList();
    }

    /** A random query: a substring of a document, a domain phrase, a name or an identifier, with options. */
    static SearchQuery randomQuery(Random r) {
        IndexedDocument d = corpus.get(r.nextInt(corpus.size()));
        String text = switch (r.nextInt(9)) {
            case 0, 1 -> substring(r, d.body());
            case 2 -> Corpus.traditional(Corpus_PHRASES[r.nextInt(Corpus_PHRASES.length)]);
            case 3 -> Corpus_PHRASES[r.nextInt(Corpus_PHRASES.length)] + " " + substring(r, d.body());
            case 4 -> d.number().toLowerCase();
            case 5 -> d.applicantName() != null ? "applicant:" + d.applicantName() : "item:" + d.item();
            case 6 -> substring(r, d.body()) + " OR " + Corpus_PHRASES[r.nextInt(Corpus_PHRASES.length)];
            case 7 -> Corpus_PHRASES[r.nextInt(Corpus_PHRASES.length)] + " -" + Corpus_PHRASES[r.nextInt(Corpus_PHRASES.length)];
            default -> r.nextBoolean() ? null : d.title().substring(0, Math.min(4, d.title().length()));
        };
        SearchQuery.Builder b = SearchQuery.in(switch (r.nextInt(4)) {
            case 0 -> Scope.publicOnly();
            case 1 -> Scope.departments(d.departments());
            default -> Scope.everything();
        }).text(text).sort(SortOrder.values()[r.nextInt(3)]).size(1 + r.nextInt(30));
        if (r.nextInt(3) == 0) {
            b.filter(KeywordField.STATUS, d.status());
        }
        if (r.nextBoolean()) {
            b.facets(KeywordField.DEPARTMENT, KeywordField.STATUS, KeywordField.TYPE, KeywordField.ITEM).facetSize(5);
        }
        return b.build();
    }

    private static final String[] Corpus_PHRASES = {"营业登记", "北侧楼梯", "建设工程规划", "身份证", "消防设施", "现场核查",
            "补正材料", "食品安全管理制度", "并联审批", "颁发许可证", "有限公司", "经办人"};

    private static String substring(Random r, String text) {
        int len = 2 + r.nextInt(7);
        int at = r.nextInt(Math.max(1, text.length() - len));
        return text.substring(at, Math.min(text.length(), at + len)).replace('"', ' ').replace('(', ' ').replace(')', ' ');
    }
}
