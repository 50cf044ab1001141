package onestop.seal;

import onestop.documents.pdf.PdfDocumentBuilder;
import onestop.documents.pdf.PdfMetadata;
import onestop.documents.pdf.SealPlacement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * A seal authority made in memory for unit tests: a root, its timestamp service and seals. Keys
 * are generated per test run, never committed.
 */
final class TestAuthority {
    static final String DEPARTMENT = "大慶市住房和城鄉建設局";
    static final String SEAL_TEXT = DEPARTMENT + "行政許可專用章";

    final Certificates.Issuer root;
    final TimeStamper timestamps;

    TestAuthority(String name) {
        KeyPair rootKeys = SealAlgorithm.ECDSA_P256.generateKeyPair();
        Instant now = Instant.now();
        X509Certificate rootCertificate = Certificates.root(rootKeys, Certificates.name(name, null, name + " 印章根憑證"),
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3650)));
        root = new Certificates.Issuer(rootKeys.getPrivate(), rootCertificate);
        KeyPair tsaKeys = SealAlgorithm.ECDSA_P256.generateKeyPair();
        timestamps = new TimeStamper(new Certificates.Issuer(tsaKeys.getPrivate(), Certificates.timestamping(
                tsaKeys.getPublic(), Certificates.name(name, null, name + " 時間戳服務"), root,
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3650)))));
    }

    X509Certificate rootCertificate() {
        return root.certificate();
    }

    SealKey seal(SealAlgorithm algorithm) {
        return seal(algorithm, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(365)));
    }

    SealKey seal(SealAlgorithm algorithm, Instant from, Instant until) {
        KeyPair keys = algorithm.generateKeyPair();
        X509Certificate certificate = Certificates.seal(keys.getPublic(),
                Certificates.name("測試市行政服務中心", DEPARTMENT, SEAL_TEXT), root, from, until);
        return new SealKey(keys.getPrivate(), certificate, root.certificate(), algorithm);
    }

    /** A one-page notice with an issuing block; its placement in {@code placement[0]}. */
    static byte[] notice(String holder, SealPlacement[] placement) {
        PdfDocumentBuilder builder = PdfDocumentBuilder.create(new PdfMetadata("行政許可決定書", DEPARTMENT, null, "zh-Hant",
                        ZonedDateTime.of(2026, 11, 28, 10, 0, 0, 0, ZoneId.of("Asia/Shanghai")), null, "第 {page} 頁，共 {pages} 頁"))
                .title("準予行政許可決定書")
                .keyValue("許可證號", "ZJJ-2026-000001")
                .keyValue("持證人", holder)
                .keyValue("許可範圍", "房屋建築工程施工總承包二級")
                .paragraph("經審查，你單位提出的申請符合法定條件、標準，根據《中華人民共和國行政許可法》第三十八條第一款的規定，決定準予行政許可。")
                .sealBlock(DEPARTMENT, LocalDate.of(2026, 11, 28));
        placement[0] = builder.sealPlacement();
        return builder.toBytes();
    }

    byte[] sealed(SealKey key, String holder) {
        SealPlacement[] placement = new SealPlacement[1];
        byte[] pdf = notice(holder, placement);
        return sign(pdf, key, placement[0]);
    }

    byte[] sign(byte[] pdf, SealKey key, SealPlacement placement) {
        try {
            return PadesSigner.sign(pdf, key, SealAppearance.of(SealImage.draw(SEAL_TEXT)), placement, timestamps,
                    new PadesSigner.Details(SEAL_TEXT, "行政許可決定", "測試市行政服務中心", Instant.now(),
                            Map.of(PadesVerifier.INFO_LICENSE, "ZJJ-2026-000001"))).pdf();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
