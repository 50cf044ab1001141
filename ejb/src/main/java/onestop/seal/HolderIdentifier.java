package onestop.seal;

/**
 * The identifiers a license holder has: a unified social credit code (統一社會信用代碼, GB 32100-2015)
 * for an organisation, a resident identity number (公民身份號碼, GB 11643-1999) for a person. Both
 * are 18 characters whose last one is a check character.
 */
final class HolderIdentifier {
    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private HolderIdentifier() {
    }

    static boolean isValid(String value) {
        return isCreditCode(value) || isResidentId(value);
    }

    /** GB 32100: 17 characters of the 31-character alphabet, then C18 = 31 − (Σ Ci·Wi mod 31), 31 written as 0. */
    static boolean isCreditCode(String value) {
        if (value == null || value.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int c = CREDIT_ALPHABET.indexOf(value.charAt(i));
            if (c < 0) {
                return false;
            }
            sum += c * CREDIT_WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CREDIT_ALPHABET.charAt(check == 31 ? 0 : check) == value.charAt(17);
    }

    /** GB 11643: 17 digits, then the MOD 11-2 check character (0–9 or X). */
    static boolean isResidentId(String value) {
        if (value == null || value.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11) == value.charAt(17);
    }
}
