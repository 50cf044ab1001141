package onestop.web.items;

import org.openqa.selenium.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Publishes the items the public-side tests read, the way center management does: through the
 * catalog admin API, drafted by the demo administrator and approved by a second administrator
 * (nobody publishes their own draft). Each test class makes its own items under fresh codes.
 */
public final class CatalogSeeds {
    static final String PASSWORD = "onestop-demo-2026";
    private static final String REVIEWER_PASSWORD = "items-review-2026";
    private static final Json JSON = new Json();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI api;
    private final String author;
    private final String reviewer;

    private CatalogSeeds(URI api, String reviewerLogin) {
        this.api = api;
        this.author = basic("admin", PASSWORD);
        this.reviewer = basic(reviewerLogin, REVIEWER_PASSWORD);
    }

    /** Creates a second administrator for the reviews. */
    public static CatalogSeeds on(URL base) {
        URI api = URI.create(base.toString()).resolve("api/");
        String login = "it-items-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("loginName", login);
        form.put("displayName", "事項審核 " + login);
        form.put("role", "CENTER_ADMIN");
        form.put("departmentCode", null);
        form.put("windowCode", null);
        form.put("enabled", true);
        form.put("password", REVIEWER_PASSWORD);
        form.put("version", 0);
        CatalogSeeds seeds = new CatalogSeeds(api, login);
        seeds.expect(201, seeds.send("POST", "accounts", seeds.author, form));
        return seeds;
    }

    /** A fresh item code, e.g. {@code IT-PUB-4711093}. */
    public static String freshCode() {
        return "IT-PUB-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    /** Drafts, submits and approves an item: version 1, in effect today. */
    public void publish(String code, Map<String, Object> content, String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("content", content);
        body.put("changeNote", note);
        expect(201, send("POST", "catalog/items", author, body));
        expect(200, send("POST", "catalog/items/" + code + "/submit", author, null));
        expect(200, send("POST", "catalog/items/" + code + "/approve", reviewer, null));
    }

    /** Publishes the next version with new content, in effect today. */
    public void revise(String code, Map<String, Object> content, String note) {
        HttpResponse<String> draft = send("POST", "catalog/items/" + code + "/draft", author, null);
        expect(200, draft);
        Map<String, Object> opened = JSON.toType(draft.body(), Json.MAP_TYPE);
        Object lock = opened.get("lockVersion");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("content", content);
        body.put("changeNote", note);
        body.put("lockVersion", lock);
        expect(200, send("PUT", "catalog/items/" + code + "/draft", author, body));
        expect(200, send("POST", "catalog/items/" + code + "/submit", author, null));
        expect(200, send("POST", "catalog/items/" + code + "/approve", reviewer, null));
    }

    public void cancelFee(String code, String fee, String decree) {
        expect(204, send("POST", "catalog/items/" + code + "/fees/" + fee + "/cancel", author, decree(decree)));
    }

    public void cancelItem(String code, String decree) {
        expect(204, send("POST", "catalog/items/" + code + "/cancel", author, decree(decree)));
    }

    private static Map<String, Object> decree(String decree) {
        return Map.of("decree", decree, "effective", LocalDate.now().toString());
    }

    /** A complete item of the market regulator, with two fees, in the legal-entity hall. */
    public static Map<String, Object> foodLicense(String name) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("name", name);
        c.put("departmentCode", "SCJ");
        c.put("hallCode", "LEGAL_ENTITY");
        c.put("type", "ADMINISTRATIVE_LICENSE");
        c.put("mode", "PROMISED");
        c.put("coDepartments", List.of());
        c.put("statutoryDays", 20);
        c.put("promisedDays", 10);
        c.put("legalBasis", "《中華人民共和國食品安全法》第三十五條");
        c.put("online", true);
        c.put("approvalContent", "從事食品銷售和餐飲服務活動，應當依法取得食品經營許可。");
        c.put("procedure", List.of(step("受理", "CLERK", 1), step("審查與現場核查", "CHIEF_REPRESENTATIVE", 7),
                step("決定與發證", "CHIEF_REPRESENTATIVE", 2)));
        c.put("materials", new ArrayList<>(List.of(
                material("食品經營許可申請書", "ORIGINAL", 1, true, "A", null),
                material("營業執照", "COPY", 1, true, "B", "核對原件"),
                material("食品安全管理制度文本", "ORIGINAL", 1, false, "A", null))));
        c.put("fees", List.of(fee("F01", "證照工本費", "10.00", null, "《關於證照工本費標準的通知》"),
                fee("F02", "現場核查費", null, "按核查面積每平方米 0.5 元", "《行政事業性收費標準》")));
        c.put("preferentialPolicy", "小微企業首次申請免收證照工本費。");
        c.put("complaintChannels", "中心投訴電話 0459-12345");
        c.put("supervisingDepartment", "市行政服務中心電子監察室");
        return c;
    }

    public static Map<String, Object> step(String name, String role, int days) {
        return Map.of("name", name, "role", role, "days", days);
    }

    public static Map<String, Object> material(String name, String form, int copies, boolean required, String level,
                                        String notes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("form", form);
        m.put("copies", copies);
        m.put("required", required);
        m.put("level", level);
        m.put("notes", notes);
        return m;
    }

    static Map<String, Object> fee(String code, String name, String amount, String rule, String legalBasis) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("code", code);
        f.put("name", name);
        f.put("amount", amount == null ? null : new java.math.BigDecimal(amount));
        f.put("rule", rule);
        f.put("legalBasis", legalBasis);
        return f;
    }

    private HttpResponse<String> send(String method, String path, String authorization, Object body) {
        HttpRequest request = HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.toJson(body)))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + " (expected " + status + "): " + response.body());
        }
    }

    private static String basic(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
