package onestop.indexing;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import onestop.documents.DataDirectory;
import onestop.search.SearchIndex;
import onestop.search.elasticsearch.ElasticsearchSearchIndex;
import onestop.search.lucene.LuceneSearchIndex;

import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * The one {@link SearchIndex} of this server, chosen by settings (system property, else environment):
 * <table>
 * <caption>settings</caption>
 * <tr><td>{@code onestop.search.backend} / {@code ONESTOP_SEARCH_BACKEND}</td><td>{@code lucene} (default) or {@code elasticsearch}</td></tr>
 * <tr><td>{@code onestop.es.url} / {@code ONESTOP_ES_URL}</td><td>the cluster, e.g. {@code http://es1:9200}; setting it alone selects Elasticsearch</td></tr>
 * <tr><td>{@code onestop.es.alias} / {@code ONESTOP_ES_ALIAS}</td><td>the index alias [{@code onestop-search}]</td></tr>
 * <tr><td>{@code onestop.es.replicas} / {@code ONESTOP_ES_REPLICAS}</td><td>replicas per shard [0]</td></tr>
 * </table>
 * Lucene keeps its files in {@code <data dir>/index} ({@link DataDirectory}); one Lucene index
 * belongs to one server node (a cluster of nodes uses Elasticsearch), and one search runs over its
 * segments in parallel on the server's default managed executor. Thread-safe: both backends are.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchBackend {
    private static final Logger LOG = Logger.getLogger(SearchBackend.class.getName());

    /** Runs parts of one Lucene search in parallel (the searching thread takes part too). */
    @Resource
    ManagedExecutorService executor;

    private SearchIndex index;
    private String name;

    @PostConstruct
    void open() {
        String url = setting("onestop.es.url", "ONESTOP_ES_URL", "");
        String backend = setting("onestop.search.backend", "ONESTOP_SEARCH_BACKEND",
                url.isBlank() ? "lucene" : "elasticsearch").toLowerCase(Locale.ROOT);
        switch (backend) {
            case "lucene" -> {
                Path dir = DataDirectory.root().resolve("index");
                index = new LuceneSearchIndex(dir, executor);
                name = "lucene";
                LOG.info(() -> "search index: Lucene in " + dir);
            }
            case "elasticsearch" -> {
                if (url.isBlank()) {
                    throw new IllegalStateException("onestop.search.backend=elasticsearch needs ONESTOP_ES_URL (or -Donestop.es.url)");
                }
                String alias = setting("onestop.es.alias", "ONESTOP_ES_ALIAS", ElasticsearchSearchIndex.Config.DEFAULT_ALIAS);
                int replicas = Integer.parseInt(setting("onestop.es.replicas", "ONESTOP_ES_REPLICAS", "0"));
                index = new ElasticsearchSearchIndex(new ElasticsearchSearchIndex.Config(url, alias, replicas));
                name = "elasticsearch";
                LOG.info(() -> "search index: Elasticsearch at " + url + ", alias " + alias);
            }
            default -> throw new IllegalStateException("onestop.search.backend must be lucene or elasticsearch, not " + backend);
        }
    }

    public SearchIndex index() {
        return index;
    }

    /** {@code lucene} or {@code elasticsearch}. */
    public String name() {
        return name;
    }

    @PreDestroy
    void close() {
        if (index != null) {
            index.close();
        }
    }

    static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
