package onestop.search.query;

import onestop.search.KeywordField;
import onestop.search.TextField;

import java.util.List;

/**
 * A parsed query, backend-neutral: each backend translates it node by node into the same
 * boolean structure, so both score and match alike.
 */
public sealed interface QueryNode {

    /** Every document (of the scope): a blank query, or the positive side of a query of NOTs only. */
    record MatchAll() implements QueryNode {
    }

    /**
     * The tokens of {@code text}, consecutive, in one text field ({@code match_phrase} in
     * Elasticsearch). {@code text} is folded; {@code terms} are its tokens (never empty).
     */
    record Phrase(TextField field, String text, List<String> terms) implements QueryNode {
        public Phrase {
            terms = List.copyOf(terms);
            if (terms.isEmpty()) {
                throw new IllegalArgumentException("a phrase without terms");
            }
        }
    }

    /** An exact value of a keyword field, in {@link onestop.search.text.Keys#normalize normal form}. */
    record Exact(KeywordField field, String value) implements QueryNode {
    }

    /** Every node must match; {@link Not} nodes among them must not. */
    record AllOf(List<QueryNode> nodes) implements QueryNode {
        public AllOf {
            nodes = List.copyOf(nodes);
        }
    }

    /** At least one node must match. */
    record AnyOf(List<QueryNode> nodes) implements QueryNode {
        public AnyOf {
            nodes = List.copyOf(nodes);
        }
    }

    /** Inside {@link AllOf}: must not match; elsewhere: everything but it. */
    record Not(QueryNode node) implements QueryNode {
    }
}
