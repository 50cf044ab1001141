package onestop.web.publicside;

import onestop.testing.TestDeployments;
import onestop.web.ApiClient;
import onestop.web.publicside.PublicCases.Case;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public JSON API ({@code /api/public/...}) as a citizen's app or a portal uses it, with no
 * login: progress by number and code, published decisions, opinions, evaluations; the bad input
 * of the issue; nothing personal in any answer; the limits per client address.
 */
@ExtendWith(ArquillianExtension.class)
class PublicApiIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.webModule("public-api-it");
    }

    @ArquillianResource
    private URL base;

    private PublicCases cases() {
        return new PublicCases(base);
    }

    private ApiClient anonymous(String language) {
        return ApiClient.anonymous(base).inLanguage(language);
    }

    private static Map<String, Object> json(HttpResponse<String> r) {
        return ApiClient.object(r);
    }

    private static void nothingPersonal(String body) {
        assertAll(
                () -> assertFalse(body.contains(PublicCases.PERSON_ID), body),
                () -> assertFalse(body.contains(PublicCases.PERSON_PHONE), body),
                () -> assertFalse(body.contains(PublicCases.CREDIT_CODE), body),
                () -> assertFalse(body.contains("張曉明"), body),
                () -> assertFalse(body.contains("王小二"), body));
    }

    private static Map<String, Object> progressQuestion(String number, String code) {
        Map<String, Object> q = new HashMap<>();
        q.put("number", number);
        q.put("code", code);
        return q;
    }

    @Test
    @DisplayName("progress with the right code: state, steps, deadline, in the caller's language, never stored by caches, no session, nothing personal")
    void progress() {
        Case c = cases().acceptedPerson();

        HttpResponse<String> r = anonymous("zh-TW").post("public/progress", progressQuestion(c.number(), c.code().toLowerCase()));

        assertEquals(200, r.statusCode(), r::body);
        Map<String, Object> v = json(r);
        assertAll(
                () -> assertEquals("IN_REVIEW", v.get("status")),
                () -> assertEquals("已受理，審查中", v.get("statusText")),
                () -> assertEquals("市場監督管理局", v.get("department")),
                () -> assertNotNull(v.get("deadline")),
                () -> assertFalse(((List<?>) v.get("steps")).isEmpty()),
                () -> assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse("")),
                () -> assertTrue(r.headers().firstValue("Set-Cookie").isEmpty(), "no session"));
        nothingPersonal(r.body());
    }

    @Test
    @DisplayName("after a correction notice the lacking material is listed; the wrong code tells nothing; a malformed number is a 400")
    void correctionAndWrongInput() {
        Case c = cases().awaitingCorrection();

        Map<String, Object> v = json(anonymous("en").post("public/progress", progressQuestion(c.number(), c.code())));
        assertEquals("AWAITING_CORRECTION", v.get("status"));
        assertEquals(1, ((List<?>) v.get("lacking")).size());

        HttpResponse<String> wrong = anonymous("en").post("public/progress", progressQuestion(c.number(), PublicCases.wrong(c.code())));
        assertEquals(404, wrong.statusCode());
        assertEquals("progress.unknown", json(wrong).get("error"));
        assertTrue(((String) json(wrong).get("message")).startsWith("No case matches"), wrong::body);
        assertFalse(wrong.body().contains(PublicCases.ITEM), "nothing about the case: " + wrong.body());

        HttpResponse<String> unknown = anonymous("en").post("public/progress", progressQuestion("SCJ-1999-999999", c.code()));
        assertEquals(wrong.body(), unknown.body(), "an unknown number reads like a wrong code");

        HttpResponse<String> malformed = anonymous("zh-CN").post("public/progress", progressQuestion("SCJ-2026-42; drop table", c.code()));
        assertEquals(400, malformed.statusCode());
        assertEquals("progress.numberMalformed", json(malformed).get("error"));
        assertTrue(((String) json(malformed).get("message")).startsWith("这不是办件编号"), malformed::body);
    }

    @Test
    @DisplayName("five wrong codes for a case stop its look-up, the right code too, with 429 and Retry-After")
    void wrongCodesPerNumber() {
        Case c = cases().acceptedCompany("大慶市慢速查詢有限公司");
        for (int i = 0; i < 5; i++) {
            LoopbackHttp.Answer a = LoopbackHttp.send(LoopbackHttp.freshAddress(), base, "POST", "api/public/progress",
                    "{\"number\":\"" + c.number() + "\",\"code\":\"" + PublicCases.wrong(c.code()) + "\"}");
            assertEquals(404, a.status(), a::body);
        }

        HttpResponse<String> right = anonymous("en").post("public/progress", progressQuestion(c.number(), c.code()));

        assertEquals(429, right.statusCode(), right::body);
        assertEquals("progress.attemptsTooMany", json(right).get("error"));
        assertTrue(Integer.parseInt(right.headers().firstValue("Retry-After").orElseThrow()) > 0);
    }

    @Test
    @DisplayName("twenty wrong codes from one address stop its look-ups of any case; other addresses go on")
    void wrongCodesPerAddress() {
        Case c = cases().acceptedCompany("大慶市地址限速有限公司");
        String guesser = LoopbackHttp.freshAddress();
        for (int i = 0; i < 20; i++) {
            LoopbackHttp.Answer a = LoopbackHttp.send(guesser, base, "POST", "api/public/progress",
                    "{\"number\":\"SCJ-2026-9" + String.format("%05d", i) + "\",\"code\":\"AAAAAAAA\"}");
            assertEquals(404, a.status(), a::body);
        }
        String rightQuestion = "{\"number\":\"" + c.number() + "\",\"code\":\"" + c.code() + "\"}";

        LoopbackHttp.Answer blocked = LoopbackHttp.send(guesser, base, "POST", "api/public/progress", rightQuestion);
        LoopbackHttp.Answer other = LoopbackHttp.send(LoopbackHttp.freshAddress(), base, "POST", "api/public/progress", rightQuestion);

        assertEquals(429, blocked.status(), blocked::body);
        assertTrue(blocked.body().contains("progress.attemptsTooMany"), blocked::body);
        assertEquals(200, other.status(), other::body);
    }

    @Test
    @DisplayName("published decisions: a person's name masked, a company's in full, no identifier; filters by department, item and date; cacheable")
    void bulletins() {
        Case person = cases().issued(cases().acceptedPerson());
        Case company = cases().issued(cases().acceptedCompany("大慶市公示接口有限公司"));

        HttpResponse<String> r = anonymous("en").get("public/bulletins?department=SCJ&item=" + PublicCases.ITEM + "&size=100");

        assertEquals(200, r.statusCode(), r::body);
        List<Map<String, Object>> list = (List<Map<String, Object>>) json(r).get("bulletins");
        Map<String, Object> p = list.stream().filter(b -> person.number().equals(b.get("caseNumber"))).findFirst().orElseThrow();
        Map<String, Object> e = list.stream().filter(b -> company.number().equals(b.get("caseNumber"))).findFirst().orElseThrow();
        assertAll(
                () -> assertEquals("張*明", p.get("applicant")),
                () -> assertEquals("大慶市公示接口有限公司", e.get("applicant")),
                () -> assertEquals("Approved", p.get("decisionText")),
                () -> assertEquals("public, max-age=60", r.headers().firstValue("Cache-Control").orElse("")));
        nothingPersonal(r.body());
        HttpResponse<String> other = anonymous("en").get("public/bulletins?department=ZJJ&size=100");
        assertFalse(other.body().contains(person.number()));
        HttpResponse<String> past = anonymous("en").get("public/bulletins?to=2000-01-01");
        assertEquals(0L, ((Number) json(past).get("total")).longValue());
        HttpResponse<String> badDate = anonymous("en").get("public/bulletins?from=yesterday");
        assertEquals(400, badDate.statusCode());
        assertEquals("bulletin.dateMalformed", json(badDate).get("error"));
    }

    @Test
    @DisplayName("an opinion gets a tracking number and its reply deadline; empty, 100,000 characters and the honeypot are refused clearly; <script> comes back as text")
    void opinions() {
        Map<String, Object> form = new HashMap<>(Map.of("category", "COMPLAINT", "department", "SCJ",
                "text", "<script>alert('x')</script> 排隊太久", "contact", "13912345678"));
        HttpResponse<String> created = anonymous("zh-TW").post("public/opinions", form);

        assertEquals(201, created.statusCode(), created::body);
        String tracking = (String) json(created).get("trackingNumber");
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/api/public/opinions/" + tracking));
        assertEquals(5, ((Number) json(created).get("replyDays")).intValue());

        HttpResponse<String> status = anonymous("zh-TW").get("public/opinions/" + tracking);
        assertEquals(200, status.statusCode(), status::body);
        assertAll(
                () -> assertEquals("<script>alert('x')</script> 排隊太久", json(status).get("text")),
                () -> assertEquals("投訴", json(status).get("categoryText")),
                () -> assertEquals("OPEN", json(status).get("status")),
                () -> assertFalse(status.body().contains("13912345678"), "the contact is not public"));

        form.put("text", "   ");
        HttpResponse<String> empty = anonymous("en").post("public/opinions", form);
        assertEquals(400, empty.statusCode());
        assertEquals("Write your message.", json(empty).get("message"));
        form.put("text", "長".repeat(100_000));
        HttpResponse<String> huge = anonymous("en").post("public/opinions", form);
        assertEquals(400, huge.statusCode());
        assertEquals("The text may have at most 2,000 characters; it has 100,000.", json(huge).get("message"));
        form.put("text", "normal");
        form.put("website", "http://spam.example");
        HttpResponse<String> robot = anonymous("en").post("public/opinions", form);
        assertEquals(400, robot.statusCode());
        assertEquals("opinion.rejected", json(robot).get("error"));

        HttpResponse<String> none = anonymous("en").get("public/opinions/Y2222-2222-222");
        assertEquals(404, none.statusCode());
        HttpResponse<String> malformed = anonymous("en").get("public/opinions/abc");
        assertEquals("opinion.trackingMalformed", json(malformed).get("error"));
        assertEquals(3, ApiClient.list(anonymous("en").get("public/opinions/deadlines")).size());
    }

    @Test
    @DisplayName("a finished case is rated once: too early 400, a bad rating opens a follow-up, a second rating 409, a wrong code 404")
    void evaluation() {
        Case c = cases().decided(cases().acceptedPerson());
        Map<String, Object> rating = new HashMap<>(Map.of("caseNumber", c.number(), "queryCode", c.code(), "rating", 1,
                "comment", "<b>太慢</b>"));
        HttpResponse<String> early = anonymous("en").post("public/evaluations", rating);
        assertEquals(400, early.statusCode());
        assertEquals("evaluation.notYet", json(early).get("error"));
        new PublicCases(base).as("clerk").postJson("cases/" + c.number() + "/issue", null);

        HttpResponse<String> first = anonymous("en").post("public/evaluations", rating);
        assertEquals(201, first.statusCode(), first::body);
        assertEquals(Boolean.TRUE, json(first).get("followedUp"));
        assertNotNull(json(first).get("followUpDue"));

        HttpResponse<String> second = anonymous("en").post("public/evaluations", rating);
        assertEquals(409, second.statusCode());
        assertTrue(((String) json(second).get("message")).contains("already been rated"), second::body);

        rating.put("queryCode", PublicCases.wrong(c.code()));
        assertEquals(404, anonymous("en").post("public/evaluations", rating).statusCode());
        Map<String, Object> after = json(anonymous("en").post("public/progress", progressQuestion(c.number(), c.code())));
        assertEquals(1, ((Number) after.get("rating")).intValue());
        assertEquals(Boolean.FALSE, after.get("evaluable"));
    }

    @Test
    @DisplayName("a flood of opinions from one address: the first 20 an hour are registered, then 429 with a clear message")
    void flood() {
        String flooder = LoopbackHttp.freshAddress();
        List<Integer> statuses = new ArrayList<>();
        LoopbackHttp.Answer last = null;
        for (int i = 0; i < 22; i++) {
            last = LoopbackHttp.send(flooder, base, "POST", "api/public/opinions",
                    "{\"category\":\"SUGGESTION\",\"text\":\"建議第" + i + "條\"}");
            statuses.add(last.status());
        }

        assertEquals(20, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
        assertEquals(429, statuses.get(20));
        assertTrue(last.body().contains("Too many submissions from your connection"), last.body());
        assertTrue(last.headers().containsKey("retry-after"));
        assertEquals(201, LoopbackHttp.send(LoopbackHttp.freshAddress(), base, "POST", "api/public/opinions",
                "{\"category\":\"SUGGESTION\",\"text\":\"另一位市民\"}").status(), "others are not affected");
    }
}
