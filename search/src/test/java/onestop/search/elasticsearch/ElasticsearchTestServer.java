package onestop.search.elasticsearch;

import onestop.search.Health;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The Elasticsearch of the integration tests: the URL the build passes ({@code onestop.es.url},
 * set by the search module's pom, whose {@code pre-integration-test} starts
 * {@code config/src/main/scripts/elasticsearch.sh}) or {@code ONESTOP_ES_URL}. When it does not
 * answer, the tests fail under {@code CI=true} and are skipped otherwise, saying why.
 */
final class ElasticsearchTestServer {

    private static String checkedUrl;

    private ElasticsearchTestServer() {
    }

    static synchronized String url() {
        if (checkedUrl != null) {
            return checkedUrl;
        }
        String url = System.getProperty("onestop.es.url", System.getenv("ONESTOP_ES_URL"));
        if (url == null || url.isBlank()) {
            url = "http://127.0.0.1:9250";
        }
        Health health;
        try (ElasticsearchSearchIndex probe = new ElasticsearchSearchIndex(
                new ElasticsearchSearchIndex.Config(url, "onestop-probe", 0))) {
            health = probe.health();
            probe.drop();
        } catch (RuntimeException e) {
            health = new Health(false, "elasticsearch", -1, e.toString());
        }
        if (!health.up()) {
            String why = "Elasticsearch is not reachable at " + url + " (" + health.detail() + "); `./mvnw verify` starts one"
                    + " with config/src/main/scripts/elasticsearch.sh (see its output in the build log and its console.log),"
                    + " or start it yourself: config/src/main/scripts/elasticsearch.sh start";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(why);
            }
            Assumptions.abort(why);
        }
        checkedUrl = url;
        return url;
    }
}
