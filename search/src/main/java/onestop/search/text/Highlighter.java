package onestop.search.text;

import onestop.search.Snippet;
import onestop.search.TextField;

import java.util.ArrayList;
import java.util.List;

/**
 * Marks the query's phrases in a document's original text. It tokenises the folded text exactly as
 * the index did and maps the matched tokens' offsets back onto the original (same offsets: the
 * fold keeps lengths), so a Simplified query marks a Traditional text and the reverse; this works
 * the same for both backends, which index only the folded text.
 */
public final class Highlighter {

    /** Only the first this many characters of a long text are searched for passages. */
    public static final int MAX_ANALYZED_CHARS = 200_000;
    /** Passages per field. */
    public static final int MAX_PASSAGES = 3;
    /** Characters of context on each side of a match. */
    static final int CONTEXT = 40;

    private Highlighter() {
    }

    /**
     * The whole text with its matches marked (for short fields such as a title), or nothing when
     * nothing matched.
     */
    public static List<Snippet> whole(TextField field, String original, List<List<String>> phrases) {
        if (original == null || phrases.isEmpty()) {
            return List.of();
        }
        List<Snippet.Mark> marks = marks(original, phrases);
        return marks.isEmpty() ? List.of() : List.of(new Snippet(field, original, marks));
    }

    /** Up to {@value #MAX_PASSAGES} passages around the matches, in text order. */
    public static List<Snippet> passages(TextField field, String original, List<List<String>> phrases) {
        if (original == null || phrases.isEmpty()) {
            return List.of();
        }
        List<Snippet.Mark> marks = marks(original, phrases);
        List<Snippet> out = new ArrayList<>();
        int i = 0;
        while (i < marks.size() && out.size() < MAX_PASSAGES) {
            int from = safe(original, Math.max(0, marks.get(i).start() - CONTEXT));
            int to = safe(original, Math.min(original.length(), marks.get(i).end() + CONTEXT));
            int j = i + 1;
            while (j < marks.size() && marks.get(j).start() < to) {        // a nearby match joins the passage
                to = safe(original, Math.min(original.length(), Math.max(to, marks.get(j).end() + CONTEXT)));
                j++;
            }
            String prefix = from > 0 ? "…" : "";
            StringBuilder text = new StringBuilder(prefix).append(original, from, to);
            if (to < original.length()) {
                text.append('…');
            }
            List<Snippet.Mark> local = new ArrayList<>();
            for (int k = i; k < j; k++) {
                Snippet.Mark m = marks.get(k);
                int end = Math.min(m.end(), to);
                local.add(new Snippet.Mark(m.start() - from + prefix.length(), end - from + prefix.length()));
            }
            out.add(new Snippet(field, text.toString(), local));
            i = j;
        }
        return out;
    }

    /** Matched ranges of the original text, in order, overlaps merged. */
    static List<Snippet.Mark> marks(String original, List<List<String>> phrases) {
        String folded = ChineseFold.fold(original.length() > MAX_ANALYZED_CHARS
                ? original.substring(0, safe(original, MAX_ANALYZED_CHARS)) : original);
        List<Analysis.Token> tokens = Analysis.tokens(folded);
        List<Snippet.Mark> found = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            int longest = 0;
            for (List<String> phrase : phrases) {
                if (phrase.size() > longest && matchesAt(tokens, t, phrase)) {
                    longest = phrase.size();
                }
            }
            if (longest > 0) {
                found.add(new Snippet.Mark(tokens.get(t).start(), tokens.get(t + longest - 1).end()));
            }
        }
        List<Snippet.Mark> merged = new ArrayList<>();
        for (Snippet.Mark m : found) {
            Snippet.Mark last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && m.start() <= last.end()) {
                merged.set(merged.size() - 1, new Snippet.Mark(last.start(), Math.max(last.end(), m.end())));
            } else {
                merged.add(m);
            }
        }
        return merged;
    }

    private static boolean matchesAt(List<Analysis.Token> tokens, int at, List<String> phrase) {
        if (phrase.isEmpty() || at + phrase.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!tokens.get(at + k).term().equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** Never cut a surrogate pair. */
    private static int safe(String s, int at) {
        return at > 0 && at < s.length() && Character.isLowSurrogate(s.charAt(at)) ? at - 1 : at;
    }
}
