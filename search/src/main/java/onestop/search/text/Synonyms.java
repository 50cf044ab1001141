package onestop.search.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Variant spellings that the Traditional-to-Simplified fold does not join, because both forms are
 * in use on the same side (身分證 in Taiwan, 身份证 on the mainland). Applied to queries only (the
 * index keeps each text as written): a phrase containing one form also searches the other.
 * Pairs are of equal length, given in folded form.
 */
public final class Synonyms {

    /** At most this many spellings per phrase (the phrase itself included). */
    static final int MAX_VARIANTS = 8;

    private static final String[][] PAIRS = {
            {"身分", "身份"},
            {"帐号", "账号"},
            {"帐户", "账户"},
            {"帐目", "账目"},
            {"帐簿", "账簿"},
            {"帐单", "账单"},
    };

    private Synonyms() {
    }

    /** The folded phrase and its variant spellings, the phrase first. */
    public static List<String> variants(String folded) {
        Set<String> out = new LinkedHashSet<>();
        out.add(folded);
        List<String> frontier = new ArrayList<>(out);
        while (!frontier.isEmpty() && out.size() < MAX_VARIANTS) {
            List<String> next = new ArrayList<>();
            for (String s : frontier) {
                for (String[] pair : PAIRS) {
                    for (int side = 0; side < 2; side++) {
                        String from = pair[side];
                        String to = pair[1 - side];
                        for (int at = s.indexOf(from); at >= 0; at = s.indexOf(from, at + 1)) {
                            String v = s.substring(0, at) + to + s.substring(at + from.length());
                            if (out.size() < MAX_VARIANTS && out.add(v)) {
                                next.add(v);
                            }
                        }
                    }
                }
            }
            frontier = next;
        }
        return List.copyOf(out);
    }
}
