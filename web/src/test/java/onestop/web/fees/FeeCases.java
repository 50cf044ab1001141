package onestop.web.fees;

import onestop.web.ApiClient;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Cases of 住建局's 城市基礎設施配套費 (ZJJ-ZS-001: 45.00 yuan per square metre in the demo
 * catalog) brought through the API to the point where they wait for their fees.
 */
final class FeeCases {
    static final String PASSWORD = "onestop-demo-2026";
    static final String ITEM = "ZJJ-ZS-001";
    private static final int MATERIALS = 4;

    private FeeCases() {
    }

    static ApiClient as(URL base, String login) {
        return ApiClient.as(base, login, PASSWORD);
    }

    /** Registers, accepts and approves a case of {@link #ITEM}; returns its number (status FEE_DUE). */
    static String feeDue(URL base) {
        List<Map<String, Object>> materials = IntStream.range(0, MATERIALS)
                .mapToObj(i -> Map.<String, Object>of("position", i, "received", true, "form", "ORIGINAL", "copies", 1))
                .toList();
        HttpResponse<String> registered = as(base, "clerk.zjj").post("cases", Map.of("itemCode", ITEM,
                "applicantKind", "ENTITY", "applicantName", "大慶市繳費測試建設有限公司", "identifier", "91350100M000100Y43",
                "phone", "0459-6000000", "legalRepresentative", "王五", "materials", materials));
        assertEquals(201, registered.statusCode(), registered::body);
        String number = (String) ApiClient.object(registered).get("number");
        HttpResponse<String> accepted = as(base, "clerk.zjj").postJson("cases/" + number + "/accept", null);
        assertEquals(200, accepted.statusCode(), accepted::body);
        HttpResponse<String> decided = as(base, "chief.zjj").post("cases/" + number + "/decision", Map.of("decision", "APPROVED"));
        assertEquals("FEE_DUE", ApiClient.object(decided).get("status"), decided::body);
        return number;
    }

    /** Issues a notice for {@code area} square metres as the clerk; returns the notice as JSON. */
    static Map<String, Object> notice(URL base, String caseNumber, String area) {
        HttpResponse<String> issued = as(base, "clerk.zjj").post("fees/cases/" + caseNumber + "/notices",
                Map.of("lines", List.of(Map.of("feeCode", "F01", "quantity", Double.valueOf(area)))));
        assertEquals(201, issued.statusCode(), issued::body);
        return ApiClient.object(issued);
    }

    static String status(URL base, String caseNumber) {
        return (String) ApiClient.object(as(base, "clerk.zjj").get("cases/" + caseNumber)).get("status");
    }
}
