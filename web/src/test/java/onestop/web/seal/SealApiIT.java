package onestop.web.seal;

import onestop.testing.TestDeployments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Licenses and public verification over HTTP, as a script or a QR-code reader uses them. */
@ExtendWith(ArquillianExtension.class)
class SealApiIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.webModule("seal-api-it");
    }

    @ArquillianResource
    private URL base;

    private SealHttp http() {
        return new SealHttp(base);
    }

    @SuppressWarnings("unchecked")
    private static List<String> codes(Map<String, Object> verification) {
        return ((List<Map<String, Object>>) verification.get("reasons")).stream().map(r -> (String) r.get("code")).toList();
    }

    @Test
    @DisplayName("a license issued by the chief verifies VALID without a login, and its public record shows no ID number")
    void issueRecordVerify() {
        SealHttp.Issued license = http().issued("大慶食品有限公司");

        HttpResponse<String> verified = http().verify(license.pdf(), "application/pdf", "zh-Hant");
        HttpResponse<String> record = http().get("licenses/" + license.number(), null);

        Map<String, Object> v = SealHttp.object(verified);
        Map<String, Object> r = SealHttp.object(record);
        assertAll(
                () -> assertEquals(200, verified.statusCode(), verified::body),
                () -> assertEquals(true, v.get("valid"), verified::body),
                () -> assertEquals("VALID", v.get("status")),
                () -> assertEquals(license.number(), v.get("licenseNumber")),
                () -> assertEquals("市場監督管理局", v.get("department")),
                () -> assertEquals("市場監督管理局行政許可專用章", v.get("seal")),
                () -> assertTrue(v.get("signedAt") instanceof String s && s.startsWith("20"), verified::body),
                () -> assertEquals(List.of(), v.get("reasons")),
                () -> assertEquals(200, record.statusCode(), record::body),
                () -> assertEquals("大慶食品有限公司", r.get("holderName")),
                () -> assertEquals("VALID", r.get("status")),
                () -> assertEquals(v.get("sha256"), r.get("documentSha256")),
                () -> assertFalse(record.body().contains("91230600MA1B2C3D43"), record::body));
    }

    @Test
    @DisplayName("a changed byte and an overlay added afterwards are refused with their reasons, in the caller's language")
    void tampered() throws Exception {
        SealHttp.Issued license = http().issued("原持證人有限公司");
        byte[] overlaid;
        try (PDDocument document = Loader.loadPDF(license.pdf())) {
            PDPage page = document.getPage(0);
            try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(200, 600);
                content.showText("Forged Holder Ltd.");
                content.endText();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            overlaid = out.toByteArray();
        }

        HttpResponse<String> flipped = http().verify(SealHttp.flipByte(license.pdf()), "application/pdf", "en");
        HttpResponse<String> overlay = http().verify(overlaid, "application/pdf", "zh-Hans");

        Map<String, Object> f = SealHttp.object(flipped);
        Map<String, Object> o = SealHttp.object(overlay);
        assertAll(
                () -> assertEquals(false, f.get("valid"), flipped::body),
                () -> assertTrue(codes(f).contains("signatureInvalid"), flipped::body),
                () -> assertTrue(flipped.body().contains("the file was changed after sealing"), flipped::body),
                () -> assertEquals(false, o.get("valid"), overlay::body),
                () -> assertEquals(List.of("modifiedAfterSigning"), codes(o), overlay::body),
                () -> assertEquals(license.number(), o.get("licenseNumber")),
                () -> assertTrue(overlay.body().contains("文件在盖章后被加入了其他内容"), overlay::body));
    }

    @Test
    @DisplayName("bad input gets a clear answer, never a 500: not a PDF, no signature, truncated, wrong type, 21 MB, 50 MB")
    void badInput() {
        byte[] pdf = http().issued("某公司").pdf();
        byte[] unsigned = Arrays.copyOf(pdf, pdf.length);
        String text = new String(unsigned, StandardCharsets.ISO_8859_1);
        int firstEof = text.indexOf("%%EOF");

        HttpResponse<String> notPdf = http().verify("just some text".getBytes(StandardCharsets.UTF_8), "application/pdf", "en");
        HttpResponse<String> noSignature = http().verify(Arrays.copyOf(pdf, firstEof + 6), "application/pdf", "en");
        HttpResponse<String> truncated = http().verify(Arrays.copyOf(pdf, pdf.length / 2), "application/pdf", "en");
        HttpResponse<String> wrongType = http().verify(pdf, "text/plain", "en");
        HttpResponse<String> tooLarge = http().verify(new byte[21 * 1024 * 1024], "application/pdf", "en");
        long start = System.nanoTime();
        // above the server's 25 MB request limit Undertow answers 413, or closes the connection under
        // the client's write (which of the two depends on timing): both are a refusal, neither a 500
        Integer hugeStatus;
        String hugeBody;
        try {
            HttpResponse<String> answer = http().verify(new byte[50 * 1024 * 1024], "application/pdf", "en");
            hugeStatus = answer.statusCode();
            hugeBody = answer.body();
        } catch (java.io.UncheckedIOException closed) {
            hugeStatus = -1; // refused by closing the connection
            hugeBody = "connection closed by the server: " + closed.getMessage();
        }
        int hugeCode = hugeStatus;
        String hugeText = hugeBody;
        Duration hugeTook = Duration.ofNanos(System.nanoTime() - start);

        assertAll(
                () -> assertEquals(200, notPdf.statusCode(), notPdf::body),
                () -> assertEquals(List.of("notPdf"), codes(SealHttp.object(notPdf))),
                () -> assertEquals(200, noSignature.statusCode(), noSignature::body),
                () -> assertEquals(List.of("noSignature"), codes(SealHttp.object(noSignature)), noSignature::body),
                () -> assertEquals(200, truncated.statusCode(), truncated::body),
                () -> assertEquals(false, SealHttp.object(truncated).get("valid"), truncated::body),
                () -> assertEquals(415, wrongType.statusCode(), wrongType::body),
                () -> assertTrue(wrongType.body().contains("\"error\""), wrongType::body),
                () -> assertEquals(413, tooLarge.statusCode(), tooLarge::body),
                () -> assertEquals(List.of("tooLarge"), codes(SealHttp.object(tooLarge)), tooLarge::body),
                () -> assertTrue(tooLarge.body().contains("larger than 20 MB"), tooLarge::body),
                // over the server's own request limit (25 MB, configure-server.cli) the server refuses it
                // before the application reads a byte: 400 at once, connection closed
                () -> assertTrue(hugeCode == 400 || hugeCode == 413 || hugeCode == -1, () -> hugeCode + hugeText),
                () -> assertTrue(hugeTook.toSeconds() < 30, "50 MB answered in " + hugeTook));
    }

    @Test
    @DisplayName("only the department's chief and the clerks they named may issue; others get 403 with the reason")
    void whoMayIssue() {
        HttpResponse<String> byNamedClerk = http().issue("clerk", "某公司");
        HttpResponse<String> byCashier = http().issue("cashier", "某公司");
        HttpResponse<String> byAdmin = http().issue("admin", "某公司");
        HttpResponse<String> anonymous = http().get("licenses?department=SCJ", null);
        HttpResponse<String> unknown = http().get("licenses/SCJ-1999-000000", null);

        assertAll(
                () -> assertEquals(201, byNamedClerk.statusCode(), byNamedClerk::body),
                () -> assertEquals(403, byCashier.statusCode(), byCashier::body),
                () -> assertEquals(403, byAdmin.statusCode(), byAdmin::body),
                () -> assertEquals(403, anonymous.statusCode(), anonymous::body),
                () -> assertEquals(404, unknown.statusCode(), unknown::body),
                () -> assertEquals("license.unknown", SealHttp.object(unknown).get("error")));
    }

    @Test
    @DisplayName("the center's timestamp service answers an RFC 3161 request with a token over the given digest")
    void timestampService() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest("證照".getBytes(StandardCharsets.UTF_8));
        TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
        generator.setCertReq(true);
        TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, digest, BigInteger.valueOf(4711));

        HttpResponse<byte[]> answer = http().postBytes("public/seal/timestamp", "application/timestamp-query",
                request.getEncoded());

        assertEquals(200, answer.statusCode());
        TimeStampResponse response = new TimeStampResponse(answer.body());
        response.validate(request);
        assertTrue(Arrays.equals(digest, response.getTimeStampToken().getTimeStampInfo().getMessageImprintDigest()));
        assertNull(response.getFailInfo());
    }
}
