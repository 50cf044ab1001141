package onestop.web.fees;

import onestop.testing.TestDeployments;
import onestop.web.ApiClient;
import onestop.web.BrowserLanguage;
import onestop.web.BrowserTestBase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ticket and payment apart in the browser, in the center's own language: the window's notice page and the cashier's desk. */
@BrowserLanguage("zh-TW")
class CashierDeskIT extends BrowserTestBase {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.webModule("cashier-desk-it");
    }

    /** The window issues a notice for {@code area} m² on its page and returns the notice number shown. */
    private String issueOnTheNoticePage(String caseNumber, String area) {
        logIn("clerk.zjj");
        open("staff/fees/notice.xhtml?case=" + caseNumber);
        type("issue:lines:0:quantity_input", area);
        capture("fees-notice-form");
        guardHttp(() -> byId("issue:submit").click());
        return driver().findElement(By.cssSelector(".notice-number")).getText().strip();
    }

    /** The cashier's scanner types the number and presses Enter. */
    private static void scan(String noticeNumber) {
        guardAjax(() -> visible("find:scan").sendKeys(noticeNumber + Keys.ENTER));
    }

    @Test
    @DisplayName("approve → the window issues the notice → the cashier scans it and takes the money → the case is ready and is issued")
    void approveNoticePayIssue() {
        String caseNumber = FeeCases.feeDue(base);

        String noticeNumber = issueOnTheNoticePage(caseNumber, "200");
        List<String> issued = messages("messages");
        capture("fees-notice-issued");
        logOut();
        logIn("cashier");
        open("staff/cashier/desk.xhtml");
        scan(noticeNumber);
        String total = textOf("noticeTotal");
        capture("cashier-desk-notice");
        type("pay:amount_input", "9000");
        guardAjax(() -> byId("pay:submit").click());
        capture("cashier-desk-paid");
        String receipt = textOf("receiptNumber");

        assertAll(
                () -> assertEquals(List.of(text("fee.noticeIssued", noticeNumber, "9,000.00")), issued),
                () -> assertEquals("¥9,000.00", total),
                () -> assertEquals(List.of(text("cashier.paidSettled", receipt, "9,000.00", caseNumber)), messages("messages")),
                () -> assertEquals("READY_TO_ISSUE", FeeCases.status(base, caseNumber)));
        HttpResponse<String> result = FeeCases.as(base, "clerk.zjj").postJson("cases/" + caseNumber + "/issue", null);
        assertEquals("ISSUED", ApiClient.object(result).get("status"), result::body);
    }

    @Test
    @DisplayName("a wrong amount typed at the desk is refused with the reason, and the notice stays unpaid")
    void wrongAmountAtTheDesk() {
        String noticeNumber = (String) FeeCases.notice(base, FeeCases.feeDue(base), "10").get("number");
        logIn("cashier");
        open("staff/cashier/desk.xhtml");
        scan(noticeNumber);

        type("pay:amount_input", "405");
        guardAjax(() -> byId("pay:submit").click());

        capture("cashier-desk-wrong-amount");
        assertAll(
                () -> assertEquals(List.of(text("fee.amountMismatch", "405.00", "450.00", noticeNumber)), messages("messages")),
                () -> assertEquals("OPEN", ApiClient.object(FeeCases.as(base, "cashier").get("fees/notices/" + noticeNumber))
                        .get("status")));
    }

    @Test
    @DisplayName("a void asked for at the desk is approved by the second cashier on the corrections page; the day's closing page reconciles")
    void voidApprovedBySecondCashier() {
        String caseNumber = FeeCases.feeDue(base);
        String noticeNumber = (String) FeeCases.notice(base, caseNumber, "1").get("number");
        String receipt = (String) ApiClient.object(FeeCases.as(base, "cashier").post("fees/notices/" + noticeNumber
                + "/payments", Map.of("amount", 45, "method", "CASH"))).get("receiptNumber");
        logIn("cashier");
        open("staff/cashier/desk.xhtml");
        WebElement row = byId("today:payments_data").findElements(By.tagName("tr")).stream()
                .filter(tr -> tr.getText().contains(receipt)).findFirst().orElseThrow();
        guardAjax(() -> row.findElement(By.tagName("button")).click());
        visible("correctionDialog");
        waitForAnimations();
        type("correctionForm:reason", "收錯辦件，應為另一張通知書");
        capture("cashier-void-request");
        guardAjax(() -> byId("correctionForm:send").click());
        List<String> asked = messages("messages");
        logOut();

        logIn("cashier2");
        open("staff/cashier/corrections.xhtml");
        capture("cashier-corrections");
        WebElement pending = byId("corrections:pending_data").findElements(By.tagName("tr")).stream()
                .filter(tr -> tr.getText().contains(receipt)).findFirst().orElseThrow();
        guardAjax(() -> pending.findElement(By.cssSelector("button[id$=':approve']")).click());
        List<String> approved = messages("messages");
        logOut();
        logIn("cashier");
        open("staff/cashier/closing.xhtml");
        capture("cashier-closing");

        assertAll(
                () -> assertEquals(List.of(text("cashier.correctionRequested", receipt)), asked),
                () -> assertEquals(List.of(text("cashier.correctionApproved", receipt)), approved),
                () -> assertEquals("FEE_DUE", FeeCases.status(base, caseNumber)),
                () -> assertEquals("相符（分毫不差）", textOf("closing:reconciled")),
                () -> assertTrue(textOf("closing:state").contains("未日結")));
    }

    @Test
    @DisplayName("an auditor finds a cashier's closed day in the fee ledger with its net takings, and opens its PDF")
    void auditorReadsTheLedger() {
        String login = ApiClient.freshLogin("till");
        FeeCases.as(base, "admin").post("accounts", ApiClient.accountForm(login, "CASHIER", null, "till-pass-2026"));
        ApiClient till = ApiClient.as(base, login, "till-pass-2026");
        String noticeNumber = (String) FeeCases.notice(base, FeeCases.feeDue(base), "12.5").get("number");
        till.post("fees/notices/" + noticeNumber + "/payments", Map.of("amount", 562.5, "method", "CARD", "reference", "POS-3344"));
        till.postJson("fees/days/" + java.time.LocalDate.now() + "/close", null);

        logIn("auditor");
        open("staff/cashier/ledger.xhtml");
        capture("fee-ledger-auditor");
        WebElement row = byId("ledger:closings_data").findElements(By.tagName("tr")).stream()
                .filter(tr -> tr.getText().contains(login)).findFirst().orElseThrow();
        String pdfLink = row.findElement(By.cssSelector("a[href*='ledger=']")).getAttribute("href");

        assertAll(
                () -> assertTrue(row.getText().contains("¥562.50"), row::getText),
                () -> assertTrue(pdfLink.contains("/staff/fees/document?ledger="), pdfLink));
    }
}
