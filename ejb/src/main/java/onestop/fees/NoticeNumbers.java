package onestop.fees;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Payment notice numbers: the center's six-digit code (its administrative division code,
 * {@code -Donestop.center.code}, default {@value #DEFAULT_CENTER} for the demo city), the year, a
 * seven-digit sequence of that year, and a check digit by ISO/IEC 7064 MOD 11,10 over the 17
 * digits before it: {@code 230600-2026-0000042-7}. The check digit catches every mistyped digit
 * and every swap of two neighbours, so a misread number never finds another person's notice; the
 * center code keeps notices of another center (which has its own cashier) out.
 * Hyphens and spaces are optional on input (a QR scanner types the number as printed).
 */
public final class NoticeNumbers {
    public static final String CENTER_PROPERTY = "onestop.center.code";
    public static final String DEFAULT_CENTER = "230600";
    private static final Pattern DIGITS = Pattern.compile("[0-9]{18}");
    private static final Pattern CENTER = Pattern.compile("[0-9]{6}");

    private NoticeNumbers() {
    }

    /** This center's code. */
    public static String center() {
        String configured = System.getProperty(CENTER_PROPERTY);
        String code = configured == null || configured.isBlank() ? DEFAULT_CENTER : configured.strip();
        if (!CENTER.matcher(code).matches()) {
            throw new IllegalStateException(CENTER_PROPERTY + " must be six digits, not " + code);
        }
        return code;
    }

    public static String format(String center, int year, long sequence) {
        if (sequence < 1 || sequence > 9_999_999 || year < 2000 || year > 9999) {
            throw new IllegalArgumentException("sequence or year out of range: " + year + " " + sequence);
        }
        String body = center + year + String.format(Locale.ROOT, "%07d", sequence);
        return center + "-" + year + "-" + body.substring(10) + "-" + checkDigit(body);
    }

    /**
     * The canonical number of what a person typed or a scanner read, for this center.
     *
     * @throws FeeException {@code fee.noticeNumberInvalid} when it is not a notice number (wrong
     *                      length or check digit), {@code fee.noticeOfOtherCenter} when it is one
     *                      of another center
     */
    public static String parse(String input, String center) {
        String digits = input == null ? "" : input.replaceAll("[\\s-]", "");
        if (!DIGITS.matcher(digits).matches() || checkDigit(digits.substring(0, 17)) != digits.charAt(17) - '0') {
            throw new FeeException("fee.noticeNumberInvalid", input == null ? "" : input.strip());
        }
        if (!digits.startsWith(center)) {
            throw new FeeException("fee.noticeOfOtherCenter", digits.substring(0, 6), center);
        }
        return digits.substring(0, 6) + "-" + digits.substring(6, 10) + "-" + digits.substring(10, 17) + "-"
                + digits.charAt(17);
    }

    /** ISO/IEC 7064 MOD 11,10: the digit that makes the whole string check. */
    static int checkDigit(String digits) {
        int p = 10;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                throw new IllegalArgumentException("not a digit in " + digits);
            }
            int s = (p + d) % 10;
            p = (s == 0 ? 10 : s) * 2 % 11;
        }
        return (11 - p) % 10;
    }
}
