package onestop.search.query;

import onestop.search.KeywordField;
import onestop.search.SearchQuery;
import onestop.search.SearchQueryException;
import onestop.search.TextField;
import onestop.search.text.Analysis;
import onestop.search.text.ChineseFold;
import onestop.search.text.Keys;
import onestop.search.text.Synonyms;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns what a user typed into a {@link ParsedQuery}. The syntax:
 * <ul>
 * <li>{@code 营业登记} a run of characters matches as a phrase (its characters consecutive, in any
 *     text field), never as scattered characters; Traditional and Simplified, full-width and
 *     half-width find each other (the text is {@link ChineseFold folded}); a few variant spellings
 *     ({@link Synonyms}) too;</li>
 * <li>{@code "建设 工程"} (also “…”, 「…」, 『…』) a phrase with blanks in it;</li>
 * <li>several terms: all must match; {@code OR}, {@code AND}, {@code NOT} (upper case), {@code -term},
 *     and ASCII brackets group ({@code NOT} binds tighter than AND, AND tighter than OR); full-width
 *     brackets are plain punctuation, as in company names;</li>
 * <li>field prefixes: {@code item:} (事项) code or name, {@code applicant:} (申请人) credit code, ID
 *     number or name, {@code department:} (部门) code, {@code number:} (编号, 案号) exact number,
 *     {@code title:} (标题) the title only;</li>
 * <li>a term that looks like an identifier (letters, digits and {@code -_/.}, with a digit, 5
 *     characters or more: case numbers, credit codes, ID numbers, licence numbers) also matches
 *     number, item and applicant id exactly.</li>
 * </ul>
 * Bad input never reaches a backend: it raises {@link SearchQueryException} with a message key
 * (unbalanced quotes or brackets, a dangling operator, too long, too many terms, nothing searchable).
 * Terms with no searchable characters (punctuation) are dropped when something else remains.
 */
public final class QueryParser {

    /** Terms (words and phrases) per query. */
    public static final int MAX_TERMS = 32;
    /** Bracket nesting. */
    static final int MAX_DEPTH = 8;

    private static final Pattern IDENTIFIER = Pattern.compile("[0-9a-z][0-9a-z_/.\\-]{4,}");
    private static final Map<String, Prefix> PREFIXES = Map.ofEntries(
            Map.entry("item", Prefix.ITEM), Map.entry("事项", Prefix.ITEM),
            Map.entry("applicant", Prefix.APPLICANT), Map.entry("申请人", Prefix.APPLICANT),
            Map.entry("department", Prefix.DEPARTMENT), Map.entry("dept", Prefix.DEPARTMENT),
            Map.entry("部门", Prefix.DEPARTMENT),
            Map.entry("number", Prefix.NUMBER), Map.entry("no", Prefix.NUMBER), Map.entry("编号", Prefix.NUMBER),
            Map.entry("案号", Prefix.NUMBER), Map.entry("文号", Prefix.NUMBER),
            Map.entry("title", Prefix.TITLE), Map.entry("标题", Prefix.TITLE));

    private enum Prefix { ITEM, APPLICANT, DEPARTMENT, NUMBER, TITLE }

    private enum Kind { LPAREN, RPAREN, WORD, QUOTED, AND, OR, NOT, FIELD }

    /** A lexical token; {@code text} original, {@code folded} folded, {@code at} its 0-based offset. */
    private record Tok(Kind kind, String text, String folded, int at, Prefix prefix) {
    }

    private final String original;
    private final String folded;
    private final List<Tok> toks = new ArrayList<>();
    private int next;
    private int terms;
    private final Map<TextField, Set<List<String>>> highlights = new EnumMap<>(TextField.class);

    private QueryParser(String original) {
        this.original = original;
        this.folded = ChineseFold.fold(original);
    }

    /**
     * @param text what the user typed; null or blank matches everything
     * @throws SearchQueryException when it cannot be run
     */
    public static ParsedQuery parse(String text) {
        if (text == null || text.isBlank()) {
            return new ParsedQuery(new QueryNode.MatchAll(), Map.of());
        }
        if (text.length() > SearchQuery.MAX_TEXT_LENGTH) {
            throw new SearchQueryException(SearchQueryException.TOO_LONG,
                    "the query is longer than " + SearchQuery.MAX_TEXT_LENGTH + " characters", SearchQuery.MAX_TEXT_LENGTH);
        }
        QueryParser p = new QueryParser(text);
        p.lex();
        QueryNode root = p.toks.isEmpty() ? null : p.parseOr(0, false);
        if (p.next < p.toks.size()) {
            throw p.invalid(p.toks.get(p.next).at(), "a closing bracket without an opening one");
        }
        if (root == null) {
            throw new SearchQueryException(SearchQueryException.EMPTY, "the query has nothing to search for");
        }
        if (root instanceof QueryNode.Not) {
            root = new QueryNode.AllOf(List.of(root));
        }
        Map<TextField, List<List<String>>> marks = new EnumMap<>(TextField.class);
        p.highlights.forEach((field, phrases) -> marks.put(field, List.copyOf(phrases)));
        return new ParsedQuery(root, marks);
    }

    // ---- lexer ---------------------------------------------------------------------------------

    private void lex() {
        int i = 0;
        int n = original.length();
        while (i < n) {
            char c = original.charAt(i);
            if (Character.isWhitespace(c) || folded.charAt(i) == ' ' || Character.isSpaceChar(c)) {
                i++;
            } else if (c == '(') {
                toks.add(new Tok(Kind.LPAREN, "(", "(", i++, null));
            } else if (c == ')') {
                toks.add(new Tok(Kind.RPAREN, ")", ")", i++, null));
            } else if (closerOf(i) != null) {
                i = quoted(i);
            } else {
                i = word(i);
            }
        }
    }

    /** The closing characters of a quote that opens at {@code i}, or null. */
    private String closerOf(int i) {
        return switch (original.charAt(i)) {
            case '"', '＂' -> "\"＂";
            case '“' -> "”“";
            case '「' -> "」";
            case '『' -> "』";
            default -> null;
        };
    }

    private int quoted(int open) {
        String closers = closerOf(open);
        int close = open + 1;
        while (close < original.length() && closers.indexOf(original.charAt(close)) < 0) {
            close++;
        }
        if (close >= original.length()) {
            throw invalid(open, "a quote that is not closed");
        }
        toks.add(new Tok(Kind.QUOTED, original.substring(open + 1, close), folded.substring(open + 1, close), open, null));
        return close + 1;
    }

    private int word(int start) {
        int end = start;
        while (end < original.length()) {
            char c = original.charAt(end);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || folded.charAt(end) == ' '
                    || c == '(' || c == ')' || closerOf(end) != null) {
                break;
            }
            end++;
        }
        String text = original.substring(start, end);
        String f = folded.substring(start, end);
        boolean glued = end < original.length() && (original.charAt(end) == '(' || closerOf(end) != null);
        switch (text) {
            case "AND", "&&" -> toks.add(new Tok(Kind.AND, text, f, start, null));
            case "OR", "||" -> toks.add(new Tok(Kind.OR, text, f, start, null));
            case "NOT" -> toks.add(new Tok(Kind.NOT, text, f, start, null));
            case "-" -> {
                if (glued) {
                    toks.add(new Tok(Kind.NOT, text, f, start, null));      // -( ... ) or -"..."
                } else {
                    toks.add(new Tok(Kind.WORD, text, f, start, null));     // a lone dash: punctuation
                }
            }
            default -> {
                int at = start;
                if (text.length() > 1 && text.charAt(0) == '-') {
                    toks.add(new Tok(Kind.NOT, "-", "-", start, null));
                    text = text.substring(1);
                    f = f.substring(1);
                    at++;
                }
                int colon = f.indexOf(':');
                Prefix prefix = colon > 0 ? PREFIXES.get(f.substring(0, colon)) : null;
                if (prefix != null) {
                    toks.add(new Tok(Kind.FIELD, text.substring(0, colon + 1), f.substring(0, colon + 1), at, prefix));
                    if (colon + 1 < text.length()) {      // else the next word or quote is its value
                        toks.add(new Tok(Kind.WORD, text.substring(colon + 1), f.substring(colon + 1), at + colon + 1, null));
                    }
                } else {
                    toks.add(new Tok(Kind.WORD, text, f, at, null));
                }
            }
        }
        return end;
    }

    // ---- parser (null: nothing searchable there) --------------------------------------------------

    private Tok peek() {
        return next < toks.size() ? toks.get(next) : null;
    }

    private boolean operandFollows() {
        Tok t = peek();
        return t != null && t.kind() != Kind.RPAREN && t.kind() != Kind.AND && t.kind() != Kind.OR;
    }

    private QueryNode parseOr(int depth, boolean negated) {
        List<QueryNode> any = new ArrayList<>();
        add(any, parseAnd(depth, negated));
        while (peek() != null && peek().kind() == Kind.OR) {
            Tok or = toks.get(next++);
            if (!operandFollows()) {
                throw invalid(or.at(), "OR needs a term on each side");
            }
            add(any, parseAnd(depth, negated));
        }
        return any.isEmpty() ? null : any.size() == 1 ? any.get(0) : new QueryNode.AnyOf(any);
    }

    private QueryNode parseAnd(int depth, boolean negated) {
        Tok first = peek();
        if (first != null && (first.kind() == Kind.AND || first.kind() == Kind.OR)) {
            throw invalid(first.at(), first.text() + " needs a term on each side");
        }
        List<QueryNode> all = new ArrayList<>();
        add(all, parseUnary(depth, negated));
        while (peek() != null && peek().kind() != Kind.RPAREN && peek().kind() != Kind.OR) {
            if (peek().kind() == Kind.AND) {
                Tok and = toks.get(next++);
                if (!operandFollows()) {
                    throw invalid(and.at(), "AND needs a term on each side");
                }
            }
            add(all, parseUnary(depth, negated));
        }
        return all.isEmpty() ? null : all.size() == 1 && !(all.get(0) instanceof QueryNode.Not)
                ? all.get(0) : new QueryNode.AllOf(all);
    }

    private QueryNode parseUnary(int depth, boolean negated) {
        Tok t = peek();
        if (t == null) {
            throw invalid(original.length() - 1, "the query ends where a term should follow");
        }
        if (t.kind() == Kind.NOT) {
            next++;
            if (!operandFollows()) {
                throw invalid(t.at(), "NOT needs a term after it");
            }
            QueryNode inner = parseUnary(depth, !negated);
            return inner == null ? null : new QueryNode.Not(inner);
        }
        return parsePrimary(depth, negated);
    }

    private QueryNode parsePrimary(int depth, boolean negated) {
        Tok t = toks.get(next++);
        switch (t.kind()) {
            case LPAREN -> {
                if (depth >= MAX_DEPTH) {
                    throw new SearchQueryException(SearchQueryException.TOO_COMPLEX,
                            "brackets nested deeper than " + MAX_DEPTH, MAX_TERMS);
                }
                QueryNode inner = peek() != null && peek().kind() == Kind.RPAREN ? null : parseOr(depth + 1, negated);
                if (peek() == null || peek().kind() != Kind.RPAREN) {
                    throw invalid(t.at(), "an opening bracket without a closing one");
                }
                next++;
                return inner;
            }
            case RPAREN -> throw invalid(t.at(), "a closing bracket without an opening one");
            case AND, OR, NOT -> throw invalid(t.at(), t.text() + " where a term should be");
            case FIELD -> {
                Tok value = peek();
                if (value == null || (value.kind() != Kind.WORD && value.kind() != Kind.QUOTED)) {
                    throw invalid(t.at(), "a field prefix with nothing after it");
                }
                next++;
                return term(t.prefix(), value, negated);
            }
            default -> {
                return term(null, t, negated);
            }
        }
    }

    private QueryNode term(Prefix prefix, Tok t, boolean negated) {
        if (++terms > MAX_TERMS) {
            throw new SearchQueryException(SearchQueryException.TOO_COMPLEX,
                    "more than " + MAX_TERMS + " terms", MAX_TERMS);
        }
        List<QueryNode> any = new ArrayList<>();
        String key = Keys.normalize(t.text());
        if (prefix == null) {
            for (TextField field : TextField.values()) {
                phrases(field, t.folded(), negated, any);
            }
            if (t.kind() == Kind.WORD && IDENTIFIER.matcher(t.folded()).matches() && t.folded().chars().anyMatch(Character::isDigit)) {
                any.add(new QueryNode.Exact(KeywordField.NUMBER, key));
                any.add(new QueryNode.Exact(KeywordField.ITEM, key));
                any.add(new QueryNode.Exact(KeywordField.APPLICANT_ID, key));
            }
        } else {
            switch (prefix) {
                case ITEM -> {
                    exact(KeywordField.ITEM, key, any);
                    phrases(TextField.ITEM_NAME, t.folded(), negated, any);
                }
                case APPLICANT -> {
                    exact(KeywordField.APPLICANT_ID, key, any);
                    phrases(TextField.APPLICANT_NAME, t.folded(), negated, any);
                }
                case DEPARTMENT -> exact(KeywordField.DEPARTMENT, key, any);
                case NUMBER -> exact(KeywordField.NUMBER, key, any);
                case TITLE -> phrases(TextField.TITLE, t.folded(), negated, any);
            }
        }
        return any.isEmpty() ? null : any.size() == 1 ? any.get(0) : new QueryNode.AnyOf(any);
    }

    private static void exact(KeywordField field, String key, List<QueryNode> any) {
        if (!key.isEmpty()) {
            any.add(new QueryNode.Exact(field, key));
        }
    }

    private void phrases(TextField field, String foldedText, boolean negated, List<QueryNode> any) {
        for (String variant : Synonyms.variants(foldedText.strip())) {
            List<String> tokens = Analysis.terms(variant);
            if (!tokens.isEmpty()) {
                any.add(new QueryNode.Phrase(field, variant, tokens));
                if (!negated) {
                    highlights.computeIfAbsent(field, f -> new LinkedHashSet<>()).add(tokens);
                }
            }
        }
    }

    private static void add(List<QueryNode> list, QueryNode node) {
        if (node != null) {
            list.add(node);
        }
    }

    private SearchQueryException invalid(int at, String why) {
        return new SearchQueryException(SearchQueryException.INVALID,
                why + " (at character " + (at + 1) + ")", at + 1);
    }
}
