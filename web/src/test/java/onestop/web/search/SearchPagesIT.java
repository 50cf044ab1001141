package onestop.web.search;

import onestop.testing.TestDeployments;
import onestop.web.ApiClient;
import onestop.web.BrowserLanguage;
import onestop.web.BrowserTestBase;
import onestop.web.items.CatalogSeeds;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search screens in a real browser, in zh-Hant: the public item search, the archivist's search
 * page with facets and paging, and the index part of center management. Screenshots are left in
 * {@code target/screenshots}.
 */
@BrowserLanguage("zh-TW")
class SearchPagesIT extends BrowserTestBase {
    private static String word;
    private static String scjCode;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.webModule("search-pages-it");
    }

    /** Three SCJ guides and one ZJJ guide sharing a made-up word; one SCJ guide revised once. */
    @BeforeEach
    void items() throws InterruptedException {
        if (word != null) {
            return;
        }
        CatalogSeeds seeds = CatalogSeeds.on(base);
        String w = "頁面檢索" + CatalogSeeds.freshCode().substring(7);
        String first = CatalogSeeds.freshCode();
        Map<String, Object> food = CatalogSeeds.foodLicense("食品經營許可" + w);
        seeds.publish(first, food, "首次公布");
        food.put("promisedDays", 12);
        seeds.revise(first, food, "承諾時限調整");
        seeds.publish(CatalogSeeds.freshCode(), CatalogSeeds.foodLicense("食品小作坊登記" + w), "首次公布");
        seeds.publish(CatalogSeeds.freshCode(), CatalogSeeds.foodLicense("餐飲服務備案" + w), "首次公布");
        Map<String, Object> building = CatalogSeeds.foodLicense("建設工程規劃許可" + w);
        building.put("departmentCode", "ZJJ");
        building.put("hallCode", "CONSTRUCTION");
        seeds.publish(CatalogSeeds.freshCode(), building, "首次公布");
        awaitArchive(w, 5, "the five versions");
        scjCode = first;
        word = w;
    }

    /** Waits until the archivist's search for {@code text} has {@code total} results (the index lags by seconds). */
    private void awaitArchive(String text, int total, String what) throws InterruptedException {
        ApiClient archivist = ApiClient.as(base, "archivist", DEMO_PASSWORD);
        Instant end = Instant.now().plus(Duration.ofSeconds(40));
        while (!archivist.get("search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)).body().contains("\"total\":" + total)) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError(what + " not indexed within 40 s");
            }
            Thread.sleep(300);
        }
    }

    private static List<String> hitTitles() {
        return driver().findElements(By.cssSelector("#hits .hit-title")).stream().map(e -> e.getText().strip()).toList();
    }

    @Test
    @DisplayName("the public types words in Simplified, finds the current guides with the words marked, narrows by department, opens a guide")
    void publicItemSearch() {
        open("items/search.xhtml");
        type("q", "页面检索" + word.substring(4));
        guardHttp(() -> byId("searchSubmit").click());

        capture("search-public-zh-Hant");
        String count = textOf("resultCount");
        List<WebElement> marks = driver().findElements(By.cssSelector("#hits .hit-title mark"));
        List<String> departments = driver().findElements(By.cssSelector("#departmentFacets li")).stream()
                .map(e -> e.getText().strip()).toList();
        assertAll(
                () -> assertEquals(text("search.count", 4), count),
                () -> assertTrue(marks.stream().anyMatch(m -> m.getText().equals(word)), "the Traditional original is marked"),
                () -> assertEquals(List.of("市場監督管理局 3", "住房和城鄉建設局 1"), departments),
                () -> assertTrue(driver().manage().getCookieNamed("JSESSIONID") == null, "searching opens no session"));

        guardHttp(() -> driver().findElement(By.cssSelector("#departmentFacets a[data-code='ZJJ']")).click());
        assertEquals(List.of("建設工程規劃許可" + word), hitTitles());

        guardHttp(() -> driver().findElement(By.cssSelector("#hits .hit-title")).click());
        assertEquals("/items/guide.xhtml", currentPath());
    }

    @Test
    @DisplayName("a query with an unbalanced quote shows a message in zh-Hant, not an error page")
    void publicBadQuery() {
        open("items/search.xhtml");
        type("q", "\"食品經營");
        guardHttp(() -> byId("searchSubmit").click());

        capture("search-public-bad-query");
        assertTrue(textOf("searchError").startsWith("第 1 個字附近無法解讀"), textOf("searchError"));
        assertEquals("\"食品經營", byId("q").getAttribute("value"));
    }

    @Test
    @DisplayName("the archivist searches everything, sees the superseded version too, filters by a facet and pages through the results")
    void archivistSearch() {
        logIn("archivist");
        try {
            guardHttp(() -> driver().findElement(By.cssSelector("#sideMenu a[href*='search.xhtml']")).click());
            type("q", word);
            guardHttp(() -> byId("searchSubmit").click());

            capture("search-staff-zh-Hant");
            String count = textOf("resultCount");
            String statuses = textOf("facet-status");
            assertAll(
                    () -> assertEquals(text("search.count", 5), count),
                    () -> assertTrue(statuses.contains("已被取代 1"), statuses),
                    () -> assertTrue(statuses.contains("現行 4"), statuses));

            guardHttp(() -> driver().findElement(By.cssSelector("#facet-status a[data-code='SUPERSEDED']")).click());
            assertEquals(text("search.count", 1), textOf("resultCount"));
            assertTrue(driver().findElement(By.cssSelector("#hits .code")).getText().startsWith(scjCode));

            guardHttp(() -> driver().findElement(By.cssSelector("#facet-status a[data-code='SUPERSEDED']")).click());
            int pages = 1;
            java.util.Set<String> seen = new java.util.HashSet<>(hitTitles());
            while (!driver().findElements(By.id("nextPage")).isEmpty() && pages < 5) {
                guardHttp(() -> byId("nextPage").click());
                seen.addAll(hitTitles());
                pages++;
            }
            assertEquals(1, pages, "20 to a page: five results fit on one");
            assertEquals(4, seen.size(), "four distinct names (one item in two versions)");
        } finally {
            logOut();
        }
    }

    @Test
    @DisplayName("the archivist finds a case by its applicant: the case with its number, status and marked name, its notice as the matching document; the number opens the case")
    void archivistFindsCase() throws InterruptedException {
        String company = CaseSeeds.freshCompany();
        String number = CaseSeeds.accepted(base, company);
        awaitArchive(company, 2, "the case and its notice");
        logIn("archivist");
        try {
            open("staff/search.xhtml");
            type("q", company);
            guardHttp(() -> byId("searchSubmit").click());

            capture("search-staff-cases-zh-Hant");
            List<String> badges = driver().findElements(By.cssSelector("#hits .badge")).stream().map(e -> e.getText().strip()).toList();
            WebElement caseHit = driver().findElement(By.cssSelector("#hits li.hit-case"));
            WebElement noticeHit = driver().findElement(By.cssSelector("#hits li.hit-document"));
            assertAll(
                    () -> assertEquals(List.of("受理通知書", "辦件"), badges, "newest first: the notice, then the case"),
                    () -> assertEquals(number, caseHit.findElement(By.cssSelector(".hit-number")).getText().strip()),
                    () -> assertEquals(company, caseHit.findElement(By.cssSelector(".hit-applicant mark")).getText()),
                    () -> assertEquals("審查中", caseHit.findElement(By.cssSelector(".hit-status")).getText().strip()),
                    () -> assertTrue(noticeHit.findElement(By.cssSelector(".hit-title")).getText().contains(number + "-acceptance-notice.pdf")),
                    () -> assertEquals(number, noticeHit.findElement(By.cssSelector(".hit-number")).getText().strip()));

            guardHttp(() -> caseHit.findElement(By.cssSelector(".hit-number")).click());
            assertEquals("/staff/cases/case.xhtml", currentPath());
            assertTrue(currentQuery().contains(number), currentQuery());
        } finally {
            logOut();
        }
    }

    @Test
    @DisplayName("center management sees the index working with its backlog and lag, and starts a full rebuild")
    void indexAdministration() {
        logIn("admin");
        try {
            guardHttp(() -> driver().findElement(By.cssSelector("#sideMenu a[href*='search-index.xhtml']")).click());
            capture("search-index-admin-zh-Hant");
            assertEquals(text("indexing.up"), textOf("indexState"));
            assertTrue(textOf("indexBacklog").matches("\\d+"));
            assertTrue(textOf("indexBackend").startsWith("lucene"));

            byId("index:rebuild").click();
            WebElement yes = visible("index:rebuild").findElement(By.xpath("//button[contains(@class,'ui-confirmdialog-yes')]"));
            waitForAnimations();
            guardAjax(yes::click);

            List<String> shown = messages("messages");
            assertFalse(shown.isEmpty());
            assertTrue(shown.get(0).startsWith("完整重建") || shown.get(0).equals(text("indexing.rebuildRunning")), shown.toString());
        } finally {
            logOut();
        }
    }
}
