package onestop.web.items;

import onestop.testing.TestDeployments;
import onestop.web.BrowserLanguage;
import onestop.web.BrowserTestBase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public item pages in a real browser, in the center's own language: the guide with its
 * seven disclosures, the browse lists, the history with changes side by side, the language
 * switch, and no session throughout. Screenshots of each page (zh-Hant and English) are left in
 * {@code target/screenshots}.
 */
@BrowserLanguage("zh-TW")
class ItemGuidePageIT extends BrowserTestBase {
    private static final ResourceBundle HANT = ResourceBundle.getBundle("onestop.web.catalog", Locale.TAIWAN);
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("onestop.web.catalog", Locale.ENGLISH);
    private static final List<String> SEVEN = List.of("approvalContent", "procedure", "materials", "timeLimit", "fees",
            "preferentialPolicy", "supervision");

    private static String code;
    private static String name;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.webModule("item-guide-page-it");
    }

    /** One item for the class, in two versions, with its F02 fee cancelled by decree. */
    @BeforeEach
    void item() {
        if (code != null) {
            return;
        }
        CatalogSeeds seeds = CatalogSeeds.on(base);
        String fresh = CatalogSeeds.freshCode();
        String itemName = "食品經營許可（" + fresh + "）";
        Map<String, Object> content = CatalogSeeds.foodLicense(itemName);
        seeds.publish(fresh, content, "首次公布");
        content.put("promisedDays", 8);
        content.put("procedure", List.of(CatalogSeeds.step("受理", "CLERK", 1),
                CatalogSeeds.step("審查與現場核查", "CHIEF_REPRESENTATIVE", 5), CatalogSeeds.step("決定與發證", "CHIEF_REPRESENTATIVE", 2)));
        @SuppressWarnings("unchecked")
        List<Object> materials = (List<Object>) content.get("materials");
        materials.add(2, CatalogSeeds.material("法定代表人身份證明", "COPY", 1, true, "D", "窗口經數據共享調取"));
        seeds.revise(fresh, content, "承諾時限壓縮為 8 個工作日；增加身份證明");
        seeds.cancelFee(fresh, "F02", "國發〔2026〕12號");
        code = fresh;
        name = itemName;
    }

    @Test
    @DisplayName("the guide page shows the seven disclosures, each headed, with the item's content")
    void guideShowsTheSevenDisclosures() {
        open("items/guide.xhtml?code=" + code);

        capture("items-guide-zh-Hant");
        byId("guide");
        assertAll(
                () -> assertEquals(name, textOf("itemName")),
                () -> assertEquals(SEVEN.stream().map(s -> HANT.getString("guide." + s)).toList(),
                        SEVEN.stream().map(s -> section(s).findElement(By.tagName("h2")).getText().strip()).toList()),
                () -> assertTrue(text("approvalContent").contains("從事食品銷售和餐飲服務活動，應當依法取得食品經營許可。")),
                () -> assertEquals(List.of("受理", "審查與現場核查", "決定與發證"), column("procedure", 2)),
                () -> assertEquals(List.of("窗口受理人員", "首席代表", "首席代表"), column("procedure", 3)),
                () -> assertEquals(List.of("1 個工作日", "5 個工作日", "2 個工作日"), column("procedure", 4)),
                () -> assertEquals(List.of("食品經營許可申請書", "營業執照", "法定代表人身份證明", "食品安全管理制度文本"),
                        column("materials", 2)),
                () -> assertEquals(List.of("原件", "複印件", "複印件", "原件"), column("materials", 3)),
                () -> assertEquals(List.of("必要", "必要", "必要", "選填"), column("materials", 5)),
                () -> assertEquals(List.of("A", "B", "D", "A"), column("materials", 6)),
                () -> assertEquals("20 個工作日", textOf("statutoryDays")),
                () -> assertEquals("8 個工作日", textOf("promisedDays")),
                () -> assertTrue(textOf("handlingMode").startsWith("承諾辦")),
                () -> assertEquals(List.of("證照工本費", "現場核查費"), column("fees", 1)),
                () -> assertEquals("¥10.00", column("fees", 2).get(0)),
                () -> assertTrue(text("preferentialPolicy").contains("小微企業首次申請免收證照工本費。")),
                () -> assertTrue(text("supervision").contains("中心投訴電話 0459-12345")),
                () -> assertTrue(text("supervision").contains("市行政服務中心電子監察室")),
                () -> assertEquals("市場監督管理局", textOf("factDepartment")),
                () -> assertEquals("法人登記大廳", textOf("factHall")),
                () -> assertTrue(textOf("versionLine").contains(code + " · 第 2 版")),
                () -> assertNull(driver().manage().getCookieNamed("JSESSIONID"), "reading a guide opens no session"));
    }

    @Test
    @DisplayName("a cancelled fee is struck through and says the decree that cancelled it")
    void cancelledFeeIsStruckThrough() {
        open("items/guide.xhtml?code=" + code);

        WebElement row = driver().findElement(By.cssSelector("#fees tr[data-fee='F02']"));
        assertAll(
                () -> assertEquals("按核查面積每平方米 0.5 元", row.findElement(By.cssSelector("td:nth-child(2) del")).getText()),
                () -> assertTrue(row.getText().contains("國發〔2026〕12號"), row::getText),
                () -> assertTrue(driver().findElements(By.cssSelector("#fees tr[data-fee='F01'] del")).isEmpty()));
    }

    @Test
    @DisplayName("the history lists the versions newest first and shows what version 2 changed, before and after")
    void historyShowsWhatChanged() {
        open("items/guide.xhtml?code=" + code);
        guardHttp(() -> byId("historyLink").click());

        capture("items-history-zh-Hant");
        List<String> versions = driver().findElements(By.cssSelector("#versions > li > h2")).stream()
                .map(h -> h.getText().strip()).toList();
        WebElement promised = driver().findElement(By.cssSelector("#version-2 tr[data-field='promised_days']"));
        WebElement materials = driver().findElement(By.cssSelector("#version-2 tr[data-field='materials']"));
        assertAll(
                () -> assertEquals("/items/history.xhtml", currentPath()),
                () -> assertEquals(List.of("第2版" + HANT.getString("history.current"), "第1版"),
                        versions.stream().map(v -> v.replaceAll("\\s+", "")).toList()),
                () -> assertEquals("10", promised.findElement(By.cssSelector("td.side-before del")).getText()),
                () -> assertEquals("8", promised.findElement(By.cssSelector("td.side-after ins")).getText()),
                () -> assertEquals("法定代表人身份證明 · 複印件 · 1 份 · 必要 · D · 窗口經數據共享調取",
                        materials.findElement(By.cssSelector("td.side-after ins")).getText()),
                () -> assertTrue(materials.findElements(By.cssSelector("td.side-before del")).isEmpty()),
                () -> assertTrue(byId("version-2").getText().contains("承諾時限壓縮為 8 個工作日；增加身份證明")));
    }

    @Test
    @DisplayName("browsing by hall, by department and A–Z by pinyin finds the item; the name filter narrows the list")
    void browseFindsTheItem() {
        open("items/index.xhtml?text=" + code);
        capture("items-browse-zh-Hant");
        String byHall = byId("hall-LEGAL_ENTITY-title").getText();

        guardHttp(() -> byId("byDepartment").click());
        String byDepartment = byId("department-SCJ-title").getText();
        guardHttp(() -> byId("byLetter").click());
        capture("items-browse-az-zh-Hant");
        List<WebElement> rows = driver().findElements(By.cssSelector("#letter-S tr[data-code]"));

        assertAll(
                () -> assertTrue(byHall.startsWith("法人登記大廳"), byHall),
                () -> assertTrue(byDepartment.startsWith("市場監督管理局"), byDepartment),
                () -> assertEquals(List.of(code), rows.stream().map(r -> r.getAttribute("data-code")).toList(),
                        "食 (shi) is listed under S"),
                () -> assertTrue(currentQuery().contains("text=" + code), "the filter is kept: " + currentQuery()),
                () -> assertNull(driver().manage().getCookieNamed("JSESSIONID")));
    }

    @Test
    @DisplayName("a cancelled item is listed only when asked for, marked with its decree, and its guide says so")
    void cancelledItemIsMarked() {
        CatalogSeeds seeds = CatalogSeeds.on(base);
        String cancelled = CatalogSeeds.freshCode();
        seeds.publish(cancelled, CatalogSeeds.foodLicense("已取消事項（" + cancelled + "）"), null);
        seeds.cancelItem(cancelled, "國發〔2026〕15號");

        open("items/index.xhtml?text=" + cancelled);
        boolean listedByDefault = !driver().findElements(By.cssSelector("tr[data-code='" + cancelled + "']")).isEmpty();
        byId("filterCancelled").click();
        guardHttp(() -> byId("filterSubmit").click());
        WebElement row = byId("itemGroups").findElement(By.cssSelector("tr[data-code='" + cancelled + "']"));
        String rowText = row.getText();
        guardHttp(() -> row.findElement(By.tagName("a")).click());

        assertAll(
                () -> assertFalse(listedByDefault),
                () -> assertTrue(rowText.contains(HANT.getString("items.cancelled")) && rowText.contains("國發〔2026〕15號"), rowText),
                () -> assertTrue(textOf("cancellation").contains("國發〔2026〕15號"), textOf("cancellation")));
    }

    @Test
    @DisplayName("the header's language switch shows the same guide in English and keeps the language on the links, without a session")
    void languageSwitch() {
        open("items/guide.xhtml?code=" + code);

        guardHttp(() -> byId("languageForm:en").click());
        capture("items-guide-en");
        String heading = section("procedure").findElement(By.tagName("h2")).getText();
        guardHttp(() -> byId("historyLink").click());
        capture("items-history-en");
        String historyTitle = driver().findElement(By.cssSelector(".kicker")).getText();
        open("items/index.xhtml?lang=en");
        capture("items-browse-en");

        assertAll(
                () -> assertEquals(ENGLISH.getString("guide.procedure"), heading),
                () -> assertTrue(currentQuery().contains("lang=en")),
                () -> assertTrue(historyTitle.startsWith(ENGLISH.getString("history.title")), historyTitle),
                () -> assertEquals(ENGLISH.getString("items.title"), textOf("itemsTitle")),
                () -> assertNull(driver().manage().getCookieNamed("JSESSIONID"), "switching language opens no session"));
    }

    @Test
    @DisplayName("an unknown code shows a 'no such item' page in the visitor's language")
    void unknownCode() {
        open("items/guide.xhtml?code=NO-SUCH-ITEM");

        assertEquals(new MessageFormat(HANT.getString("guide.notFound"), Locale.TAIWAN).format(new Object[]{"NO-SUCH-ITEM"}),
                byId("notFound").findElement(By.tagName("p")).getText());
    }

    private static WebElement section(String id) {
        return byId(id);
    }

    private static String text(String sectionId) {
        return section(sectionId).getText();
    }

    /** The texts of one column (1-based) of the table in a section. */
    private static List<String> column(String sectionId, int column) {
        return section(sectionId).findElements(By.cssSelector("tbody tr td:nth-child(" + column + ")")).stream()
                .map(td -> td.getText().strip()).toList();
    }
}
