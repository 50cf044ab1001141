package onestop.web.search;

import onestop.testing.TestDeployments;
import onestop.web.ApiClient;
import onestop.web.items.CatalogSeeds;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /api/public/search} and {@code /api/search} as a script uses them, on the running center
 * with its demo catalog (the web ITs use the embedded Lucene index): what the public finds, who
 * sees what, paging, refusals in the caller's language, the index in {@code /api/health}.
 */
@ExtendWith(ArquillianExtension.class)
class SearchApiIT {
    private static final String PASSWORD = "onestop-demo-2026";
    private static String scjCode;
    private static String zjjCode;
    private static String word;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.webModule("search-api-it");
    }

    @ArquillianResource
    private URL base;

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> pub(String query) {
        return ApiClient.anonymous(base).get("public/search?" + query);
    }

    private HttpResponse<String> as(String login, String query) {
        return ApiClient.as(base, login, PASSWORD).get("search?" + query);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> hits(HttpResponse<String> r) {
        return (List<Map<String, Object>>) ApiClient.object(r).get("hits");
    }

    private static long total(HttpResponse<String> r) {
        return ((Number) ApiClient.object(r).get("total")).longValue();
    }

    private static <T> T await(Supplier<T> probe, Predicate<T> done, String what) throws InterruptedException {
        return await(probe, done, what, Duration.ofSeconds(40));
    }

    private static <T> T await(Supplier<T> probe, Predicate<T> done, String what, Duration limit) throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        T last = probe.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("not within 40 s: " + what + " (last: " + last + ")");
            }
            Thread.sleep(300);
            last = probe.get();
        }
        return last;
    }

    /** Two items in two departments, each revised once, so that each has a superseded version 1. */
    @BeforeEach
    void items() throws InterruptedException {
        if (scjCode != null) {
            return;
        }
        CatalogSeeds seeds = CatalogSeeds.on(base);
        word = "檢索測試" + CatalogSeeds.freshCode().substring(7);
        String scj = CatalogSeeds.freshCode();
        String zjj = CatalogSeeds.freshCode();
        Map<String, Object> food = CatalogSeeds.foodLicense("食品經營許可" + word);
        seeds.publish(scj, food, "首次公布");
        food.put("promisedDays", 12);
        seeds.revise(scj, food, "承諾時限調整");
        Map<String, Object> building = CatalogSeeds.foodLicense("建設工程規劃許可" + word);
        building.put("departmentCode", "ZJJ");
        building.put("hallCode", "CONSTRUCTION");
        seeds.publish(zjj, building, "首次公布");
        building.put("promisedDays", 12);
        seeds.revise(zjj, building, "承諾時限調整");
        await(() -> as("archivist", "q=" + q(word)), r -> r.statusCode() == 200 && total(r) == 4, "four versions indexed");
        scjCode = scj;
        zjjCode = zjj;
    }

    @Test
    @DisplayName("the public finds current guides only, by Traditional or Simplified words, with the match marked")
    void publicSearch() {
        HttpResponse<String> traditional = pub("q=" + q(word));
        HttpResponse<String> simplified = pub("q=" + q("检索测试" + word.substring(4)));
        HttpResponse<String> superseded = pub("q=" + q(word) + "&status=SUPERSEDED&scope=all");

        assertEquals(200, traditional.statusCode(), traditional.body());
        assertEquals(2, total(traditional));
        assertEquals(2, total(simplified));
        assertEquals(Set.of(scjCode, zjjCode), Set.copyOf(hits(traditional).stream().map(h -> (String) h.get("number")).toList()));
        assertTrue(hits(traditional).stream().allMatch(h -> "item".equals(h.get("type"))));
        assertTrue(String.valueOf(hits(traditional).get(0).get("titleHtml")).contains("<mark>" + word + "</mark>"), traditional.body());
        assertEquals(0, total(superseded), "the public never sees superseded versions, whatever it asks");
    }

    @Test
    @DisplayName("a clerk of SCJ sees SCJ's superseded version only; the archivist and the auditor see both departments'")
    void scoping() {
        String superseded = "q=" + q(word) + "&status=SUPERSEDED";

        HttpResponse<String> clerk = as("clerk", superseded);
        HttpResponse<String> archivist = as("archivist", superseded);
        HttpResponse<String> auditor = as("auditor", superseded);
        HttpResponse<String> cashier = as("cashier", superseded);

        assertEquals(List.of(scjCode), hits(clerk).stream().map(h -> (String) h.get("number")).toList());
        assertEquals(2, total(archivist));
        assertEquals(2, total(auditor));
        assertEquals(403, cashier.statusCode());
    }

    @Test
    @DisplayName("facets count the matches, filters narrow them, and cursor pages go through every match once")
    void facetsFiltersAndPaging() {
        HttpResponse<String> all = as("archivist", "q=" + q(word) + "&size=1");
        @SuppressWarnings("unchecked")
        Map<String, List<Map<String, Object>>> facets = (Map<String, List<Map<String, Object>>>) ApiClient.object(all).get("facets");
        HttpResponse<String> zjjOnly = as("archivist", "q=" + q(word) + "&department=ZJJ&hall=CONSTRUCTION");

        Set<String> seen = new HashSet<>();
        String after = null;
        int pages = 0;
        do {
            HttpResponse<String> page = as("archivist", "q=" + q(word) + "&size=1&sort=oldest" + (after == null ? "" : "&after=" + q(after)));
            hits(page).forEach(h -> seen.add((String) h.get("id")));
            after = (String) ApiClient.object(page).get("next");
            pages++;
        } while (after != null && pages < 10);

        assertEquals(4, total(all));
        assertEquals(Map.of("SCJ", 2L, "ZJJ", 2L), Map.copyOf(facets.get("department").stream()
                .collect(java.util.stream.Collectors.toMap(f -> (String) f.get("value"), f -> ((Number) f.get("count")).longValue()))));
        assertEquals(2, total(zjjOnly));
        assertEquals(4, pages);
        assertEquals(4, seen.size());
    }

    @Test
    @DisplayName("a case is found by its applicant with its number, status and marked name; its notice names the document; another department and the public find nothing")
    @SuppressWarnings("unchecked")
    void cases() throws InterruptedException {
        String company = CaseSeeds.freshCompany();
        String number = CaseSeeds.accepted(base, company);
        String query = "q=" + q(company);

        HttpResponse<String> archivist = await(() -> as("archivist", query), r -> r.statusCode() == 200 && total(r) == 2,
                "the case and its acceptance notice indexed");
        Map<String, Object> caseHit = hits(archivist).stream().filter(h -> "case".equals(h.get("type"))).findFirst().orElseThrow();
        Map<String, Object> noticeHit = hits(archivist).stream().filter(h -> "document".equals(h.get("type"))).findFirst().orElseThrow();
        Map<String, Object> caseFile = (Map<String, Object>) caseHit.get("caseFile");
        Map<String, Object> document = (Map<String, Object>) noticeHit.get("document");

        assertEquals(number, caseFile.get("number"));
        assertEquals("IN_REVIEW", caseFile.get("status"));
        assertEquals("<mark>" + company + "</mark>", caseFile.get("applicantHtml"));
        assertEquals("ACCEPTANCE_NOTICE", document.get("kind"));
        assertEquals(number + "-acceptance-notice.pdf", document.get("name"));
        assertEquals(number, ((Map<String, Object>) noticeHit.get("caseFile")).get("number"));
        assertEquals(1, total(as("supervisor", "q=" + q(number) + "&scope=cases")));
        assertEquals(0, total(as("clerk.zjj", query)));
        assertEquals(0, total(pub(query + "&scope=cases")));
    }

    @Test
    @DisplayName("unbalanced quotes, 10,000 characters, only punctuation, a forged cursor: 400 with a message in the caller's language")
    void badInput() {
        ApiClient english = ApiClient.anonymous(base).inLanguage("en");
        ApiClient hant = ApiClient.anonymous(base).inLanguage("zh-TW");
        ApiClient hans = ApiClient.anonymous(base).inLanguage("zh-CN");

        HttpResponse<String> quote = english.get("public/search?q=" + q("\"營業執照"));
        HttpResponse<String> bracket = hant.get("public/search?q=" + q("(營業 OR 執照"));
        HttpResponse<String> tooLong = hans.get("public/search?q=" + q("營".repeat(10_000)));
        HttpResponse<String> punctuation = english.get("public/search?q=" + q("，。！？…"));
        HttpResponse<String> cursor = english.get("public/search?q=" + q("許可") + "&after=forged");
        HttpResponse<String> date = english.get("public/search?q=" + q("許可") + "&from=yesterday");

        assertEquals(400, quote.statusCode());
        assertEquals("search.queryInvalid", ApiClient.object(quote).get("error"));
        assertTrue(((String) ApiClient.object(quote).get("message")).startsWith("The search cannot be read near character"));
        assertEquals("search.queryInvalid", ApiClient.object(bracket).get("error"));
        assertTrue(((String) ApiClient.object(bracket).get("message")).contains("括號"));
        assertEquals(400, tooLong.statusCode());
        assertEquals("search.queryTooLong", ApiClient.object(tooLong).get("error"));
        assertTrue(((String) ApiClient.object(tooLong).get("message")).contains("1,000"), tooLong.body());
        assertEquals("search.queryEmpty", ApiClient.object(punctuation).get("error"));
        assertEquals("search.cursorInvalid", ApiClient.object(cursor).get("error"));
        assertEquals(400, date.statusCode());
    }

    @Test
    @DisplayName("/api/health shows the index with its backlog and lag; center management sees the index state and can start a rebuild")
    void healthAndAdmin() throws InterruptedException {
        HttpResponse<String> health = ApiClient.anonymous(base).get("health");
        @SuppressWarnings("unchecked")
        Map<String, Object> index = (Map<String, Object>) ApiClient.object(health).get("index");
        HttpResponse<String> state = ApiClient.as(base, "admin", PASSWORD).get("search/index");
        // a fresh server rebuilds its empty index from the database at start: wait until that is over
        await(() -> ApiClient.as(base, "admin", PASSWORD).get("search/index"),
                r -> !String.valueOf(ApiClient.object(r).get("rebuild")).contains("outcome=RUNNING"), "no rebuild running",
                Duration.ofSeconds(240));
        HttpResponse<String> clerkRebuild = ApiClient.as(base, "clerk", PASSWORD).post("search/index/rebuild", null);
        HttpResponse<String> rebuild = ApiClient.as(base, "admin", PASSWORD).post("search/index/rebuild", null);
        String requested = "id=" + ApiClient.object(rebuild).get("rebuild") + ",";
        HttpResponse<String> done = await(() -> ApiClient.as(base, "admin", PASSWORD).get("search/index"),
                r -> String.valueOf(ApiClient.object(r).get("rebuild")).contains(requested)
                        && String.valueOf(ApiClient.object(r).get("rebuild")).contains("outcome=DONE"), "the rebuild done",
                Duration.ofSeconds(240));   // every case and document in the database: on CI's PostgreSQL run, all the EJB tests' too

        assertEquals(200, health.statusCode(), health.body());
        assertEquals("UP", index.get("status"));
        assertNotNull(index.get("backlog"));
        assertNotNull(index.get("lagSeconds"));
        assertEquals("lucene", ApiClient.object(state).get("backend"));
        assertEquals(403, clerkRebuild.statusCode());
        assertEquals(202, rebuild.statusCode(), rebuild.body());
        assertEquals(4, total(as("archivist", "q=" + q(word))), "everything is found again after the rebuild");
        assertTrue(String.valueOf(ApiClient.object(done).get("rebuild")).contains("outcome=DONE"));
    }
}
