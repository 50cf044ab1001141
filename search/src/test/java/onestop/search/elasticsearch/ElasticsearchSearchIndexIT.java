package onestop.search.elasticsearch;

import onestop.search.SearchIndex;
import onestop.search.SearchIndexContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract on a real Elasticsearch 8.19 (the integ-test-zip the build starts), each test on its own alias. */
class ElasticsearchSearchIndexIT extends SearchIndexContract {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Override
    protected SearchIndex newIndex() {
        String alias = "onestop-it-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet();
        return new ElasticsearchSearchIndex(new ElasticsearchSearchIndex.Config(ElasticsearchTestServer.url(), alias, 0));
    }

    @Override
    protected void dispose(SearchIndex index) {
        ((ElasticsearchSearchIndex) index).drop();
        index.close();
    }

    @Test
    @DisplayName("health comes from cluster health (the test server has no GET /) and names the live index behind the alias")
    void healthFromClusterHealth() {
        index.index(List.of(kase("a", 1).title("营业执照").build()));

        var health = index.health();

        assertTrue(health.up(), health.detail());
        assertEquals(1, health.documents());
        assertTrue(health.detail().contains(((ElasticsearchSearchIndex) index).alias() + "-v1"), health.detail());
    }

    @Test
    @DisplayName("a server that does not answer is reported down, and writes fail with SearchUnavailableException")
    void unreachableServer() {
        try (ElasticsearchSearchIndex nowhere = ElasticsearchSearchIndex.connect("http://127.0.0.1:9")) {
            assertFalse(nowhere.health().up());
            org.junit.jupiter.api.Assertions.assertThrows(onestop.search.SearchUnavailableException.class,
                    () -> nowhere.index(List.of(kase("a", 1).build())));
        }
    }
}
