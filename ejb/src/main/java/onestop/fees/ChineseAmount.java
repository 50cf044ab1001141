package onestop.fees;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in yuan in capital numerals (人民幣大寫), as every notice, receipt and ledger writes the
 * total beside the figures so that neither can be altered alone: {@code 1005.30} is
 * 壹仟零伍元參角, {@code 100000} is 壹拾萬元整. Zeros follow the usual rules: one 零 for a run of
 * zeros inside the number, none at the end of a section, 整 after whole yuan.
 */
public final class ChineseAmount {
    private static final String DIGITS = "零壹貳參肆伍陸柒捌玖";
    private static final String[] PLACES = {"", "拾", "佰", "仟"};
    private static final String[] SECTIONS = {"", "萬", "億", "萬億"};

    private ChineseAmount() {
    }

    public static String inWords(BigDecimal amount) {
        BigDecimal exact = amount.setScale(2, RoundingMode.UNNECESSARY);
        if (exact.signum() < 0) {
            return "負" + inWords(exact.negate());
        }
        long fen = exact.movePointRight(2).longValueExact();
        long yuan = fen / 100;
        int jiao = (int) (fen / 10 % 10);
        int cents = (int) (fen % 10);
        StringBuilder words = new StringBuilder();
        if (yuan > 0) {
            words.append(integer(yuan)).append('元');
        }
        if (jiao == 0 && cents == 0) {
            return (yuan == 0 ? "零元" : words) + "整";
        }
        if (jiao > 0) {
            words.append(DIGITS.charAt(jiao)).append('角');
        } else if (yuan > 0) {
            words.append('零');
        }
        if (cents > 0) {
            words.append(DIGITS.charAt(cents)).append('分');
        }
        return words.toString();
    }

    private static String integer(long value) {
        int[] groups = new int[SECTIONS.length];
        int count = 0;
        for (long v = value; v > 0; v /= 10_000) {
            if (count == groups.length) {
                throw new IllegalArgumentException("amount too large: " + value);
            }
            groups[count++] = (int) (v % 10_000);
        }
        StringBuilder words = new StringBuilder();
        boolean zeroPending = false;
        for (int i = count - 1; i >= 0; i--) {
            int group = groups[i];
            if (group == 0) {
                zeroPending = words.length() > 0;
                continue;
            }
            if (words.length() > 0 && (zeroPending || group < 1000)) {
                words.append('零');
            }
            zeroPending = false;
            words.append(group(group)).append(SECTIONS[i]);
        }
        return words.toString();
    }

    private static String group(int group) {
        StringBuilder words = new StringBuilder();
        boolean started = false;
        boolean zero = false;
        for (int place = 3; place >= 0; place--) {
            int digit = group / (int) Math.pow(10, place) % 10;
            if (digit == 0) {
                zero = started;
                continue;
            }
            if (zero) {
                words.append('零');
                zero = false;
            }
            words.append(DIGITS.charAt(digit)).append(PLACES[place]);
            started = true;
        }
        return words.toString();
    }
}
