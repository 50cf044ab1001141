package onestop.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.mapping.DynamicMapping;
import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import co.elastic.clients.util.NamedValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import onestop.search.DocumentType;
import onestop.search.Health;
import onestop.search.IndexedDocument;
import onestop.search.KeywordField;
import onestop.search.SearchIndex;
import onestop.search.SearchQuery;
import onestop.search.SearchResult;
import onestop.search.SearchUnavailableException;
import onestop.search.SortOrder;
import onestop.search.TextField;
import onestop.search.query.Cursor;
import onestop.search.query.ParsedQuery;
import onestop.search.query.QueryParser;
import onestop.search.query.Snippets;
import onestop.search.text.ChineseFold;
import onestop.search.text.Keys;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The backend for scale: Elasticsearch 8.19 through the official Java client, built once
 * (RestClient, RestClientTransport with a Jackson mapper, ElasticsearchClient) and closed with
 * this object.
 *
 * <p>The index lives behind an alias ({@code onestop-search} by default, over
 * {@code onestop-search-v1}, {@code -v2} ...): searches and writes use the alias, a
 * {@link #rebuild()} fills the next version and swaps the alias in one atomic
 * {@code _aliases} call. The index is created on first use, idempotently, with an explicit strict
 * mapping; a server that is down at start-up only delays that.
 *
 * <p>Text is folded in Java ({@link ChineseFold}) and indexed with the built-in {@code standard}
 * analyzer plus {@code index_phrases}, which the minimal integ-test distribution has too; the
 * original text stays in {@code _source} for display and Java-side highlighting, the folded copies
 * are excluded from it. Liveness is {@code _cluster/health}: that distribution has no {@code GET /},
 * so the client's {@code info()} and {@code ping()} fail there.
 */
public final class ElasticsearchSearchIndex implements SearchIndex {

    private static final Logger LOG = Logger.getLogger(ElasticsearchSearchIndex.class.getName());
    /** Bulk requests are cut at this many operations. */
    static final int BULK_OPERATIONS = 1000;
    /** ... or at about this many characters of text. */
    static final long BULK_CHARS = 4L << 20;
    private static final String NUMBER_SHOWN = "numberShown";
    private static final List<String> SOURCE_FIELDS;

    static {
        List<String> source = new ArrayList<>(List.of(ElasticsearchQueries.ID, KeywordField.TYPE.fieldName(),
                NUMBER_SHOWN, ElasticsearchQueries.DATE));
        for (TextField f : TextField.values()) {
            source.add(f.fieldName());
        }
        SOURCE_FIELDS = List.copyOf(source);
    }

    /**
     * @param url      one or more base URLs, comma-separated, e.g. {@code http://127.0.0.1:9250}
     * @param alias    the alias searches and writes use; versions are named {@code ALIAS-vN}
     * @param replicas replicas per shard (0 on a single node); one shard keeps scores and facet
     *                 counts exact and is right up to some 50 GB of index
     */
    public record Config(String url, String alias, int replicas) {
        public static final String DEFAULT_ALIAS = "onestop-search";

        public Config {
            Objects.requireNonNull(url, "url");
            if (alias == null || !alias.matches("[a-z0-9][a-z0-9_.-]{0,200}")) {
                throw new IllegalArgumentException("not a valid index alias: " + alias);
            }
        }

        public static Config of(String url) {
            return new Config(url, DEFAULT_ALIAS, 0);
        }
    }

    private final Config config;
    private final RestClient restClient;
    private final ElasticsearchClient es;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean ready;
    private volatile String rebuildTarget;          // written under lock

    public ElasticsearchSearchIndex(Config config) {
        this.config = config;
        HttpHost[] hosts = java.util.Arrays.stream(config.url().split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(HttpHost::create).toArray(HttpHost[]::new);
        if (hosts.length == 0) {
            throw new IllegalArgumentException("no Elasticsearch URL given");
        }
        this.restClient = RestClient.builder(hosts)
                .setRequestConfigCallback(rc -> rc.setConnectTimeout(5_000).setSocketTimeout(60_000))
                .build();
        this.es = new ElasticsearchClient(new RestClientTransport(restClient, new JacksonJsonpMapper(new ObjectMapper())));
    }

    public static ElasticsearchSearchIndex connect(String url) {
        return new ElasticsearchSearchIndex(Config.of(url));
    }

    /** The alias searches and writes go through. */
    public String alias() {
        return config.alias();
    }

    // ---- the index and its mapping -------------------------------------------------------------

    static TypeMapping mapping() {
        return TypeMapping.of(m -> {
            m.dynamic(DynamicMapping.Strict)
                    .source(s -> s.excludes("*_f"))
                    .properties(ElasticsearchQueries.ID, p -> p.keyword(k -> k))
                    .properties(NUMBER_SHOWN, p -> p.keyword(k -> k.index(false).docValues(false)))
                    .properties(ElasticsearchQueries.DATE, p -> p.date(d -> d.format("epoch_millis")))
                    .properties(ElasticsearchQueries.PUBLIC, p -> p.boolean_(b -> b));
            for (KeywordField f : KeywordField.values()) {
                m.properties(f.fieldName(), p -> p.keyword(k -> k));
            }
            for (TextField f : TextField.values()) {
                m.properties(f.fieldName(), p -> p.text(t -> t.index(false)));
                m.properties(f.foldedFieldName(), p -> p.text(t -> t.analyzer("standard").indexPhrases(true)));
            }
            return m;
        });
    }

    /** Creates version 1 and the alias unless the alias exists; safe against a concurrent creator. */
    private void ensureIndex() throws IOException {
        if (ready) {
            return;
        }
        lock.lock();
        try {
            if (ready) {
                return;
            }
            if (!es.indices().existsAlias(a -> a.name(alias())).value()) {
                String first = alias() + "-v1";
                if (es.indices().exists(e -> e.index(first)).value()) {
                    es.indices().updateAliases(u -> u.actions(a -> a.add(ad -> ad.index(first).alias(alias()).isWriteIndex(true))));
                } else {
                    try {
                        createIndex(first, true);
                    } catch (ElasticsearchException e) {
                        if (!"resource_already_exists_exception".equals(e.error().type())) {
                            throw e;
                        }
                    }
                }
            }
            ready = true;
        } finally {
            lock.unlock();
        }
    }

    private void createIndex(String name, boolean withAlias) throws IOException {
        es.indices().create(c -> {
            c.index(name)
                    .settings(s -> {
                        s.numberOfShards("1").numberOfReplicas(Integer.toString(config.replicas()));
                        if (!withAlias) {
                            s.refreshInterval(t -> t.time("-1"));          // a rebuild: refresh once at the end
                        }
                        return s;
                    })
                    .mappings(mapping());
            if (withAlias) {
                c.aliases(alias(), a -> a.isWriteIndex(true));
            }
            return c;
        });
    }

    /** The concrete index behind the alias. */
    private String liveIndex() throws IOException {
        return es.indices().getAlias(g -> g.name(alias())).result().keySet().stream()
                .sorted().reduce((a, b) -> b)
                .orElseThrow(() -> new SearchUnavailableException("the alias " + alias() + " points nowhere"));
    }

    // ---- writing -------------------------------------------------------------------------------

    @Override
    public void index(Collection<IndexedDocument> documents) {
        if (documents.isEmpty()) {
            return;
        }
        call(() -> {
            ensureIndex();
            String extra = rebuildTarget;
            bulk(alias(), documents, true);
            if (extra != null) {
                bulk(extra, documents, false);
            }
            return null;
        });
    }

    @Override
    public void delete(Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        call(() -> {
            ensureIndex();
            String extra = rebuildTarget;
            deletes(alias(), ids, true);
            if (extra != null) {
                deletes(extra, ids, false);         // refresh=wait_for would wait forever on an index without refresh
            }
            return null;
        });
    }

    private void bulk(String index, Collection<IndexedDocument> documents, boolean visible) throws IOException {
        List<BulkOperation> ops = new ArrayList<>();
        long chars = 0;
        for (IndexedDocument d : documents) {
            Map<String, Object> json = toJson(d);
            ops.add(BulkOperation.of(op -> op.index(i -> i.index(index).id(d.id()).document(json))));
            for (String t : d.texts().values()) {
                chars += 2L * t.length();
            }
            if (ops.size() >= BULK_OPERATIONS || chars >= BULK_CHARS) {
                send(ops, visible);
                ops.clear();
                chars = 0;
            }
        }
        send(ops, visible);
    }

    private void deletes(String index, Collection<String> ids, boolean visible) throws IOException {
        List<BulkOperation> ops = new ArrayList<>();
        for (String id : ids) {
            ops.add(BulkOperation.of(op -> op.delete(d -> d.index(index).id(id))));
            if (ops.size() >= BULK_OPERATIONS) {
                send(ops, visible);
                ops.clear();
            }
        }
        send(ops, visible);
    }

    /** One bulk request; {@code visible}: wait until a refresh shows it (refresh=wait_for). */
    private void send(List<BulkOperation> ops, boolean visible) throws IOException {
        if (ops.isEmpty()) {
            return;
        }
        BulkRequest.Builder request = new BulkRequest.Builder().operations(ops);
        if (visible) {
            request.refresh(Refresh.WaitFor);
        }
        BulkResponse response = es.bulk(request.build());
        if (response.errors()) {
            List<String> failures = new ArrayList<>();
            for (BulkResponseItem item : response.items()) {
                if (item.error() != null && failures.size() < 5) {
                    failures.add(item.id() + ": " + item.error().type() + " " + item.error().reason());
                }
            }
            throw new SearchUnavailableException("Elasticsearch refused part of a bulk request: " + failures);
        }
    }

    static Map<String, Object> toJson(IndexedDocument d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put(ElasticsearchQueries.ID, d.id());
        d.keywords().forEach((field, values) -> {
            List<String> normal = values.stream().map(Keys::normalize).distinct().sorted().toList();
            json.put(field.fieldName(), normal.size() == 1 ? normal.get(0) : normal);
        });
        if (d.number() != null) {
            json.put(NUMBER_SHOWN, d.number());
        }
        d.texts().forEach((field, text) -> {
            json.put(field.fieldName(), text);
            json.put(field.foldedFieldName(), ChineseFold.fold(text));
        });
        json.put(ElasticsearchQueries.DATE, d.date().toEpochMilli());
        json.put(ElasticsearchQueries.PUBLIC, d.visibleToPublic());
        return json;
    }

    // ---- searching -----------------------------------------------------------------------------

    @Override
    public SearchResult search(SearchQuery q) {
        ParsedQuery parsed = QueryParser.parse(q.text());
        Cursor after = q.after() == null ? null : Cursor.decode(q.after(), q.sort());
        Query query = ElasticsearchQueries.of(parsed.root(), q);
        return call(() -> {
            ensureIndex();
            SearchRequest.Builder s = new SearchRequest.Builder()
                    .index(alias())
                    .query(query)
                    .size(q.size() + 1)
                    .trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.includes(SOURCE_FIELDS)))
                    .sort(sort(q.sort()));
            if (after != null) {
                s.searchAfter(List.of(q.sort() == SortOrder.RELEVANCE ? FieldValue.of(after.score()) : FieldValue.of(after.date()),
                        FieldValue.of(after.id())));
            }
            for (KeywordField f : q.facets()) {
                s.aggregations(f.fieldName(), Aggregation.of(a -> a.terms(t -> t.field(f.fieldName()).size(q.facetSize())
                        .order(NamedValue.of("_count", co.elastic.clients.elasticsearch._types.SortOrder.Desc),
                                NamedValue.of("_key", co.elastic.clients.elasticsearch._types.SortOrder.Asc)))));
            }
            @SuppressWarnings("rawtypes")
            SearchResponse<Map> response = es.search(s.build(), Map.class);

            List<SearchResult.Hit> hits = new ArrayList<>();
            Cursor last = null;
            List<Hit<Map>> raw = response.hits().hits();
            for (int i = 0; i < Math.min(q.size(), raw.size()); i++) {
                Hit<Map> h = raw.get(i);
                Map<?, ?> source = h.source();
                float score = q.sort() == SortOrder.RELEVANCE && h.score() != null ? h.score().floatValue() : Float.NaN;
                String id = (String) source.get(ElasticsearchQueries.ID);
                Instant date = Instant.ofEpochMilli(((Number) source.get(ElasticsearchQueries.DATE)).longValue());
                Map<TextField, String> texts = new EnumMap<>(TextField.class);
                for (TextField f : TextField.values()) {
                    Object v = source.get(f.fieldName());
                    if (v != null) {
                        texts.put(f, v.toString());
                    }
                }
                hits.add(new SearchResult.Hit(id, DocumentType.valueOf((String) source.get(KeywordField.TYPE.fieldName())),
                        (String) source.get(NUMBER_SHOWN), texts.get(TextField.TITLE), date, score, Snippets.of(parsed, texts)));
                last = new Cursor(q.sort(), score, date.toEpochMilli(), id);
            }
            Map<KeywordField, List<SearchResult.FacetCount>> facets = new EnumMap<>(KeywordField.class);
            for (KeywordField f : q.facets()) {
                List<SearchResult.FacetCount> counts = new ArrayList<>();
                for (StringTermsBucket b : response.aggregations().get(f.fieldName()).sterms().buckets().array()) {
                    counts.add(new SearchResult.FacetCount(b.key().stringValue(), b.docCount()));
                }
                facets.put(f, counts);
            }
            String next = raw.size() > q.size() ? last.encode() : null;
            return new SearchResult(response.hits().total().value(), hits, facets, next);
        });
    }

    private static List<SortOptions> sort(SortOrder order) {
        SortOptions id = SortOptions.of(s -> s.field(f -> f.field(ElasticsearchQueries.ID)
                .order(co.elastic.clients.elasticsearch._types.SortOrder.Asc)));
        return switch (order) {
            case RELEVANCE -> List.of(SortOptions.of(s -> s.score(sc -> sc.order(co.elastic.clients.elasticsearch._types.SortOrder.Desc))), id);
            case DATE_DESC -> List.of(SortOptions.of(s -> s.field(f -> f.field(ElasticsearchQueries.DATE)
                    .order(co.elastic.clients.elasticsearch._types.SortOrder.Desc))), id);
            case DATE_ASC -> List.of(SortOptions.of(s -> s.field(f -> f.field(ElasticsearchQueries.DATE)
                    .order(co.elastic.clients.elasticsearch._types.SortOrder.Asc))), id);
        };
    }

    @Override
    public long count(SearchQuery q) {
        Query query = ElasticsearchQueries.of(QueryParser.parse(q.text()).root(), q);
        return call(() -> {
            ensureIndex();
            return es.count(c -> c.index(alias()).query(query)).count();
        });
    }

    @Override
    public Health health() {
        try {
            HealthResponse h = es.cluster().health(r -> r.timeout(t -> t.time("5s")));
            boolean up = h.status() != HealthStatus.Red;
            long docs = -1;
            String where = "";
            if (up) {
                ensureIndex();
                docs = es.count(c -> c.index(alias())).count();
                where = ", " + alias() + " -> " + liveIndex();
            }
            return new Health(up, "elasticsearch", docs,
                    "cluster " + h.clusterName() + " " + h.status().jsonValue() + where);
        } catch (Exception e) {
            return new Health(false, "elasticsearch", -1, config.url() + ": " + e);
        }
    }

    // ---- rebuild -------------------------------------------------------------------------------

    @Override
    public Rebuild rebuild() {
        return call(() -> {
            ensureIndex();
            lock.lock();
            try {
                if (rebuildTarget != null) {
                    throw new IllegalStateException("a rebuild is already in progress");
                }
                String current = liveIndex();
                int n = Integer.parseInt(current.substring(current.lastIndexOf("-v") + 2)) + 1;
                String target = alias() + "-v" + n;
                if (es.indices().exists(e -> e.index(target)).value()) {
                    es.indices().delete(d -> d.index(target));           // an abandoned earlier attempt
                }
                createIndex(target, false);
                rebuildTarget = target;
                return new EsRebuild(target);
            } finally {
                lock.unlock();
            }
        });
    }

    private final class EsRebuild implements Rebuild {
        private final String target;
        private boolean done;

        EsRebuild(String target) {
            this.target = target;
        }

        @Override
        public void index(Collection<IndexedDocument> documents) {
            call(() -> {
                bulk(target, documents, false);
                return null;
            });
        }

        @Override
        public void complete() {
            String old = call(() -> {
                lock.lock();
                try {
                    if (done || !target.equals(rebuildTarget)) {
                        throw new IllegalStateException("this rebuild is over");
                    }
                    es.indices().putSettings(p -> p.index(target).settings(s -> s.refreshInterval(t -> t.time("1s"))));
                    es.indices().refresh(r -> r.index(target));
                    String current = liveIndex();
                    es.indices().updateAliases(u -> u
                            .actions(a -> a.remove(r -> r.index(current).alias(alias())))
                            .actions(a -> a.add(ad -> ad.index(target).alias(alias()).isWriteIndex(true))));
                    rebuildTarget = null;
                    done = true;
                    return current;
                } finally {
                    lock.unlock();
                }
            });
            try {
                es.indices().delete(d -> d.index(old));
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "could not delete the old index " + old, e);
            }
        }

        @Override
        public void close() {
            lock.lock();
            try {
                if (done) {
                    return;
                }
                done = true;
                if (target.equals(rebuildTarget)) {
                    rebuildTarget = null;
                }
            } finally {
                lock.unlock();
            }
            try {
                es.indices().delete(d -> d.index(target));
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "could not delete the abandoned index " + target, e);
            }
        }
    }

    /** Deletes the alias's indices: for tests and for taking a center's index down for good. */
    public void drop() {
        call(() -> {
            // by name: Elasticsearch 8 refuses wildcard deletes (action.destructive_requires_name)
            List<String> names = new ArrayList<>(es.indices().get(g -> g.index(alias() + "-v*").allowNoIndices(true)).result().keySet());
            if (!names.isEmpty()) {
                es.indices().delete(d -> d.index(names));
            }
            ready = false;
            return null;
        });
    }

    // ---- plumbing ------------------------------------------------------------------------------

    private interface Call<T> {
        T run() throws IOException;
    }

    /** Runs a request; transport and server failures become {@link SearchUnavailableException}. */
    private <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new SearchUnavailableException("Elasticsearch at " + config.url() + " is not reachable: " + e.getMessage(), e);
        } catch (ElasticsearchException e) {
            if (isMissingIndex(e)) {
                ready = false;                          // deleted behind our back: recreate on the next call
            }
            throw new SearchUnavailableException("Elasticsearch at " + config.url() + " refused the request: " + e.getMessage(), e);
        } catch (IllegalStateException | onestop.search.SearchQueryException | SearchUnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SearchUnavailableException("Elasticsearch at " + config.url() + " failed: " + e, e);
        }
    }

    private static boolean isMissingIndex(ElasticsearchException e) {
        return e.error() != null && "index_not_found_exception".equals(e.error().type());
    }

    @Override
    public void close() {
        try {
            es._transport().close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing the Elasticsearch client", e);
        }
    }
}
