package onestop.search.query;

import onestop.search.TextField;

import java.util.List;
import java.util.Map;

/**
 * The result of {@link QueryParser#parse}: what to match, and which token sequences to mark in
 * each text field of a hit (the phrases that are not negated).
 */
public record ParsedQuery(QueryNode root, Map<TextField, List<List<String>>> highlights) {

    public ParsedQuery {
        highlights = Map.copyOf(highlights);
    }
}
