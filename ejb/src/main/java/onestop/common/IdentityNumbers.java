package onestop.common;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The two identifiers an applicant brings, checked by their check characters: the resident ID
 * number (公民身份號碼, GB 11643: 17 digits and a MOD 11-2 check character, 0–9 or X, with a real
 * birth date in positions 7–14) and the unified social credit code (統一社會信用代碼, GB 32100:
 * 17 characters of a 31-character alphabet and a MOD 31 check character).
 */
public final class IdentityNumbers {
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    /** GB 32100 alphabet: digits and capitals without I, O, Z, S, V. */
    static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private IdentityNumbers() {
    }

    /** Upper-cases and removes spaces, the way people type them. */
    public static String normalize(String value) {
        return value == null ? "" : value.replaceAll("[\\s\\u3000]", "").toUpperCase(java.util.Locale.ROOT);
    }

    public static boolean isResidentId(String value, LocalDate today) {
        String id = normalize(value);
        if (id.length() != 18 || !id.substring(0, 17).chars().allMatch(Character::isDigit)) {
            return false;
        }
        if (id.charAt(0) < '1' || id.charAt(0) > '9') {
            return false;
        }
        try {
            LocalDate born = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            if (born.isAfter(today) || born.getYear() < 1880) {
                return false;
            }
        } catch (DateTimeException e) {
            return false;
        }
        return id.charAt(17) == residentIdCheck(id);
    }

    static char residentIdCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11);
    }

    public static boolean isCreditCode(String value) {
        String code = normalize(value);
        if (code.length() != 18 || code.chars().anyMatch(c -> CREDIT_ALPHABET.indexOf(c) < 0)) {
            return false;
        }
        return code.charAt(17) == creditCodeCheck(code);
    }

    static char creditCodeCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_ALPHABET.indexOf(first17.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CREDIT_ALPHABET.charAt(check == 31 ? 0 : check);
    }

    /** The ID number as staff lists show it: birth date and sequence hidden (110105********002X). */
    public static String maskResidentId(String id) {
        String n = normalize(id);
        return n.length() == 18 ? n.substring(0, 6) + "********" + n.substring(14) : n;
    }
}
