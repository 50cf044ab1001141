package onestop.web.seal;

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
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** The seal API as scripts use it: licenses issued by a demo account, PDFs posted to /api/verify. */
final class SealHttp {
    static final String DEMO_PASSWORD = "onestop-demo-2026";
    private static final Json JSON = new Json();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI api;

    SealHttp(URL base) {
        this.api = URI.create(base.toString()).resolve("api/");
    }

    static String basic(String login) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** A license of the demo department SCJ, issued by {@code login} (the demo chief or the named clerk). */
    HttpResponse<String> issue(String login, String holder) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("departmentCode", "SCJ");
        body.put("itemCode", "SCJ-XK-004");
        body.put("caseNumber", "SL" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
        body.put("holderName", holder);
        body.put("holderIdentifier", "91230600MA1B2C3D43");
        body.put("scope", "預包裝食品銷售（含冷藏冷凍食品）");
        body.put("validFrom", LocalDate.now().toString());
        body.put("validUntil", LocalDate.now().plusYears(5).toString());
        body.put("title", "食品經營許可證");
        return send(HttpRequest.newBuilder(api.resolve("licenses")).header("Authorization", basic(login))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.toJson(body))), HttpResponse.BodyHandlers.ofString());
    }

    /** Issues a license as the demo chief and returns its number and sealed PDF. */
    Issued issued(String holder) {
        HttpResponse<String> response = issue("chief", holder);
        if (response.statusCode() != 201) {
            throw new AssertionError("issue: " + response.statusCode() + " " + response.body());
        }
        String number = (String) object(response).get("number");
        HttpResponse<byte[]> pdf = send(HttpRequest.newBuilder(api.resolve("licenses/" + number + "/document"))
                .header("Authorization", basic("chief")).GET(), HttpResponse.BodyHandlers.ofByteArray());
        if (pdf.statusCode() != 200) {
            throw new AssertionError("document: " + pdf.statusCode());
        }
        return new Issued(number, pdf.body());
    }

    record Issued(String number, byte[] pdf) {
    }

    HttpResponse<String> verify(byte[] body, String contentType, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve("verify")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path)).header("Accept", "application/json").GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> postBytes(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(api.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), HttpResponse.BodyHandlers.ofByteArray());
    }

    <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> object(HttpResponse<String> response) {
        return JSON.toType(response.body(), Json.MAP_TYPE);
    }

    /** One byte of the first stream's data changed (inside the signed part). */
    static byte[] flipByte(byte[] pdf) {
        byte[] copy = pdf.clone();
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        copy[text.indexOf("stream") + 24] ^= 0x20;
        return copy;
    }
}
