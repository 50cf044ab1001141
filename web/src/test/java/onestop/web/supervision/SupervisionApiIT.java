package onestop.web.supervision;

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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /api/supervision} and {@code /api/exports} as supervisors' and auditors' scripts use them. */
@ExtendWith(ArquillianExtension.class)
class SupervisionApiIT {
    private static final String PASSWORD = "onestop-demo-2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.webModule("supervision-api-it");
    }

    @ArquillianResource
    private URL base;

    private ApiClient as(String login) {
        return ApiClient.as(base, login, PASSWORD);
    }

    @Test
    @DisplayName("the figures of a period as JSON, a ten-year period refused in the caller's language, a clerk refused")
    void metrics() {
        String today = LocalDate.now().toString();
        HttpResponse<String> ok = as("supervisor").get("supervision/metrics?from=" + today + "&to=" + today + "&group=DEPARTMENT");
        assertEquals(200, ok.statusCode(), ok::body);
        Map<String, Object> report = ApiClient.object(ok);
        assertEquals("DEPARTMENT", report.get("grouping"));
        assertTrue(report.get("total") instanceof Map<?, ?>);

        HttpResponse<String> tooLong = as("supervisor").inLanguage("en").get("supervision/metrics?from=2016-01-01&to=2026-01-01");
        assertEquals(400, tooLong.statusCode());
        assertEquals("metrics.periodTooLong", ApiClient.object(tooLong).get("error"));
        assertTrue(((String) ApiClient.object(tooLong).get("message")).contains("at most 3 years"), tooLong::body);

        assertEquals(403, as("clerk").get("supervision/metrics?from=" + today + "&to=" + today).statusCode());
    }

    @Test
    @DisplayName("an auditor's CSV export: 202, progress, then a UTF-8 file with a BOM; a chief representative may not export")
    void csvExport() throws InterruptedException {
        String month = LocalDate.now().toString().substring(0, 7);
        HttpResponse<String> started = as("auditor").post("exports", Map.of("kind", "AUDIT_CSV", "parameter", month));
        assertEquals(202, started.statusCode(), started::body);
        Number id = (Number) ApiClient.object(started).get("id");
        Map<String, Object> job = Map.of();
        for (int i = 0; i < 120; i++) {
            job = ApiClient.object(as("auditor").get("exports/" + id));
            if (!"QUEUED".equals(job.get("status")) && !"RUNNING".equals(job.get("status"))) {
                break;
            }
            Thread.sleep(250);
        }
        assertEquals("DONE", job.get("status"), job::toString);

        HttpResponse<byte[]> file = as("auditor").getBytes("exports/" + id + "/file");
        assertEquals(200, file.statusCode());
        assertTrue(file.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        String csv = new String(file.body(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFseq,occurred_at,actor,action"), csv.substring(0, Math.min(80, csv.length())));
        assertTrue(csv.lines().count() > 1, "this month has audit entries (logins at least)");

        HttpResponse<String> chief = as("chief").post("exports", Map.of("kind", "AUDIT_CSV", "parameter", month));
        assertEquals(403, chief.statusCode(), chief::body);
        List<Map<String, Object>> mine = ApiClient.list(as("auditor").get("exports"));
        assertTrue(mine.stream().anyMatch(j -> id.equals(j.get("id"))));
    }
}
