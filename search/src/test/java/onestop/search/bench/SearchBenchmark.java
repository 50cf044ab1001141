package onestop.search.bench;

import onestop.search.Corpus;
import onestop.search.IndexedDocument;
import onestop.search.Scope;
import onestop.search.SearchIndex;
import onestop.search.SearchQuery;
import onestop.search.SortOrder;
import onestop.search.elasticsearch.ElasticsearchSearchIndex;
import onestop.search.lucene.LuceneSearchIndex;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Indexing throughput and phrase query latency of both backends on the same generated corpus.
 * Not a test (no timing assertions anywhere): run it by hand, e.g.
 * <pre>
 * cd search && ../mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx1g -cp target/test-classes:target/classes:$(cat target/cp.txt) onestop.search.bench.SearchBenchmark 50000 http://127.0.0.1:9250
 * </pre>
 * Arguments: number of documents [50000], Elasticsearch URL [none: Lucene only], queries [500].
 * Indexing goes through {@link SearchIndex#rebuild()} (the full-reindex path) in batches of 1000,
 * fed by two threads; queries are top-10 by date with exact totals, half of them in Traditional
 * characters, one warm-up pass and two measured passes.
 */
public final class SearchBenchmark {

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        String url = args.length > 1 ? args[1] : null;
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 500;

        long t0 = System.nanoTime();
        List<IndexedDocument> corpus = Corpus.generate(documents, 42);
        long chars = corpus.stream().mapToLong(d -> d.texts().values().stream().mapToLong(String::length).sum()).sum();
        System.out.printf("corpus: %,d documents, %,d characters of text (%.0f per document), generated in %d ms%n",
                documents, chars, (double) chars / documents, (System.nanoTime() - t0) / 1_000_000);
        List<SearchQuery> qs = queries(corpus, queries);

        Path dir = Files.createTempDirectory("onestop-bench-");
        try (LuceneSearchIndex lucene = new LuceneSearchIndex(dir)) {
            run("lucene", lucene, corpus, qs);
            System.out.printf("lucene index size: %.1f MB%n", size(dir) / 1e6);
        }
        if (url != null && !url.isBlank()) {
            try (ElasticsearchSearchIndex es = new ElasticsearchSearchIndex(new ElasticsearchSearchIndex.Config(url, "onestop-bench", 0))) {
                es.drop();
                run("elasticsearch", es, corpus, qs);
                es.drop();
            }
        }
    }

    private static void run(String name, SearchIndex index, List<IndexedDocument> corpus, List<SearchQuery> qs) throws Exception {
        long t0 = System.nanoTime();
        try (SearchIndex.Rebuild rebuild = index.rebuild()) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i += 1000) {
                List<IndexedDocument> batch = corpus.subList(i, Math.min(corpus.size(), i + 1000));
                done.add(pool.submit(() -> rebuild.index(batch)));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
            rebuild.complete();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%s: indexed %,d documents in %.1f s = %,.0f documents/s (including commit/refresh)%n",
                name, corpus.size(), seconds, corpus.size() / seconds);

        long t1 = System.nanoTime();
        int small = 2000;
        for (int i = 0; i < small; i += 100) {
            index.index(corpus.subList(i, i + 100));
        }
        System.out.printf("%s: outbox path, index() in batches of 100, each durable and visible: %,.0f documents/s%n",
                name, small / ((System.nanoTime() - t1) / 1e9));

        long hits = 0;
        for (SearchQuery q : qs) {
            hits += index.search(q).total();                  // warm-up
        }
        long[] micros = new long[qs.size() * 2];
        int k = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (SearchQuery q : qs) {
                long s = System.nanoTime();
                index.search(q);
                micros[k++] = (System.nanoTime() - s) / 1000;
            }
        }
        Arrays.sort(micros);
        System.out.printf("%s: %d phrase queries x 2 (%,d hits in all): p50 %.1f ms, p90 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                name, qs.size(), hits, pct(micros, 50), pct(micros, 90), pct(micros, 95), pct(micros, 99), micros[micros.length - 1] / 1000.0);
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1000.0;
    }

    /** 40 % domain phrases, 40 % literal 4-8 character substrings of documents, 20 % names; half Traditional. */
    private static List<SearchQuery> queries(List<IndexedDocument> corpus, int n) {
        Random r = new Random(1);
        String[] phrases = {"营业登记", "北侧楼梯", "建设工程规划", "现场核查", "补正材料", "食品安全管理制度", "并联审批",
                "颁发许可证", "统一社会信用代码", "法定代表人", "疏散通道", "消防设施", "不予受理", "电子证照", "竣工验收备案"};
        List<SearchQuery> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            IndexedDocument d = corpus.get(r.nextInt(corpus.size()));
            String text;
            int kind = r.nextInt(5);
            if (kind < 2) {
                text = phrases[r.nextInt(phrases.length)];
            } else if (kind < 4) {
                int len = 4 + r.nextInt(5);
                int at = r.nextInt(Math.max(1, d.body().length() - len));
                text = d.body().substring(at, Math.min(d.body().length(), at + len));
                if (text.chars().noneMatch(Character::isIdeographic) || text.contains("\"") || text.contains("(") || text.contains(")")) {
                    text = phrases[r.nextInt(phrases.length)];
                }
            } else {
                text = d.applicantName() != null ? d.applicantName() : d.itemName();
            }
            if (r.nextBoolean()) {
                text = Corpus.traditional(text);
            }
            out.add(SearchQuery.in(Scope.everything()).text("\"" + text.replace("\"", "") + "\"").sort(SortOrder.DATE_DESC).size(10).build());
        }
        return out;
    }

    private static long size(Path dir) throws Exception {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
