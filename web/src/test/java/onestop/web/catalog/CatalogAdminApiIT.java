package onestop.web.catalog;

import onestop.testing.TestDeployments;
import onestop.web.ApiClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Center management's catalog API as a script uses it: import, review by a second administrator, refusals. */
@ExtendWith(ArquillianExtension.class)
class CatalogAdminApiIT {
    private static final String PASSWORD = "onestop-demo-2026";
    private static final String HEADER = "code,name,department,hall,type,mode,co_departments,statutory_days,promised_days,"
            + "legal_basis,online,approval_content,procedure,materials,fees,preferential_policy,complaint_channels,"
            + "supervising_department\r\n";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.webModule("catalog-api-it");
    }

    @ArquillianResource
    private URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> upload(String login, String query, String csv, String language) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/catalog/import" + query))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (login + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/csv").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String row(String code, int statutory, int promised) {
        return code + ",企業名稱預先核准," + "SCJ,LEGAL_ENTITY,行政許可,承諾辦,," + statutory + "," + promised
                + ",《市場主體登記管理條例》,是,對企業名稱進行核准。,\"受理|CLERK|1\n核准|CHIEF_REPRESENTATIVE|1\","
                + "\"名稱預先核准申請書|原件|1|必要|A|\",,,中心投訴電話 0459-12345,市行政服務中心電子監察室\r\n";
    }

    @Test
    @DisplayName("an import goes to review; the importer cannot approve it, the second administrator publishes it")
    void importAndReview() throws Exception {
        String code = "API-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);

        HttpResponse<String> submitted = upload("admin", "", HEADER + row(code, 20, 3), "en");
        String batch = (String) ApiClient.object(submitted).get("batch");
        HttpResponse<String> own = ApiClient.as(base, "admin", PASSWORD).post("catalog/batches/" + batch + "/approve", null);
        HttpResponse<String> approved = ApiClient.as(base, "reviewer", PASSWORD).post("catalog/batches/" + batch + "/approve", null);
        List<Map<String, Object>> versions = ApiClient.list(ApiClient.as(base, "admin", PASSWORD)
                .get("catalog/items/" + code + "/versions"));

        assertEquals(200, submitted.statusCode(), submitted.body());
        assertEquals(400, own.statusCode());
        assertEquals("catalog.ownDraft", ApiClient.object(own).get("error"));
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("PUBLISHED", versions.get(0).get("status"));
        assertEquals(1L, ((Number) versions.get(0).get("number")).longValue());
    }

    @Test
    @DisplayName("a dry run with a promised limit over the statutory one answers 400 with row, column and a message in the caller's language")
    void dryRunProblems() throws Exception {
        String code = "API-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);

        HttpResponse<String> response = upload("admin", "?dryRun=true", HEADER + row(code, 2, 3), "zh-CN");

        assertEquals(400, response.statusCode());
        Map<String, Object> report = ApiClient.object(response);
        @SuppressWarnings("unchecked")
        Map<String, Object> problem = ((List<Map<String, Object>>) report.get("problems")).get(0);
        assertEquals(2L, ((Number) problem.get("row")).longValue());
        assertEquals("promised_days", problem.get("column"));
        assertEquals(404, ApiClient.as(base, "admin", PASSWORD).get("catalog/items/" + code + "/versions").statusCode());
    }

    @Test
    @DisplayName("garbage instead of a spreadsheet is refused with a clear message; a clerk may not import at all")
    void garbageAndRoles() throws Exception {
        byte[] garbage = new byte[50_000];
        ThreadLocalRandom.current().nextBytes(garbage);

        HttpResponse<String> refused = upload("admin", "?dryRun=true", new String(garbage, StandardCharsets.ISO_8859_1), "en");
        HttpResponse<String> clerk = upload("clerk", "?dryRun=true", HEADER, "en");

        assertEquals(400, refused.statusCode());
        assertEquals("import.notSpreadsheet", ApiClient.object(refused).get("error"));
        assertTrue(String.valueOf(ApiClient.object(refused).get("message")).contains("spreadsheet"));
        assertEquals(403, clerk.statusCode());
    }
}
