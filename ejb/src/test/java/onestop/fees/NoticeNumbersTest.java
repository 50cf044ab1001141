package onestop.fees;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NoticeNumbersTest {
    private static String refusal(String input) {
        return assertThrows(FeeException.class, () -> NoticeNumbers.parse(input, "230600")).key();
    }

    @Test
    @DisplayName("the check digit is ISO 7064 MOD 11,10 (the Croatian OIB 69435151530 is a published valid example)")
    void checkDigitAlgorithm() {
        assertAll(
                () -> assertEquals(0, NoticeNumbers.checkDigit("6943515153")),
                () -> assertEquals(8, NoticeNumbers.checkDigit("12345678")));
    }

    @Test
    @DisplayName("a number reads center, year, sequence and check digit, and parses back from what a scanner or a person types")
    void roundTrip() {
        String number = NoticeNumbers.format("230600", 2026, 42);

        assertAll(
                () -> assertEquals("230600-2026-0000042-" + NoticeNumbers.checkDigit("23060020260000042"), number),
                () -> assertEquals(number, NoticeNumbers.parse(number, "230600")),
                () -> assertEquals(number, NoticeNumbers.parse(" " + number.replace("-", " ") + "\n", "230600")));
    }

    @Test
    @DisplayName("every single mistyped digit and every swap of two different neighbours is caught by the check digit")
    void catchesTypingErrors() {
        String digits = NoticeNumbers.format("230600", 2026, 4711).replace("-", "");
        for (int i = 0; i < digits.length(); i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d != digits.charAt(i)) {
                    String typo = digits.substring(0, i) + d + digits.substring(i + 1);
                    assertEquals("fee.noticeNumberInvalid", refusal(typo), typo);
                }
            }
            if (i + 1 < digits.length() && digits.charAt(i) != digits.charAt(i + 1)) {
                String swapped = digits.substring(0, i) + digits.charAt(i + 1) + digits.charAt(i) + digits.substring(i + 2);
                assertEquals("fee.noticeNumberInvalid", refusal(swapped), swapped);
            }
        }
    }

    @Test
    @DisplayName("a valid notice of another center is refused as such, and garbage as not a number")
    void otherCenterAndGarbage() {
        assertAll(
                () -> assertEquals("fee.noticeOfOtherCenter", refusal(NoticeNumbers.format("110100", 2026, 42))),
                () -> assertEquals("fee.noticeNumberInvalid", refusal("ZJJ-2026-000001")),
                () -> assertEquals("fee.noticeNumberInvalid", refusal("")),
                () -> assertEquals("fee.noticeNumberInvalid", refusal(null)));
    }
}
