package onestop.indexing;

import jakarta.ejb.EJB;
import onestop.catalog.CatalogFixtures;
import onestop.catalog.CatalogService;
import onestop.common.OnestopException;
import onestop.platform.HealthReport;
import onestop.platform.HealthService;
import onestop.testing.AsCenterAdmin;
import onestop.testing.AsSecondAdmin;
import onestop.testing.TestDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Stops the real Elasticsearch under the running center, publishes guides meanwhile, starts it
 * again: publication goes on while it is down, the health endpoint says DEGRADED (not DOWN) with
 * the backlog, and every guide published during the outage is found once it is back.
 */
@ExtendWith(ArquillianExtension.class)
class IndexOutageIT {
    private static final String SCRIPT = System.getProperty("onestop.it.es.script", "");
    private static final String URL = System.getProperty("onestop.es.url", "");

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.ejbModule("index-outage-it")
                .addClasses(IndexOutageIT.class, Await.class, CatalogFixtures.class);
    }

    @EJB
    private CatalogService catalog;

    @EJB
    private SearchService search;

    @EJB
    private HealthService health;

    @EJB
    private IndexingService indexing;

    @EJB
    private AsCenterAdmin author;

    @EJB
    private AsSecondAdmin reviewer;

    private String publish(String name) {
        String code = "OUT-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        author.call(() -> catalog.create(code, CatalogFixtures.renamed(CatalogFixtures.foodLicense("x"), name), null));
        author.call(() -> catalog.submit(code));
        reviewer.call(() -> catalog.approve(code, null));
        return code;
    }

    private long found(String code) {
        return search.searchPublic(SearchRequest.text("number:" + code)).total();
    }

    @Test
    @DisplayName("with Elasticsearch stopped, guides are still published and wait in the outbox; once it is back they are all found")
    void outage() throws Exception {
        assumeTrue(!SCRIPT.isBlank() && !URL.isBlank() && "elasticsearch".equals(System.getProperty("onestop.search.backend")),
                "needs the build's throwaway Elasticsearch (onestop.it.es.script)");
        String before = publish("戶外廣告設置許可");
        Await.until(() -> found(before), n -> n == 1, Duration.ofSeconds(30), "indexed before the outage");

        List<String> during = new ArrayList<>();
        HealthReport degraded;
        try {
            es("stop");
            for (int i = 0; i < 3; i++) {
                during.add(publish("停電期間發布的事項" + i));
            }
            degraded = Await.until(() -> health.check(), h -> h.checks().get("index").backlog() != null
                    && h.checks().get("index").backlog() >= 3 && HealthReport.DOWN.equals(h.checks().get("index").status()),
                    Duration.ofSeconds(30), "the index reported down with the backlog");
            OnestopException unavailable = assertThrows(OnestopException.class, () -> found(before));
            assertEquals("search.unavailable", unavailable.key());
        } finally {
            es("start");
        }

        assertEquals(HealthReport.DEGRADED, degraded.status(), "a down index does not take the center down");
        assertTrue(degraded.up());
        for (String code : during) {
            Await.until(() -> found(code), n -> n == 1, Duration.ofSeconds(60), code + " indexed after the outage");
        }
        IndexStatus status = Await.until(() -> indexing.status(), s -> s.backlog() == 0, Duration.ofSeconds(30), "backlog drained");
        assertEquals(0, status.lagSeconds());
        assertEquals(HealthReport.UP, health.check().status());
    }

    private static void es(String command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", SCRIPT, command).redirectErrorStream(true);
        pb.environment().put("ONESTOP_ES_PORT", String.valueOf(URI.create(URL).getPort()));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("elasticsearch.sh " + command + " failed: " + out);
        }
    }
}
