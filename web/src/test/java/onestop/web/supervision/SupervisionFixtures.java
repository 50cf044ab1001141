package onestop.web.supervision;

import onestop.web.ApiClient;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Cases and cards for the supervision pages' tests, made the way the windows make them: through the staff API. */
final class SupervisionFixtures {
    static final String PASSWORD = "onestop-demo-2026";
    /** Five materials, promised in 5 working days. */
    static final String PROMISED_ITEM = "SCJ-XK-004";
    /** Decided by the chief representative right after acceptance. */
    static final String QUICK_ITEM = "SCJ-XK-002";

    private final URL base;

    SupervisionFixtures(URL base) {
        this.base = base;
    }

    /** A case of the item registered at window A01 by {@code clerk} and accepted; its JSON view. */
    Map<String, Object> accepted(String item) {
        ApiClient clerk = ApiClient.as(base, "clerk", PASSWORD);
        Map<String, Object> guide = ApiClient.object(ApiClient.anonymous(base).get("items/" + item));
        int materials = ((List<?>) guide.get("materials")).size();
        List<Map<String, Object>> received = IntStream.range(0, materials)
                .mapToObj(i -> Map.<String, Object>of("position", i, "received", true, "form", "ORIGINAL", "copies", 1))
                .toList();
        HttpResponse<String> registered = clerk.post("cases", Map.of("itemCode", item, "applicantKind", "ENTITY",
                "applicantName", "大慶市監察畫面測試有限公司", "identifier", "91350100M000100Y43", "phone", "0459-6000000",
                "legalRepresentative", "張曉明", "materials", received));
        assertEquals(201, registered.statusCode(), registered::body);
        String number = (String) ApiClient.object(registered).get("number");
        HttpResponse<String> accepted = clerk.post("cases/" + number + "/accept", null);
        assertEquals(200, accepted.statusCode(), accepted::body);
        return ApiClient.object(accepted);
    }

    /** A case of the quick item accepted and approved today by the chief representative; its number. */
    String completedToday() {
        String number = (String) accepted(QUICK_ITEM).get("number");
        HttpResponse<String> decided = ApiClient.as(base, "chief", PASSWORD)
                .post("cases/" + number + "/decision", Map.of("decision", "APPROVED"));
        assertEquals(200, decided.statusCode(), decided::body);
        return number;
    }

    /** A date of the API's JSON: {@code "2026-12-07"} or {@code [2026, 12, 7]}. */
    static LocalDate date(Object json) {
        if (json instanceof List<?> parts) {
            return LocalDate.of(((Number) parts.get(0)).intValue(), ((Number) parts.get(1)).intValue(),
                    ((Number) parts.get(2)).intValue());
        }
        return LocalDate.parse((String) json);
    }

    /** Runs the alert scan as of {@code day} (the test-only hook). */
    void scan(LocalDate day) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "it/alert-scan?day=" + day))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
    }
}
