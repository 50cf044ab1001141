package onestop.search.bench;

import onestop.search.Corpus;
import onestop.search.IndexedDocument;
import onestop.search.Scope;
import onestop.search.SearchIndex;
import onestop.search.SearchQuery;
import onestop.search.SearchResult;
import onestop.search.SortOrder;
import onestop.search.elasticsearch.ElasticsearchSearchIndex;
import onestop.search.lucene.LuceneSearchIndex;

import java.nio.charset.StandardCharsets;
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
 * Indexing throughput and phrase query latency of both backends on the same generated corpus, and
 * our Lucene backend against a bare Lucene program ({@link BareLucene}) on the same index and
 * queries, in one run. Not a test (no timing assertions anywhere): {@code ./mvnw -Pbench ...}
 * runs it (see docs/BENCHMARKS.md), or by hand:
 * <pre>
 * ./mvnw -o -B -q -pl search test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx1g -cp search/target/test-classes:search/target/classes:$(cat search/target/cp.txt) \
 *      onestop.search.bench.SearchBenchmark 1000000 http://127.0.0.1:9252 1000
 * </pre>
 * Arguments: number of documents [50000], Elasticsearch URL ["-" or none: Lucene only], queries [500].
 * The corpus is generated once into a file before any clock runs ({@link CorpusFile}; it does not fit
 * in memory at 1,000,000; {@code -Dbench.corpus=FILE} keeps it for later runs). The indexing time
 * counts reading that file, feeding {@link SearchIndex#rebuild()} (the full-reindex path) from two
 * threads in batches of 1000 without pause, and the final {@code complete()} (commit, or refresh and
 * alias swap). Queries are top-10 by
 * date with exact totals and highlighted snippets, half of them in Traditional characters, one
 * warm-up pass and two measured passes.
 */
public final class SearchBenchmark {
    static final int CHUNK = 20_000;
    static final long SEED = 42;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        String url = args.length > 1 && !"-".equals(args[1]) ? args[1] : null;
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 500;

        System.out.printf("machine: %d cores, max heap %d MB, %s %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"));
        List<IndexedDocument> sample = Corpus.generate(0, Math.min(documents, CHUNK), SEED);
        long chars = sample.stream().mapToLong(d -> d.texts().values().stream().mapToLong(String::length).sum()).sum();
        System.out.printf("corpus: %,d documents, about %.0f characters of text per document (first chunk)%n",
                documents, (double) chars / sample.size());
        List<SearchQuery> qs = queries(sample, queries);
        sample = null;
        if ("false".equals(System.getProperty("bench.queryCache"))) {
            // every searcher of this process, ours and the bare program's, then runs each query in full
            org.apache.lucene.search.IndexSearcher.setDefaultQueryCache(null);
            System.out.println("query cache: off");
        }

        // -Dbench.corpus=FILE keeps the generated corpus in FILE for later runs (it is written again if it holds another one)
        String keptCorpus = System.getProperty("bench.corpus");
        Path corpus = keptCorpus == null ? Files.createTempFile("onestop-corpus-", ".bin") : Path.of(keptCorpus);
        long written = System.nanoTime();
        if (CorpusFile.ensure(corpus, documents, SEED, CHUNK)) {
            System.out.printf("corpus file %s written in %.1f s (not counted), %.0f MB%n", corpus,
                    (System.nanoTime() - written) / 1e9, Files.size(corpus) / 1e6);
        }
        try {
            run(documents, url, qs, corpus);
        } finally {
            if (keptCorpus == null) {
                Files.deleteIfExists(corpus);
            }
        }
    }

    private static void run(int documents, String url, List<SearchQuery> qs, Path corpus) throws Exception {
        // -Dbench.index=DIR keeps the Lucene index in DIR, and a later run with the same DIR queries it without indexing again
        String kept = System.getProperty("bench.index");
        Path dir = kept == null ? Files.createTempDirectory("onestop-bench-") : Path.of(kept);
        boolean reuse = kept != null && Files.exists(dir.resolve("current"));
        long[] luceneTotals;
        // as the server does (a managed executor): one search runs over groups of segments in parallel
        ExecutorService searchPool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "search");
            t.setDaemon(true);
            return t;
        });
        try (LuceneSearchIndex lucene = new LuceneSearchIndex(dir, searchPool)) {
            if (reuse) {
                System.out.printf("lucene: querying the index kept in %s (%,d documents), not indexing%n", dir, lucene.health().documents());
            } else {
                index("lucene", lucene, corpus);
                System.out.printf("lucene index size: %.1f MB%n", size(dir) / 1e6);
                outboxPath("lucene", lucene);
            }
            luceneTotals = latency("lucene", lucene, qs);
            Path live = dir.resolve(Files.readString(dir.resolve("current"), StandardCharsets.UTF_8).strip());
            try (BareLucene bare = new BareLucene(live, searchPool)) {
                compare(lucene, bare, qs);
            }
        } finally {
            if (kept == null) {
                delete(dir);
            }
        }
        if (url != null) {
            try (ElasticsearchSearchIndex es = new ElasticsearchSearchIndex(new ElasticsearchSearchIndex.Config(url, "onestop-bench", 0))) {
                es.drop();
                index("elasticsearch", es, corpus);
                outboxPath("elasticsearch", es);
                long[] esTotals = latency("elasticsearch", es, qs);
                int differ = 0;
                for (int i = 0; i < qs.size(); i++) {
                    if (esTotals[i] != luceneTotals[i]) {
                        differ++;
                    }
                }
                System.out.printf("parity: %d of %d queries gave different totals on Lucene and Elasticsearch%n", differ, qs.size());
                es.drop();
            }
        }
    }

    private static void index(String name, SearchIndex index, Path corpus) throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        // a few batches ahead of the indexing threads, never the whole corpus in memory
        java.util.concurrent.Semaphore ahead = new java.util.concurrent.Semaphore(4);
        java.util.concurrent.ConcurrentLinkedQueue<Future<?>> pending = new java.util.concurrent.ConcurrentLinkedQueue<>();
        int documents;
        long start = System.nanoTime();
        long cpu = os.getProcessCpuTime();
        try (CorpusFile in = CorpusFile.open(corpus); SearchIndex.Rebuild rebuild = index.rebuild()) {
            documents = in.documents();
            int fed = 0;
            for (List<IndexedDocument> batch = in.next(1000); !batch.isEmpty(); batch = in.next(1000)) {
                ahead.acquire();
                List<IndexedDocument> b = batch;
                pending.add(pool.submit(() -> {
                    try {
                        rebuild.index(b);
                    } finally {
                        ahead.release();
                    }
                }));
                for (Future<?> f = pending.peek(); f != null && f.isDone(); f = pending.peek()) {
                    pending.poll().get();               // rethrows a failed batch
                }
                fed += batch.size();
                if (fed % 200_000 == 0) {
                    System.out.printf("  %s: %,d documents read, %.0f documents/s so far%n", name, fed,
                            fed / ((System.nanoTime() - start) / 1e9));
                }
            }
            for (Future<?> f : pending) {
                f.get();
            }
            rebuild.complete();
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
        System.out.printf("%s: indexed %,d documents in %.1f s = %,.0f documents/s (reading the corpus file, two indexing "
                + "threads, the final commit/refresh)%n", name, documents, seconds, documents / seconds);
        System.out.printf("%s: this process used %.1f CPU-seconds for it = %,.0f documents per CPU-second "
                        + "(%.2f cores busy on average; load average now %.1f)%n", name, cpuSeconds, documents / cpuSeconds,
                cpuSeconds / seconds, os.getSystemLoadAverage());
    }

    private static void outboxPath(String name, SearchIndex index) {
        List<IndexedDocument> docs = Corpus.generate(0, 2000, SEED);
        long t1 = System.nanoTime();
        for (int i = 0; i < docs.size(); i += 100) {
            index.index(docs.subList(i, i + 100));
        }
        System.out.printf("%s: outbox path, index() in batches of 100, each durable and visible: %,.0f documents/s%n",
                name, docs.size() / ((System.nanoTime() - t1) / 1e9));
    }

    private static long[] latency(String name, SearchIndex index, List<SearchQuery> qs) {
        long[] totals = new long[qs.size()];
        long hits = 0;
        for (int i = 0; i < qs.size(); i++) {
            totals[i] = index.search(qs.get(i)).total();           // warm-up
            hits += totals[i];
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
        return totals;
    }

    /** Ours and the bare program, query by query alternately, on the same index; both must find the same. */
    private static void compare(LuceneSearchIndex ours, BareLucene bare, List<SearchQuery> qs) throws Exception {
        for (SearchQuery q : qs) {
            ours.search(q);
            bare.search(q.text().substring(1, q.text().length() - 1), 10);
        }
        long[] oursMicros = new long[qs.size() * 2];
        long[] bareMicros = new long[qs.size() * 2];
        long oursSum = 0;
        long bareSum = 0;
        int k = 0;
        int mismatches = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (SearchQuery q : qs) {
                String phrase = q.text().substring(1, q.text().length() - 1);
                // who goes first alternates too: the second of a pair finds the postings the first just read in
                // the CPU caches, and a query the first made frequent enough for the query cache
                boolean oursFirst = k % 2 == 0;
                BareLucene.Result b = null;
                long s = System.nanoTime();
                if (!oursFirst) {
                    b = bare.search(phrase, 10);
                }
                long m1 = System.nanoTime();
                SearchResult r = ours.search(q);
                long m2 = System.nanoTime();
                if (oursFirst) {
                    b = bare.search(phrase, 10);
                }
                long e = System.nanoTime();
                oursMicros[k] = (m2 - m1) / 1000;
                bareMicros[k] = (oursFirst ? e - m2 : m1 - s) / 1000;
                oursSum += oursMicros[k];
                bareSum += bareMicros[k];
                k++;
                if (r.total() != b.total() || !r.hits().stream().map(SearchResult.Hit::id).toList().equals(b.ids())) {
                    mismatches++;
                }
            }
        }
        Arrays.sort(oursMicros);
        Arrays.sort(bareMicros);
        System.out.printf("ours vs bare Lucene, same index, same %d queries x 2, alternating (and who goes first): mean %.2f / %.2f ms (ratio %.2f), "
                        + "p50 %.2f / %.2f ms (ratio %.2f), p95 %.2f / %.2f ms (ratio %.2f); results differing: %d%n",
                qs.size(), oursSum / 1000.0 / k, bareSum / 1000.0 / k, (double) oursSum / bareSum,
                pct(oursMicros, 50), pct(bareMicros, 50), pct(oursMicros, 50) / Math.max(0.001, pct(bareMicros, 50)),
                pct(oursMicros, 95), pct(bareMicros, 95), pct(oursMicros, 95) / Math.max(0.001, pct(bareMicros, 95)), mismatches);
    }

    private static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1000.0;
    }

    /** 40 % domain phrases, 40 % literal 4-8 character substrings of documents, 20 % names; half Traditional. */
    static List<SearchQuery> queries(List<IndexedDocument> corpus, int n) {
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
                if (text.chars().noneMatch(Character::isIdeographic) || text.chars().anyMatch(c -> !Character.isIdeographic(c))) {
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

    private static void delete(Path dir) throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
