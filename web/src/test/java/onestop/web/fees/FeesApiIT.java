package onestop.web.fees;

import onestop.testing.TestDeployments;
import onestop.web.ApiClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import static onestop.web.fees.FeeCases.as;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /api/fees} as the window, the cashier and an auditor use it. */
@ExtendWith(ArquillianExtension.class)
class FeesApiIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.webModule("fees-api-it");
    }

    @ArquillianResource
    private URL base;

    private static Map<String, Object> cash(Object amount) {
        return Map.of("amount", amount, "method", "CASH");
    }

    @Test
    @DisplayName("the window issues a notice, the cashier takes exactly its total, and the case can then be issued")
    void noticePayIssue() {
        String number = FeeCases.feeDue(base);
        Map<String, Object> notice = FeeCases.notice(base, number, "100.5");
        String noticeNumber = (String) notice.get("number");

        HttpResponse<byte[]> pdf = as(base, "clerk.zjj").getBytes("fees/notices/" + noticeNumber + "/pdf");
        HttpResponse<String> paid = as(base, "cashier").post("fees/notices/" + noticeNumber + "/payments",
                cash(new BigDecimal("4522.50")));

        assertAll(
                () -> assertEquals(0, new BigDecimal("4522.50").compareTo(new BigDecimal(notice.get("total").toString()))),
                () -> assertEquals("肆仟伍佰貳拾貳元伍角", notice.get("totalInWords")),
                () -> assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow()),
                () -> assertEquals(201, paid.statusCode(), paid::body),
                () -> assertEquals(Boolean.TRUE, ApiClient.object(paid).get("caseSettled")),
                () -> assertEquals("READY_TO_ISSUE", FeeCases.status(base, number)));
        HttpResponse<String> issued = as(base, "clerk.zjj").postJson("cases/" + number + "/issue", null);
        assertEquals("ISSUED", ApiClient.object(issued).get("status"), issued::body);
    }

    @Test
    @DisplayName("refusals carry their status and a message in the caller's language: window paying 403, second payment 409, wrong amount 400, foreign notice 400, unknown 404")
    void refusals() {
        String noticeNumber = (String) FeeCases.notice(base, FeeCases.feeDue(base), "10").get("number");
        String path = "fees/notices/" + noticeNumber + "/payments";

        HttpResponse<String> byWindow = as(base, "clerk.zjj").post(path, cash(450));
        HttpResponse<String> wrong = as(base, "cashier").inLanguage("en").post(path, cash(449.99));
        HttpResponse<String> first = as(base, "cashier").post(path, cash(450.00));
        HttpResponse<String> twice = as(base, "cashier2").inLanguage("zh-TW").post(path, cash(450));
        HttpResponse<String> foreign = as(base, "cashier").inLanguage("zh-CN").get("fees/notices/110100-2026-0000001-"
                + foreignCheckDigit());
        HttpResponse<String> unknown = as(base, "cashier").get("fees/notices/230600-2026-9999999-" + unknownCheckDigit());

        assertAll(
                () -> assertEquals(403, byWindow.statusCode(), byWindow::body),
                () -> assertEquals(400, wrong.statusCode(), wrong::body),
                () -> assertEquals("fee.amountMismatch", ApiClient.object(wrong).get("error")),
                () -> assertTrue(((String) ApiClient.object(wrong).get("message")).contains("¥449.99"), wrong::body),
                () -> assertEquals(201, first.statusCode(), first::body),
                () -> assertEquals(409, twice.statusCode(), twice::body),
                () -> assertTrue(((String) ApiClient.object(twice).get("message")).contains("不能重複收費"), twice::body),
                () -> assertEquals(400, foreign.statusCode(), foreign::body),
                () -> assertEquals("fee.noticeOfOtherCenter", ApiClient.object(foreign).get("error")),
                () -> assertTrue(((String) ApiClient.object(foreign).get("message")).contains("其他中心"), foreign::body),
                () -> assertEquals(404, unknown.statusCode(), unknown::body));
    }

    @Test
    @DisplayName("a void asked by one cashier is approved by another over the API; asking alone changes nothing")
    void voidByTwoCashiers() {
        String number = FeeCases.feeDue(base);
        String noticeNumber = (String) FeeCases.notice(base, number, "1").get("number");
        String receipt = (String) ApiClient.object(as(base, "cashier").post("fees/notices/" + noticeNumber + "/payments",
                cash(45))).get("receiptNumber");

        HttpResponse<String> asked = as(base, "cashier").post("fees/receipts/" + receipt + "/corrections",
                Map.of("kind", "VOID", "reason", "收錯辦件"));
        long id = ((Number) ApiClient.object(asked).get("id")).longValue();
        HttpResponse<String> self = as(base, "cashier").post("fees/corrections/" + id + "/approve", Map.of());
        String before = FeeCases.status(base, number);
        HttpResponse<String> approved = as(base, "cashier2").post("fees/corrections/" + id + "/approve", Map.of("note", "核實"));

        assertAll(
                () -> assertEquals(201, asked.statusCode(), asked::body),
                () -> assertEquals(403, self.statusCode(), self::body),
                () -> assertEquals("READY_TO_ISSUE", before),
                () -> assertEquals(200, approved.statusCode(), approved::body),
                () -> assertEquals("FEE_DUE", FeeCases.status(base, number)),
                () -> assertEquals("OPEN", ApiClient.object(as(base, "cashier").get("fees/notices/" + noticeNumber)).get("status")));
    }

    @Test
    @DisplayName("a cashier closes their day; the auditor downloads its ledger as CSV and PDF; the closed day takes no more payments")
    void closeTheDay() {
        String login = ApiClient.freshLogin("cashier");
        as(base, "admin").post("accounts", ApiClient.accountForm(login, "CASHIER", null, "cashier-pass-2026"));
        ApiClient till = ApiClient.as(base, login, "cashier-pass-2026");
        String first = (String) FeeCases.notice(base, FeeCases.feeDue(base), "2").get("number");
        String second = (String) FeeCases.notice(base, FeeCases.feeDue(base), "3").get("number");
        till.post("fees/notices/" + first + "/payments", Map.of("amount", 90, "method", "TRANSFER", "reference", "BANK-20261128-01"));
        String today = LocalDate.now().toString();

        HttpResponse<String> closed = till.postJson("fees/days/" + today + "/close", null);
        long id = ((Number) ApiClient.object(closed).get("id")).longValue();
        HttpResponse<String> late = till.post("fees/notices/" + second + "/payments", cash(135));
        HttpResponse<byte[]> csv = as(base, "auditor").getBytes("fees/closings/" + id + "/ledger.csv");
        HttpResponse<byte[]> pdf = as(base, "auditor").getBytes("fees/closings/" + id + "/ledger.pdf");
        HttpResponse<String> byClerk = as(base, "clerk.zjj").get("fees/closings");

        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertAll(
                () -> assertEquals(201, closed.statusCode(), closed::body),
                () -> assertEquals(0, new BigDecimal("90.00").compareTo(new BigDecimal(ApiClient.object(closed).get("netTotal").toString()))),
                () -> assertEquals(409, late.statusCode(), late::body),
                () -> assertEquals("fee.dayClosedConflict", ApiClient.object(late).get("error")),
                () -> assertTrue(text.contains("PAYMENT," + today + "," + login + ","), text),
                () -> assertTrue(text.contains(",TRANSFER,BANK-20261128-01,RECORDED,90.00"), text),
                () -> assertTrue(text.contains("NET," + today + "," + login + ",,,,,,,,RECONCILED,90.00"), text),
                () -> assertEquals("%PDF-", new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)),
                () -> assertEquals(403, byClerk.statusCode(), byClerk::body));
    }

    /** The check digits of two fixed numbers, computed the way the server does (ISO 7064 MOD 11,10). */
    private static int foreignCheckDigit() {
        return mod1110("11010020260000001");
    }

    private static int unknownCheckDigit() {
        return mod1110("23060020269999999");
    }

    private static int mod1110(String digits) {
        int p = 10;
        for (char c : digits.toCharArray()) {
            int s = (p + (c - '0')) % 10;
            p = (s == 0 ? 10 : s) * 2 % 11;
        }
        return (11 - p) % 10;
    }
}
