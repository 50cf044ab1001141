package onestop.search.query;

import onestop.search.Snippet;
import onestop.search.TextField;
import onestop.search.text.Highlighter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The highlighted passages of one hit, the same for both backends (computed from the stored original texts). */
public final class Snippets {

    private Snippets() {
    }

    /** Title, item name and applicant name whole, the body in passages; only fields with a match. */
    public static List<Snippet> of(ParsedQuery query, Map<TextField, String> originals) {
        List<Snippet> out = new ArrayList<>();
        for (TextField field : TextField.values()) {
            List<List<String>> phrases = query.highlights().getOrDefault(field, List.of());
            String text = originals.get(field);
            if (phrases.isEmpty() || text == null) {
                continue;
            }
            out.addAll(field == TextField.BODY
                    ? Highlighter.passages(field, text, phrases)
                    : Highlighter.whole(field, text, phrases));
        }
        return out;
    }
}
