package onestop.search.query;

import onestop.search.KeywordField;
import onestop.search.SearchQueryException;
import onestop.search.TextField;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryParserTest {

    @Test
    @DisplayName("a word becomes a phrase of its folded tokens on every text field")
    void wordIsAPhraseOnEveryTextField() {
        QueryNode root = QueryParser.parse("營業登記").root();

        QueryNode.AnyOf any = assertInstanceOf(QueryNode.AnyOf.class, root);
        assertEquals(TextField.values().length, any.nodes().size());
        QueryNode.Phrase p = assertInstanceOf(QueryNode.Phrase.class, any.nodes().get(0));
        assertEquals("营业登记", p.text());
        assertEquals(List.of("营", "业", "登", "记"), p.terms());
    }

    @Test
    @DisplayName("an identifier also matches number, item and applicant id exactly, upper-cased")
    void identifier() {
        QueryNode.AnyOf any = assertInstanceOf(QueryNode.AnyOf.class, QueryParser.parse("scj-2026-000123").root());

        assertTrue(any.nodes().contains(new QueryNode.Exact(KeywordField.NUMBER, "SCJ-2026-000123")));
        assertTrue(any.nodes().contains(new QueryNode.Exact(KeywordField.APPLICANT_ID, "SCJ-2026-000123")));
    }

    @Test
    @DisplayName("NOT binds tighter than AND, AND tighter than OR; negated phrases are not highlighted")
    void precedence() {
        ParsedQuery q = QueryParser.parse("title:甲 OR title:乙 title:丙 -title:丁");

        QueryNode.AnyOf or = assertInstanceOf(QueryNode.AnyOf.class, q.root());
        assertEquals(2, or.nodes().size());
        QueryNode.AllOf and = assertInstanceOf(QueryNode.AllOf.class, or.nodes().get(1));
        assertEquals(3, and.nodes().size());
        assertInstanceOf(QueryNode.Not.class, and.nodes().get(2));
        assertEquals(List.of(List.of("甲"), List.of("乙"), List.of("丙")), q.highlights().get(TextField.TITLE));
    }

    @Test
    @DisplayName("field prefixes in English and Chinese, with a quoted or a spaced value")
    void prefixes() {
        assertEquals(new QueryNode.Exact(KeywordField.DEPARTMENT, "SCJ"), QueryParser.parse("部門:scj").root());
        assertEquals(new QueryNode.Exact(KeywordField.NUMBER, "A 1"), QueryParser.parse("number:\"a 1\"").root());
        assertEquals(new QueryNode.Exact(KeywordField.NUMBER, "X-1"), QueryParser.parse("number: x-1").root());
        assertInstanceOf(QueryNode.AnyOf.class, QueryParser.parse("http://example.com").root());
    }

    @Test
    @DisplayName("a blank query matches everything")
    void blank() {
        assertInstanceOf(QueryNode.MatchAll.class, QueryParser.parse("  \u3000 ").root());
        assertInstanceOf(QueryNode.MatchAll.class, QueryParser.parse(null).root());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"abc", "“营业", "「营业", "(a", "a)", "a AND", "AND a", "a OR OR b", "NOT", "a NOT", "()a)", "number:"})
    @DisplayName("syntax errors raise search.queryInvalid with a position")
    void invalid(String text) {
        SearchQueryException e = assertThrows(SearchQueryException.class, () -> QueryParser.parse(text));

        assertEquals(SearchQueryException.INVALID, e.key(), e.getMessage());
        assertInstanceOf(Integer.class, e.arguments().get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"！？。", "- , .", "\"。\"", "（）", "NOT ，"})
    @DisplayName("nothing searchable raises search.queryEmpty")
    void empty(String text) {
        assertEquals(SearchQueryException.EMPTY, assertThrows(SearchQueryException.class, () -> QueryParser.parse(text)).key());
    }

    @Test
    @DisplayName("hostile input is refused quickly: 10,000 characters, deep brackets, many terms")
    void hostile() {
        assertEquals(SearchQueryException.TOO_LONG,
                assertThrows(SearchQueryException.class, () -> QueryParser.parse("(".repeat(10_000))).key());
        assertEquals(SearchQueryException.TOO_COMPLEX,
                assertThrows(SearchQueryException.class, () -> QueryParser.parse("(".repeat(400) + "a" + ")".repeat(400))).key());
        assertEquals(SearchQueryException.TOO_COMPLEX,
                assertThrows(SearchQueryException.class, () -> QueryParser.parse("a ".repeat(33))).key());
        assertEquals(1, QueryParser.parse("营".repeat(1000)).highlights().get(TextField.BODY).size());
    }
}
