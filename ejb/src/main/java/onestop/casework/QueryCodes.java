package onestop.casework;

import java.security.SecureRandom;

/**
 * The applicant's query code (查詢碼): eight characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L), drawn from a SecureRandom: 31^8 ≈ 8.5 × 10^11 codes.
 */
final class QueryCodes {
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private QueryCodes() {
    }

    static String next() {
        char[] code = new char[8];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }
}
