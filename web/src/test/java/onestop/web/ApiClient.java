package onestop.web;

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
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The REST API as a script sees it: {@link HttpClient} with HTTP Basic, JSON read with
 * Selenium's JSON reader (already on the test class path).
 */
public final class ApiClient {
    private static final Json JSON = new Json();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI api;
    private final String authorization;
    private final String language;

    private ApiClient(URI api, String authorization, String language) {
        this.api = api;
        this.authorization = authorization;
        this.language = language;
    }

    /** Without credentials. */
    public static ApiClient anonymous(URL base) {
        return new ApiClient(URI.create(base.toString()).resolve("api/"), null, null);
    }

    /** With HTTP Basic for the given account. */
    public static ApiClient as(URL base, String login, String password) {
        String token = Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient(URI.create(base.toString()).resolve("api/"), "Basic " + token, null);
    }

    /** The same client asking for answers in the given Accept-Language. */
    public ApiClient inLanguage(String acceptLanguage) {
        return new ApiClient(api, authorization, acceptLanguage);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.toJson(body))));
    }

    /** Any request: method, path, content type (or null), body and extra header name/value pairs. */
    public HttpResponse<String> send(String method, String path, String contentType, HttpRequest.BodyPublisher body,
                                     String... headers) {
        HttpRequest.Builder request = request(path).method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** A JSON body with extra headers (e.g. If-Match). */
    public HttpResponse<String> postJson(String path, Object body, String... headers) {
        return send("POST", path, "application/json",
                HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.toJson(body)), headers);
    }

    /** The raw bytes of a GET, e.g. a PDF. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(request(path).setHeader("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The JSON text of a value, for multipart parts. */
    public static String json(Object value) {
        return JSON.toJson(value);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> object(HttpResponse<String> response) {
        return JSON.toType(response.body(), Json.MAP_TYPE);
    }

    public static List<Map<String, Object>> list(HttpResponse<String> response) {
        return JSON.toType(response.body(), Json.LIST_OF_MAPS_TYPE);
    }

    /** A login name nobody has used yet, e.g. {@code it-lock-4711093}. */
    public static String freshLogin(String purpose) {
        return "it-" + purpose + "-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    /** The body of {@code POST /api/accounts}. */
    public static Map<String, Object> accountForm(String login, String role, String department, String password) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("loginName", login);
        form.put("displayName", "測試人員 " + login);
        form.put("role", role);
        form.put("departmentCode", department);
        form.put("windowCode", null);
        form.put("enabled", true);
        form.put("password", password);
        form.put("version", 0);
        return form;
    }
}
