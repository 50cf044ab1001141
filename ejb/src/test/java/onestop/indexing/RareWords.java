package onestop.indexing;

import java.util.concurrent.ThreadLocalRandom;

/** Made-up words that no other test (and no demo data) uses, so a search finds only what the test wrote. */
final class RareWords {
    /** Traditional characters that all have a different Simplified form. */
    static final String TRADITIONAL = "龍鳳書畫調劑簡體轉換營業執照規劃設計廣場經濟資訊證書號碼監測電話網絡";

    private RareWords() {
    }

    /** Six random characters of {@link #TRADITIONAL}. */
    static String traditional() {
        StringBuilder b = new StringBuilder();
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < 6; i++) {
            b.append(TRADITIONAL.charAt(r.nextInt(TRADITIONAL.length())));
        }
        return b.toString();
    }
}
