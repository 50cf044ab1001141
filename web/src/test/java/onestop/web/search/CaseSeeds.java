package onestop.web.search;

import onestop.web.ApiClient;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

/** Cases for the search tests, made through {@code /api/cases} as the SCJ clerk: registered and accepted. */
final class CaseSeeds {
    /** 市場監管局 食品經營許可, five materials. */
    static final String ITEM = "SCJ-XK-004";
    private static final String PASSWORD = "onestop-demo-2026";

    private CaseSeeds() {
    }

    /** A company name no other test uses. */
    static String freshCompany() {
        return "大慶市檢索" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "食品有限公司";
    }

    /** Registers and accepts a case of {@link #ITEM} for the company; returns its number. */
    static String accepted(URL base, String company) {
        ApiClient clerk = ApiClient.as(base, "clerk", PASSWORD);
        List<Map<String, Object>> materials = IntStream.range(0, 5)
                .mapToObj(i -> Map.<String, Object>of("position", i, "received", true, "form", "ORIGINAL", "copies", 1))
                .toList();
        HttpResponse<String> created = clerk.post("cases", Map.of("itemCode", ITEM, "applicantKind", "ENTITY",
                "applicantName", company, "identifier", "91350100M000100Y43", "phone", "0459-6000000",
                "legalRepresentative", "李四", "materials", materials));
        if (created.statusCode() != 201) {
            throw new AssertionError("the case was not registered: " + created.body());
        }
        String number = (String) ApiClient.object(created).get("number");
        HttpResponse<String> accepted = clerk.postJson("cases/" + number + "/accept", null);
        if (accepted.statusCode() != 200) {
            throw new AssertionError("the case was not accepted: " + accepted.body());
        }
        return number;
    }
}
