package onestop.web.publicside;

import onestop.web.ApiClient;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Cases made for the public-side tests through the staff API, as the windows make them. */
final class PublicCases {
    static final String PASSWORD = "onestop-demo-2026";
    static final String ITEM = "SCJ-XK-004";
    static final String PERSON_ID = "11010519491231002X";
    static final String PERSON_PHONE = "13800138000";
    static final String CREDIT_CODE = "91350100M000100Y43";

    /** A case's number and query code. */
    record Case(String number, String code) {
    }

    private final URL base;

    PublicCases(URL base) {
        this.base = base;
    }

    ApiClient as(String login) {
        return ApiClient.as(base, login, PASSWORD);
    }

    private static List<Map<String, Object>> materials(boolean all) {
        return IntStream.range(0, 5).mapToObj(i -> Map.<String, Object>of("position", i, "received", all || i != 1,
                "form", "ORIGINAL", "copies", 1)).toList();
    }

    /** A person's application (張曉明), accepted. */
    Case acceptedPerson() {
        return intake(Map.of("itemCode", ITEM, "applicantKind", "PERSON", "applicantName", "張曉明",
                "identifier", PERSON_ID, "phone", PERSON_PHONE, "materials", materials(true)), true);
    }

    /** A company's application, accepted. */
    Case acceptedCompany(String name) {
        return intake(Map.of("itemCode", ITEM, "applicantKind", "ENTITY", "applicantName", name,
                "identifier", CREDIT_CODE, "phone", "0459-6000000", "legalRepresentative", "李四",
                "materials", materials(true)), true);
    }

    /** A person's application lacking its second material, with the one-time correction notice issued. */
    Case awaitingCorrection() {
        Case c = intake(Map.of("itemCode", ITEM, "applicantKind", "PERSON", "applicantName", "王小二",
                "identifier", PERSON_ID, "phone", PERSON_PHONE, "materials", materials(false)), false);
        HttpResponse<String> r = as("clerk").postJson("cases/" + c.number() + "/correction", Map.of("note", "請補交"));
        assertEquals(200, r.statusCode(), r::body);
        return c;
    }

    private Case intake(Map<String, Object> form, boolean accept) {
        HttpResponse<String> r = as("clerk").post("cases", form);
        assertEquals(201, r.statusCode(), r::body);
        Map<String, Object> view = ApiClient.object(r);
        Case c = new Case((String) view.get("number"), (String) view.get("queryCode"));
        if (accept) {
            ok(as("clerk").postJson("cases/" + c.number() + "/accept", null));
        }
        return c;
    }

    /** Review steps done and approved by the chief representative. */
    Case decided(Case c) {
        ok(as("clerk").postJson("cases/" + c.number() + "/step", Map.of("note", "材料審核通過")));
        ok(as("chief").postJson("cases/" + c.number() + "/step", Map.of("note", "審查通過")));
        ok(as("chief").postJson("cases/" + c.number() + "/decision", Map.of("decision", "APPROVED")));
        return c;
    }

    /** Decided and issued: finished for the applicant, published. */
    Case issued(Case c) {
        decided(c);
        ok(as("clerk").postJson("cases/" + c.number() + "/issue", null));
        return c;
    }

    private static void ok(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r::body);
    }

    /** A query code that is not {@code code}. */
    static String wrong(String code) {
        return code.startsWith("A") ? "BBBBBBBB" : "AAAAAAAA";
    }
}
