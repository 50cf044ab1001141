package onestop.search.lucene;

import onestop.search.Corpus;
import onestop.search.IndexedDocument;
import onestop.search.KeywordField;
import onestop.search.SearchIndex;
import onestop.search.SearchIndexContract;
import onestop.search.SearchQuery;
import onestop.search.Scope;
import onestop.search.SearchResult;
import onestop.search.SortOrder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract on the embedded Lucene backend, plus what only it has: files that outlive the process. */
class LuceneSearchIndexTest extends SearchIndexContract {

    @TempDir
    Path dir;

    @Override
    protected SearchIndex newIndex() {
        return new LuceneSearchIndex(dir.resolve("index"));
    }

    @Override
    protected void dispose(SearchIndex index) {
        index.close();
    }

    @Test
    @DisplayName("the index survives a restart, also after a rebuild switched generations")
    void survivesRestart() {
        index.index(List.of(kase("a", 1).title("营业执照").build()));
        try (SearchIndex.Rebuild rebuild = index.rebuild()) {
            rebuild.index(List.of(kase("b", 1).title("营业执照").build()));
            rebuild.complete();
        }
        index.close();

        index = new LuceneSearchIndex(dir.resolve("index"));

        assertEquals(List.of("b"), ids(everything("营业执照")));
        assertFalse(Files.exists(dir.resolve("index/index-1")));
    }

    @Test
    @DisplayName("searched in parallel over groups of segments, an index gives the same hits, totals, facets and pages as searched on one thread")
    void parallelSearchSameAnswers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (LuceneSearchIndex parallel = new LuceneSearchIndex(dir.resolve("parallel"), pool)) {
            List<IndexedDocument> corpus = Corpus.generate(1200, 11);
            for (int i = 0; i < corpus.size(); i += 50) {          // one commit, so one segment, per batch: several slices
                index.index(corpus.subList(i, i + 50));
                parallel.index(corpus.subList(i, i + 50));
            }
            for (String text : List.of("建设工程规划", "申请人提交的材料齐全", "营业执照 -消防", "北侧楼梯 OR 疏散通道", "")) {
                for (SortOrder order : SortOrder.values()) {
                    SearchQuery q = everything(text).sort(order).size(7)
                            .facets(KeywordField.DEPARTMENT, KeywordField.STATUS).build();
                    for (int page = 0; page < 3; page++) {
                        SearchResult one = index.search(q);
                        SearchResult many = parallel.search(q);
                        assertEquals(one.total(), many.total(), text + " " + order);
                        assertEquals(ids(one), ids(many), text + " " + order + " page " + page);
                        assertEquals(one.facets(), many.facets(), text + " " + order);
                        assertEquals(one.next(), many.next(), text + " " + order);
                        if (one.next() == null) {
                            break;
                        }
                        q = q.after(one.next());
                    }
                    assertEquals(index.count(q), parallel.count(q), text);
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    @DisplayName("an executor that refuses the parts of a search (full, or shut down) makes the search sequential, not failed")
    void refusingExecutor() {
        java.util.concurrent.atomic.AtomicInteger refusals = new java.util.concurrent.atomic.AtomicInteger();
        try (LuceneSearchIndex refused = new LuceneSearchIndex(dir.resolve("refused"), part -> {
            refusals.incrementAndGet();
            throw new java.util.concurrent.RejectedExecutionException("full");
        })) {
            List<IndexedDocument> corpus = Corpus.generate(360, 13);
            for (int i = 0; i < corpus.size(); i += 10) {               // a segment per batch: several parts
                index.index(corpus.subList(i, i + 10));
                refused.index(corpus.subList(i, i + 10));
            }
            SearchQuery q = everything("申请人提交的材料齐全").size(10).facets(KeywordField.DEPARTMENT).build();
            SearchResult expected = index.search(q);
            SearchResult actual = refused.search(q);
            assertEquals(expected.total(), actual.total());
            assertEquals(ids(expected), ids(actual));
            assertEquals(expected.facets(), actual.facets());
            assertTrue(refusals.get() > 0, "the search was split into parts");
        }
    }

    @Test
    @DisplayName("a closed index reports itself down and refuses work with SearchUnavailableException")
    void closedIndex() {
        index.close();

        assertFalse(index.health().up());
        assertThrows(onestop.search.SearchUnavailableException.class,
                () -> index.search(SearchQuery.in(Scope.everything()).build()));
        assertThrows(onestop.search.SearchUnavailableException.class,
                () -> index.index(List.of(IndexedDocument.builder("x", onestop.search.DocumentType.CASE, Instant.now()).build())));
    }
}
