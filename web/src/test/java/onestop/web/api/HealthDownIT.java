package onestop.web.api;

import onestop.testing.TestDeployments;
import onestop.web.ApiClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Stops the real database server under the running center and watches the health endpoint.
 * Needs a database that can be stopped apart from WildFly: the PostgreSQL run of {@code .ci/run}
 * sets {@code ONESTOP_TEST_DB_STOP} and {@code ONESTOP_TEST_DB_START}
 * ({@code config/src/main/scripts/postgresql.sh env}); on the embedded H2 it is skipped.
 */
@ExtendWith(ArquillianExtension.class)
class HealthDownIT {
    private static final String STOP = System.getenv("ONESTOP_TEST_DB_STOP");
    private static final String START = System.getenv("ONESTOP_TEST_DB_START");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.webModule("health-it");
    }

    @ArquillianResource
    private URL base;

    @Test
    @DisplayName("a stopped database makes /api/health answer 503 with the database DOWN and a reason; it recovers when the database is back")
    void stoppedDatabase() throws Exception {
        assumeTrue(STOP != null && START != null,
                "needs ONESTOP_TEST_DB_STOP/START (a PostgreSQL it can stop): see config/src/main/scripts/postgresql.sh env");
        ApiClient api = ApiClient.anonymous(base);
        assertEquals(200, api.get("health").statusCode());

        HttpResponse<String> down;
        try {
            shell(STOP);
            down = await(api, r -> r.statusCode() == 503);
        } finally {
            shell(START);
        }
        HttpResponse<String> up = await(api, r -> r.statusCode() == 200);

        Map<String, Object> body = ApiClient.object(down);
        assertEquals("DOWN", body.get("status"));
        @SuppressWarnings("unchecked")
        Map<String, Object> database = (Map<String, Object>) body.get("database");
        assertEquals("DOWN", database.get("status"));
        assertFalse(String.valueOf(database.get("detail")).isBlank());
        @SuppressWarnings("unchecked")
        Map<String, Object> documents = (Map<String, Object>) body.get("documents");
        assertEquals("UP", documents.get("status"));
        assertEquals("UP", ApiClient.object(up).get("status"));
    }

    private static HttpResponse<String> await(ApiClient api, Predicate<HttpResponse<String>> condition)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        HttpResponse<String> last = api.get("health");
        while (!condition.test(last) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            last = api.get("health");
        }
        assertTrue(condition.test(last), "health answered " + last.statusCode() + " " + last.body());
        return last;
    }

    private static void shell(String command) throws Exception {
        Process process = new ProcessBuilder("bash", "-c", command).inheritIO().start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "timed out: " + command);
        assertEquals(0, process.exitValue(), "failed: " + command);
    }
}
