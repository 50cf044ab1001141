package onestop.web.cases;

import onestop.testing.TestDeployments;
import onestop.web.ApiClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /api/cases} as an online portal and the workbench's scripts use it. */
@ExtendWith(ArquillianExtension.class)
class CaseApiIT {
    private static final String PASSWORD = "onestop-demo-2026";
    private static final String ITEM = "SCJ-XK-004";
    private static final int MATERIALS_OF_ITEM = 5;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.webModule("case-api-it");
    }

    @ArquillianResource
    private URL base;

    private ApiClient as(String login) {
        return ApiClient.as(base, login, PASSWORD);
    }

    private static Map<String, Object> form(String creditCode) {
        List<Map<String, Object>> materials = IntStream.range(0, MATERIALS_OF_ITEM)
                .mapToObj(i -> Map.<String, Object>of("position", i, "received", true, "form", "ORIGINAL", "copies", 1))
                .toList();
        return Map.of("itemCode", ITEM, "applicantKind", "ENTITY", "applicantName", "大慶市接口測試有限公司",
                "identifier", creditCode, "phone", "0459-6000000", "legalRepresentative", "李四", "materials", materials);
    }

    static byte[] png(int width) throws IOException {
        BufferedImage image = new BufferedImage(width, 40, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String number(HttpResponse<String> response) {
        return (String) ApiClient.object(response).get("number");
    }

    @Test
    @DisplayName("an invalid credit code is refused with 400 and a message in the caller's language")
    void invalidCreditCode() {
        HttpResponse<String> response = as("clerk").inLanguage("zh-TW").post("cases", form("91350100M000100Y44"));

        assertAll(
                () -> assertEquals(400, response.statusCode(), response::body),
                () -> assertEquals("case.creditCodeInvalid", ApiClient.object(response).get("error")),
                () -> assertTrue(((String) ApiClient.object(response).get("message")).contains("統一社會信用代碼"), response::body));
    }

    @Test
    @DisplayName("a multipart intake with three scans is registered and accepted in one request; its notice is a PDF")
    void multipartIntake() throws IOException {
        Multipart body = new Multipart().json("case", ApiClient.json(form("91350100M000100Y43")))
                .file("scan.0", "申請書.png", "image/png", png(300))
                .file("scan.1", "章程.png", "image/png", png(301))
                .file("scan", "委託書.png", "image/png", png(302));

        HttpResponse<String> response = as("clerk").send("POST", "cases/intake?accept=true", body.contentType(), body.publisher());

        assertEquals(201, response.statusCode(), response::body);
        Map<String, Object> view = ApiClient.object(response);
        String number = (String) view.get("number");
        assertAll(
                () -> assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/api/cases/" + number)),
                () -> assertEquals("\"" + ((Number) view.get("version")).longValue() + "\"",
                        response.headers().firstValue("ETag").orElseThrow()),
                () -> assertEquals("IN_REVIEW", view.get("status")));
        List<Map<String, Object>> documents = ApiClient.object(as("clerk").get("cases/" + number)).get("documents") instanceof List<?> l
                ? l.stream().map(o -> (Map<String, Object>) o).toList() : List.of();
        assertEquals(3, documents.stream().filter(d -> "SCAN".equals(d.get("kind"))).count());
        Map<String, Object> notice = documents.stream().filter(d -> "ACCEPTANCE_NOTICE".equals(d.get("kind"))).findFirst().orElseThrow();

        HttpResponse<byte[]> pdf = as("clerk").getBytes("cases/" + number + "/documents/" + ((Number) notice.get("id")).longValue());

        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("%PDF-", new String(pdf.body(), 0, 5));
    }

    @Test
    @DisplayName("an .exe named like a scan fails the whole multipart intake: 400 and no case is left behind")
    void wrongFileLeavesNothing() {
        int before = ApiClient.list(as("clerk").get("cases")).size();
        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        Multipart body = new Multipart().json("case", ApiClient.json(form("91350100M000100Y43")))
                .file("scan.0", "申請書.pdf", "application/pdf", exe);

        HttpResponse<String> response = as("clerk").inLanguage("en").send("POST", "cases/intake?accept=true",
                body.contentType(), body.publisher());

        assertEquals(400, response.statusCode(), response::body);
        assertEquals("case.fileType", ApiClient.object(response).get("error"));
        assertTrue(((String) ApiClient.object(response).get("message")).contains("申請書.pdf is not a PDF"), response::body);
        assertEquals(before, ApiClient.list(as("clerk").get("cases")).size());
    }

    @Test
    @DisplayName("If-Match with a stale version is 409; another department's clerk gets 404; a supervisor acting gets 403")
    void conflictsAndScoping() {
        HttpResponse<String> created = as("clerk").post("cases", form("91350100M000100Y43"));
        assertEquals(201, created.statusCode(), created::body);
        String number = number(created);
        String etag = created.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> materials = as("clerk").send("PUT", "cases/" + number + "/materials", "application/json",
                HttpRequest.BodyPublishers.ofString("[{\"position\":0,\"received\":true,\"form\":\"COPY\",\"copies\":2}]"),
                "If-Match", etag);
        assertEquals(200, materials.statusCode(), materials::body);

        HttpResponse<String> stale = as("clerk2").postJson("cases/" + number + "/accept", null, "If-Match", etag);
        assertEquals(409, stale.statusCode(), stale::body);
        assertEquals("case.editConflict", ApiClient.object(stale).get("error"));

        HttpResponse<String> other = as("clerk.zjj").get("cases/" + number);
        assertEquals(404, other.statusCode(), other::body);
        HttpResponse<String> supervisor = as("supervisor").postJson("cases/" + number + "/accept", null);
        assertEquals(403, supervisor.statusCode(), supervisor::body);
        assertEquals(200, as("supervisor").get("cases/" + number).statusCode());
        assertFalse(ApiClient.list(as("clerk.zjj").get("cases")).stream().anyMatch(c -> number.equals(c.get("number"))));

        HttpResponse<String> accepted = as("clerk2").postJson("cases/" + number + "/accept", null,
                "If-Match", materials.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, accepted.statusCode(), accepted::body);
        HttpResponse<String> again = as("clerk").postJson("cases/" + number + "/accept", null);
        assertEquals(409, again.statusCode(), again::body);
        assertEquals("case.stateConflict", ApiClient.object(again).get("error"));
    }

    @Test
    @DisplayName("review over the API: a clerk may not decide (403), the chief representative approves, the clerk issues")
    void decisionOverTheApi() {
        String number = number(as("clerk").post("cases", form("91350100M000100Y43")));
        as("clerk").postJson("cases/" + number + "/accept", null);
        assertEquals(200, as("clerk").postJson("cases/" + number + "/step", Map.of("note", "材料審核通過")).statusCode());
        assertEquals(200, as("chief").postJson("cases/" + number + "/step", Map.of("note", "審查通過")).statusCode());

        HttpResponse<String> byClerk = as("clerk").postJson("cases/" + number + "/decision", Map.of("decision", "APPROVED"));
        assertEquals(403, byClerk.statusCode(), byClerk::body);
        assertEquals("case.decisionForbidden", ApiClient.object(byClerk).get("error"));

        HttpResponse<String> decided = as("chief").postJson("cases/" + number + "/decision", Map.of("decision", "APPROVED"));
        assertEquals(200, decided.statusCode(), decided::body);
        assertEquals("READY_TO_ISSUE", ApiClient.object(decided).get("status"));
        HttpResponse<String> issued = as("clerk").postJson("cases/" + number + "/issue", null);
        assertEquals("ISSUED", ApiClient.object(issued).get("status"), issued::body);
    }
}
