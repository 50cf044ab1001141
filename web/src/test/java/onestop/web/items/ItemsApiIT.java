package onestop.web.items;

import onestop.testing.TestDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static onestop.web.items.PublicHttp.header;
import static onestop.web.items.PublicHttp.list;
import static onestop.web.items.PublicHttp.object;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public catalog API ({@code /api/items}) and the caching of the public item pages, without a login. */
@ExtendWith(ArquillianExtension.class)
class ItemsApiIT {
    private static final List<String> SEVEN = List.of("approvalContent", "procedure", "materials", "timeLimit", "fees",
            "preferentialPolicy", "supervision");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.webModule("items-api-it");
    }

    @ArquillianResource
    private URL base;

    private PublicHttp http;

    @BeforeEach
    void client() {
        http = new PublicHttp(base);
    }

    @Test
    @DisplayName("GET /api/items/{code} answers the version in effect with the seven disclosures under their keys, names in the caller's language")
    void itemHasTheSevenDisclosures() {
        CatalogSeeds seeds = CatalogSeeds.on(base);
        String code = CatalogSeeds.freshCode();
        seeds.publish(code, CatalogSeeds.foodLicense("食品經營許可"), "首次公布");

        HttpResponse<byte[]> response = http.get("api/items/" + code, "Accept-Language", "en");

        Map<String, Object> item = object(response);
        assertEquals(200, response.statusCode(), PublicHttp.text(response));
        assertAll(
                () -> assertTrue(item.keySet().containsAll(SEVEN), item::toString),
                () -> assertTrue(item.keySet().containsAll(List.of("code", "name", "department", "hall", "type", "mode",
                        "version", "effectiveDate", "cancellation")), item::toString),
                () -> assertEquals(code, item.get("code")),
                () -> assertEquals("食品經營許可", item.get("name")),
                () -> assertEquals(Map.of("code", "SCJ", "name", "Market Regulation Bureau"), item.get("department")),
                () -> assertEquals(1L, ((Number) item.get("version")).longValue()),
                () -> assertNull(item.get("cancellation")),
                () -> assertEquals(List.of("受理", "審查與現場核查", "決定與發證"),
                        names((List<?>) item.get("procedure"))),
                () -> assertEquals(List.of("食品經營許可申請書", "營業執照", "食品安全管理制度文本"),
                        names((List<?>) item.get("materials"))),
                () -> assertEquals(10L, ((Number) ((Map<?, ?>) item.get("timeLimit")).get("promisedDays")).longValue()),
                () -> assertEquals(List.of("證照工本費", "現場核查費"), names((List<?>) item.get("fees"))),
                () -> assertEquals("小微企業首次申請免收證照工本費。", item.get("preferentialPolicy")),
                () -> assertEquals("中心投訴電話 0459-12345",
                        ((Map<?, ?>) item.get("supervision")).get("complaintChannels")),
                () -> assertNull(header(response, "Set-Cookie")));
    }

    @Test
    @DisplayName("an unknown code is a 404 with a JSON error in the caller's language")
    void unknownCodeIs404InTheCallersLanguage() {
        HttpResponse<byte[]> chinese = http.get("api/items/NO-SUCH-ITEM", "Accept-Language", "zh-TW");
        HttpResponse<byte[]> english = http.get("api/items/NO-SUCH-ITEM/versions", "Accept-Language", "en");

        assertAll(
                () -> assertEquals(404, chinese.statusCode()),
                () -> assertEquals("catalog.itemUnknown", object(chinese).get("error")),
                () -> assertEquals("沒有代碼為「NO-SUCH-ITEM」的事項，或該事項尚未公布。", object(chinese).get("message")),
                () -> assertEquals(404, english.statusCode()),
                () -> assertEquals("There is no item with the code \"NO-SUCH-ITEM\", or it has not been published yet.",
                        object(english).get("message")));
    }

    @Test
    @DisplayName("a client holding the ETag or the Last-Modified gets 304; a publication gives a new ETag")
    void conditionalGet() throws Exception {
        CatalogSeeds seeds = CatalogSeeds.on(base);
        String code = CatalogSeeds.freshCode();
        seeds.publish(code, CatalogSeeds.foodLicense("食品經營許可"), null);
        Thread.sleep(CatalogVersionStamp.REFRESH_MILLIS + 100);
        HttpResponse<byte[]> first = http.get("api/items/" + code);
        String etag = header(first, "ETag");
        String lastModified = header(first, "Last-Modified");

        HttpResponse<byte[]> byTag = http.get("api/items/" + code, "If-None-Match", etag);
        HttpResponse<byte[]> byDate = http.get("api/items/" + code, "If-Modified-Since", lastModified);
        HttpResponse<byte[]> otherLanguage = http.get("api/items/" + code, "If-None-Match", etag, "Accept-Language", "en");
        seeds.publish(CatalogSeeds.freshCode(), CatalogSeeds.foodLicense("另一事項"), null);
        Thread.sleep(CatalogVersionStamp.REFRESH_MILLIS + 100);
        HttpResponse<byte[]> afterPublication = http.get("api/items/" + code, "If-None-Match", etag);

        assertAll(
                () -> assertNotNull(etag),
                () -> assertEquals(304, byTag.statusCode()),
                () -> assertEquals(etag, header(byTag, "ETag")),
                () -> assertEquals(0, byTag.body().length),
                () -> assertEquals(304, byDate.statusCode()),
                () -> assertEquals(200, otherLanguage.statusCode()),
                () -> assertEquals(200, afterPublication.statusCode()),
                () -> assertNotEquals(etag, header(afterPublication, "ETag")));
    }

    @Test
    @DisplayName("GET /api/items filters by hall, department and text; GET /api/items/{code}/versions lists versions newest first with their changes")
    void listAndVersions() {
        CatalogSeeds seeds = CatalogSeeds.on(base);
        String code = CatalogSeeds.freshCode();
        Map<String, Object> content = CatalogSeeds.foodLicense("食品經營許可（" + code + "）");
        seeds.publish(code, content, "首次公布");
        content.put("promisedDays", 8);
        content.put("procedure", List.of(CatalogSeeds.step("受理", "CLERK", 1),
                CatalogSeeds.step("審查與現場核查", "CHIEF_REPRESENTATIVE", 5), CatalogSeeds.step("決定與發證", "CHIEF_REPRESENTATIVE", 2)));
        seeds.revise(code, content, "承諾時限壓縮為 8 個工作日");

        List<Map<String, Object>> byText = list(http.get("api/items?text=" + code));
        List<Map<String, Object>> byHall = list(http.get("api/items?hall=LEGAL_ENTITY&department=SCJ"));
        List<Map<String, Object>> otherHall = list(http.get("api/items?hall=FINANCE&text=" + code));
        List<Map<String, Object>> versions = list(http.get("api/items/" + code + "/versions", "Accept-Language", "zh-TW"));

        assertAll(
                () -> assertEquals(List.of(code), byText.stream().map(i -> i.get("code")).toList()),
                () -> assertTrue(byHall.stream().anyMatch(i -> code.equals(i.get("code")))),
                () -> assertTrue(otherHall.isEmpty()),
                () -> assertEquals(List.of(2L, 1L), versions.stream().map(v -> ((Number) v.get("version")).longValue()).toList()),
                () -> assertEquals(Boolean.TRUE, versions.get(0).get("current")),
                () -> assertEquals("承諾時限壓縮為 8 個工作日", versions.get(0).get("changeNote")),
                () -> assertTrue(((List<?>) versions.get(0).get("changes")).contains(Map.of("field", "promised_days",
                        "label", "承諾時限（工作日）", "before", "10", "after", "8")), () -> versions.get(0).toString()),
                () -> assertEquals(List.of("promised_days", "procedure"), ((List<?>) versions.get(0).get("changes"))
                        .stream().map(c -> ((Map<?, ?>) c).get("field")).toList()));
    }

    @Test
    @DisplayName("the public item pages create no session, send validators and answer 304 to a client that has the page")
    void pagesAreStatelessAndCacheable() throws Exception {
        CatalogSeeds seeds = CatalogSeeds.on(base);
        String code = CatalogSeeds.freshCode();
        seeds.publish(code, CatalogSeeds.foodLicense("食品經營許可"), null);
        Thread.sleep(CatalogVersionStamp.REFRESH_MILLIS + 100);

        for (String page : List.of("items/index.xhtml", "items/index.xhtml?by=az&cancelled=true",
                "items/guide.xhtml?code=" + code, "items/history.xhtml?code=" + code, "items/guide.pdf?code=" + code)) {
            HttpResponse<byte[]> first = http.get(page, "Accept-Language", "zh-TW");
            HttpResponse<byte[]> again = http.get(page, "Accept-Language", "zh-TW", "If-None-Match", header(first, "ETag"));
            assertAll(page,
                    () -> assertEquals(200, first.statusCode()),
                    () -> assertNull(header(first, "Set-Cookie"), "no session cookie"),
                    () -> assertNotNull(header(first, "Last-Modified")),
                    () -> assertEquals(304, again.statusCode()),
                    () -> assertNull(header(again, "Set-Cookie")));
        }
    }

    private static List<Object> names(List<?> entries) {
        return entries.stream().map(e -> (Object) ((Map<?, ?>) e).get("name")).toList();
    }
}
