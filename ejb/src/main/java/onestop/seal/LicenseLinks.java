package onestop.seal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a license's public record is: the page its QR code opens and the progress page links to,
 * {@code <public base URL>/license.xhtml?number=…}.
 */
public final class LicenseLinks {
    /** The public base URL of the center's pages, e.g. {@code https://zwfw.example.gov.cn/}. */
    public static final String PUBLIC_URL_PROPERTY = "onestop.public.url";

    private LicenseLinks() {
    }

    /** The public record (and verification page) of the license with this number. */
    public static String record(String number) {
        String base = System.getProperty(PUBLIC_URL_PROPERTY, "http://localhost:8080/");
        return (base.endsWith("/") ? base : base + "/") + "license.xhtml?number="
                + URLEncoder.encode(number, StandardCharsets.UTF_8);
    }
}
