package onestop.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link SearchIndex} backend must do, run against each: Lucene as a unit test,
 * Elasticsearch as an integration test against a real server. Each test starts from an empty index.
 */
public abstract class SearchIndexContract {

    protected SearchIndex index;

    /** A new, empty index. */
    protected abstract SearchIndex newIndex() throws Exception;

    /** Removes what {@link #newIndex()} made (after {@code close()}). */
    protected abstract void dispose(SearchIndex index) throws Exception;

    @BeforeEach
    void open() throws Exception {
        index = newIndex();
    }

    @AfterEach
    void closeIndex() throws Exception {
        if (index != null) {
            dispose(index);
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    protected static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    protected static IndexedDocument.Builder kase(String id, int day) {
        return IndexedDocument.builder(id, DocumentType.CASE, T0.plusSeconds(86_400L * day))
                .departments("SCJ").hall("A").status("ACCEPTED");
    }

    protected static SearchQuery.Builder everything(String text) {
        return SearchQuery.in(Scope.everything()).text(text);
    }

    protected List<String> ids(SearchQuery.Builder q) {
        return ids(index.search(q.build()));
    }

    protected static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchResult.Hit::id).toList();
    }

    protected Set<String> idSet(String text) {
        return new HashSet<>(ids(everything(text).size(SearchQuery.MAX_SIZE)));
    }

    private void indexed(IndexedDocument.Builder... docs) {
        List<IndexedDocument> list = new ArrayList<>();
        for (IndexedDocument.Builder b : docs) {
            list.add(b.build());
        }
        index.index(list);
    }

    // ---- Chinese text --------------------------------------------------------------------------

    @Test
    @DisplayName("Traditional and Simplified find each other: 建设工程规划 ↔ 建設工程規劃")
    void traditionalAndSimplified() {
        indexed(kase("trad", 1).title("建設工程規劃許可證核發").body("申請人提交建設工程規劃許可申請"),
                kase("simp", 2).title("建设工程规划许可证核发").body("申请人提交建设工程规划许可申请"),
                kase("other", 3).title("食品经营许可").body("餐饮服务"));

        assertEquals(Set.of("trad", "simp"), idSet("建设工程规划"));
        assertEquals(Set.of("trad", "simp"), idSet("建設工程規劃"));
    }

    @Test
    @DisplayName("a Simplified query marks the matching words in the Traditional original")
    void highlightOnTheOriginal() {
        indexed(kase("trad", 1).title("建設工程規劃許可證核發").body("本案經現場核查，北側樓梯疏散寬度不足，請補正。"));

        SearchResult.Hit hit = index.search(everything("北侧楼梯").build()).hits().get(0);

        Snippet body = hit.snippets().stream().filter(s -> s.field() == TextField.BODY).findFirst().orElseThrow();
        Snippet.Mark mark = body.marks().get(0);
        assertEquals("北側樓梯", body.text().substring(mark.start(), mark.end()));
        assertTrue(body.html().contains("<mark>北側樓梯</mark>"), body.html());
    }

    @Test
    @DisplayName("full-width and half-width letters and digits fold: ＡＢＣ１２３ ↔ abc123")
    void fullWidthAndHalfWidth() {
        indexed(kase("full", 1).title("ＡＢＣ１２３科技有限公司"), kase("half", 2).title("abc123科技有限公司"));

        assertEquals(Set.of("full", "half"), idSet("abc123"));
        assertEquals(Set.of("full", "half"), idSet("ＡＢＣ１２３"));
        assertEquals(Set.of("full", "half"), idSet("ABC123科技"));
    }

    @Test
    @DisplayName("a run of characters matches as a phrase, not as scattered characters")
    void phraseNotScatteredCharacters() {
        indexed(kase("phrase", 1).body("办理营业登记手续"),
                kase("scattered", 2).body("营业执照已登记在册"),
                kase("reversed", 3).body("登记营业"));

        assertEquals(Set.of("phrase"), idSet("营业登记"));
        assertEquals(Set.of("phrase", "scattered", "reversed"), idSet("营业 登记"));
    }

    @Test
    @DisplayName("a phrase finds the same documents whether ordered by relevance, by date or only counted: a one-character change anywhere misses")
    void phraseWithAndWithoutScores() {
        for (String phrase : List.of("食品经营", "食品经营许", "食品经营许可", "建设工程规划许", "建设工程规划许可证")) {
            index.delete(index.search(everything(null).size(SearchQuery.MAX_SIZE).build()).hits().stream()
                    .map(SearchResult.Hit::id).toList());
            List<IndexedDocument.Builder> docs = new ArrayList<>();
            docs.add(kase("exact", 1).body("窗口受理" + phrase + "申请"));
            docs.add(kase("halves", 2).body(phrase.substring(0, phrase.length() / 2) + "，另见" + phrase.substring(phrase.length() / 2)));
            for (int k = 0; k < phrase.length(); k++) {
                String changed = phrase.substring(0, k) + "甲" + phrase.substring(k + 1);
                docs.add(kase("miss" + k, 3 + k).body("窗口受理" + changed + "申请，" + phrase.substring(0, k) + "乙"));
            }
            indexed(docs.toArray(IndexedDocument.Builder[]::new));
            for (SortOrder order : SortOrder.values()) {
                assertEquals(List.of("exact"), ids(everything(phrase).sort(order)), phrase + " " + order);
            }
            assertEquals(1, index.count(everything(phrase).build()), phrase);
        }
    }

    @Test
    @DisplayName("a quoted phrase keeps its words together across blanks and punctuation")
    void quotedPhrase() {
        indexed(kase("together", 1).body("北侧 楼梯宽度不足"), kase("apart", 2).body("北侧出口，东侧楼梯"));

        assertEquals(Set.of("together"), idSet("\"北侧 楼梯\""));
        assertEquals(Set.of("together"), idSet("「北側 樓梯」"));
    }

    @Test
    @DisplayName("variant spellings that are not Traditional/Simplified pairs find each other: 身分证 ↔ 身份证")
    void variantSpellings() {
        indexed(kase("tw", 1).body("申請人身分證影本"), kase("cn", 2).body("申请人身份证复印件"));

        assertEquals(Set.of("tw", "cn"), idSet("身份证"));
        assertEquals(Set.of("tw", "cn"), idSet("身分證"));
    }

    // ---- identifiers and field prefixes --------------------------------------------------------

    @Test
    @DisplayName("case numbers, credit codes and ID numbers match exactly, in any case and width")
    void identifiersMatchExactly() {
        indexed(kase("a", 1).number("SCJ-2026-000123").applicantId("91310000MA1FL0XR2B").title("营业执照设立登记"),
                kase("b", 2).number("SCJ-2026-000124").applicantId("11010519491231002X").title("营业执照变更登记"),
                kase("c", 3).number("SCJ-2026-0001234").title("食品经营许可"));

        assertEquals(Set.of("a"), idSet("SCJ-2026-000123"));
        assertEquals(Set.of("a"), idSet("scj-2026-000123"));
        assertEquals(Set.of("a"), idSet("ＳＣＪ－２０２６－０００１２３"));
        assertEquals(Set.of(), idSet("SCJ-2026-00012"));
        assertEquals(Set.of("a"), idSet("91310000MA1FL0XR2B"));
        assertEquals(Set.of("b"), idSet("11010519491231002x"));
        assertEquals(Set.of("c"), idSet("number:SCJ-2026-0001234"));
    }

    @Test
    @DisplayName("field prefixes search one field: item, applicant, department, number")
    void fieldPrefixes() {
        indexed(kase("a", 1).item("SCJ-001").itemName("营业执照设立登记").applicantName("华宇商贸有限公司")
                        .applicantId("91310000MA1FL0XR2B").body("华宇商贸有限公司申请设立登记"),
                kase("b", 2).item("GTJ-003").itemName("建设工程规划许可").applicantName("王小明").departments("GTJ")
                        .body("营业执照设立登记材料"));

        assertEquals(Set.of("a"), idSet("item:营业执照"));
        assertEquals(Set.of("a"), idSet("item:scj-001"));
        assertEquals(Set.of("a"), idSet("事項:營業執照"));
        assertEquals(Set.of("b"), idSet("applicant:王小明"));
        assertEquals(Set.of("a"), idSet("applicant:91310000MA1FL0XR2B"));
        assertEquals(Set.of("b"), idSet("department:gtj"));
        assertEquals(Set.of("a", "b"), idSet("营业执照设立"));
    }

    @Test
    @DisplayName("AND, OR, NOT, minus and brackets combine terms")
    void booleanOperators() {
        indexed(kase("fire", 1).body("消防验收 北侧楼梯"),
                kase("food", 2).body("食品经营许可 北侧仓库"),
                kase("both", 3).body("消防验收 食品经营许可"));

        assertEquals(Set.of("fire", "both"), idSet("消防验收"));
        assertEquals(Set.of("both"), idSet("消防验收 食品经营"));
        assertEquals(Set.of("both"), idSet("消防验收 AND 食品经营"));
        assertEquals(Set.of("fire", "food", "both"), idSet("消防验收 OR 食品经营"));
        assertEquals(Set.of("fire"), idSet("消防验收 NOT 食品经营"));
        assertEquals(Set.of("fire"), idSet("消防验收 -食品经营"));
        assertEquals(Set.of("food"), idSet("NOT 消防验收"));
        assertEquals(Set.of("fire", "food"), idSet("(消防验收 OR 食品经营) -(消防验收 食品经营)"));
        assertEquals(Set.of("fire", "food"), idSet("北侧"));
    }

    // ---- filters, facets, scope ----------------------------------------------------------------

    @Test
    @DisplayName("filters restrict by exact values and dates; facets count values over all matches")
    void filtersAndFacets() {
        indexed(kase("1", 1).departments("SCJ").status("ACCEPTED").body("营业执照"),
                kase("2", 2).departments("SCJ").status("APPROVED").body("营业执照"),
                kase("3", 3).departments("GTJ").status("APPROVED").body("营业执照"),
                kase("4", 4).departments("GTJ", "SCJ").status("APPROVED").body("营业执照"),
                kase("5", 40).departments("WSJ").status("APPROVED").body("营业执照"),
                kase("6", 5).departments("WSJ").status("APPROVED").body("卫生许可"));

        SearchResult r = index.search(everything("营业执照").filter(KeywordField.STATUS, "approved")
                .facets(KeywordField.DEPARTMENT, KeywordField.STATUS).build());

        assertEquals(4, r.total());
        assertEquals(List.of(new SearchResult.FacetCount("GTJ", 2), new SearchResult.FacetCount("SCJ", 2),
                new SearchResult.FacetCount("WSJ", 1)), r.facets().get(KeywordField.DEPARTMENT));
        assertEquals(List.of(new SearchResult.FacetCount("APPROVED", 4)), r.facets().get(KeywordField.STATUS));
        assertEquals(Set.of("3", "4"), Set.copyOf(ids(everything("营业执照").filter(KeywordField.DEPARTMENT, "GTJ"))));
        assertEquals(Set.of("1", "2", "3"), Set.copyOf(ids(everything("营业执照").filter(KeywordField.DEPARTMENT, "GTJ", "SCJ")
                .dates(new DateRange(T0, T0.plusSeconds(86_400L * 4))))));
        assertEquals(6, index.count(everything(null).build()));
        assertEquals(1, index.count(everything(null).filter(KeywordField.TYPE, "case").dates(new DateRange(T0.plusSeconds(86_400L * 10), null)).build()));
    }

    @Test
    @DisplayName("the scope is part of the query: the public sees published guides, a clerk his departments, an archivist everything")
    void scopeRestriction() {
        indexed(IndexedDocument.builder("guide", DocumentType.ITEM, T0).departments("SCJ").title("营业执照办事指南").visibleToPublic(true),
                IndexedDocument.builder("draft", DocumentType.ITEM, T0).departments("SCJ").title("营业执照办事指南（草稿）"),
                kase("scj", 1).departments("SCJ").title("营业执照设立登记"),
                kase("joint", 2).departments("SCJ", "GTJ").title("营业执照与规划联合审批"),
                kase("gtj", 3).departments("GTJ").title("营业执照用地证明"));

        assertEquals(Set.of("guide"), found(Scope.publicOnly()));
        assertEquals(Set.of("guide", "draft", "scj", "joint"), found(Scope.departments("SCJ")));
        assertEquals(Set.of("joint", "gtj"), found(Scope.departments("gtj")));
        assertEquals(Set.of("guide", "joint", "gtj"), found(Scope.departments("GTJ").withPublic()));
        assertEquals(Set.of("guide", "draft", "scj", "joint", "gtj"), found(Scope.everything()));
        assertEquals(Set.of(), found(Scope.nothing()));
        assertEquals(1, index.count(SearchQuery.in(Scope.publicOnly()).build()));
    }

    private Set<String> found(Scope scope) {
        return new HashSet<>(ids(SearchQuery.in(scope).text("营业执照").size(50)));
    }

    // ---- writes --------------------------------------------------------------------------------

    @Test
    @DisplayName("a document indexed again replaces the old one; a deleted one is gone")
    void upsertAndDelete() {
        indexed(kase("a", 1).title("营业执照设立登记"), kase("b", 2).title("营业执照变更登记"));

        indexed(kase("a", 1).title("食品经营许可"));
        index.delete(List.of("b", "never-indexed"));

        assertEquals(Set.of(), idSet("营业执照"));
        assertEquals(Set.of("a"), idSet("食品经营"));
        assertEquals(1, index.count(everything(null).build()));
        assertTrue(index.health().up());
        assertEquals(1, index.health().documents());
    }

    @Test
    @DisplayName("a rebuild fills a new index while the old one serves, then swaps; writes made meanwhile survive")
    void rebuildSwaps() {
        indexed(kase("old", 1).title("营业执照"), kase("gone", 2).title("营业执照"));

        try (SearchIndex.Rebuild rebuild = index.rebuild()) {
            rebuild.index(List.of(kase("new", 3).title("营业执照").build(), kase("gone", 2).title("营业执照").build()));
            indexed(kase("during", 4).title("营业执照"));
            index.delete(List.of("gone"));
            assertEquals(Set.of("old", "during"), idSet("营业执照"));
            assertThrows(IllegalStateException.class, index::rebuild);

            rebuild.complete();
        }

        assertEquals(Set.of("new", "during"), idSet("营业执照"));
        indexed(kase("after", 5).title("营业执照"));
        assertEquals(Set.of("new", "during", "after"), idSet("营业执照"));

        try (SearchIndex.Rebuild abandoned = index.rebuild()) {
            abandoned.index(List.of(kase("never", 6).title("营业执照").build()));
        }
        assertEquals(Set.of("new", "during", "after"), idSet("营业执照"));
    }

    // ---- order and paging ----------------------------------------------------------------------

    @Test
    @DisplayName("search-after pages through every match once, in order, also with equal dates")
    void pagingWithSearchAfter() {
        List<IndexedDocument> docs = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            docs.add(kase(String.format("c%02d", i), i % 7).body("营业执照" + "申请".repeat(1 + i % 4)).build());
        }
        index.index(docs);

        for (SortOrder order : SortOrder.values()) {
            SearchQuery first = everything("营业执照").sort(order).size(10).build();
            List<String> all = ids(index.search(everything("营业执照").sort(order).size(50).build()));
            List<String> paged = new ArrayList<>();
            SearchResult page = index.search(first);
            int pages = 1;
            paged.addAll(ids(page));
            while (page.next() != null) {
                page = index.search(first.after(page.next()));
                paged.addAll(ids(page));
                pages++;
                assertEquals(25, page.total());
            }
            assertEquals(3, pages, order.name());
            assertEquals(all, paged, order.name());
            assertEquals(25, new LinkedHashSet<>(paged).size(), order.name());
        }
    }

    @Test
    @DisplayName("date order: newest first by default, ties broken by id")
    void dateOrder() {
        indexed(kase("b", 2).title("营业执照"), kase("a", 2).title("营业执照"), kase("c", 5).title("营业执照"), kase("d", 1).title("营业执照"));

        assertEquals(List.of("c", "a", "b", "d"), ids(everything("营业执照")));
        assertEquals(List.of("d", "a", "b", "c"), ids(everything("营业执照").sort(SortOrder.DATE_ASC)));
        SearchResult.Hit hit = index.search(everything("营业执照").build()).hits().get(0);
        assertEquals(T0.plusSeconds(86_400L * 5), hit.date());
        assertEquals(DocumentType.CASE, hit.type());
        assertEquals("营业执照", hit.title());
        assertTrue(Double.isNaN(hit.score()));
    }

    @Test
    @DisplayName("relevance order puts the title match first and gives a score")
    void relevanceOrder() {
        indexed(kase("body", 1).title("其他事项").body("关于消防验收的说明，另附材料若干，请查收。"),
                kase("title", 2).title("消防验收").body("消防验收"));

        SearchResult r = index.search(everything("消防验收").sort(SortOrder.RELEVANCE).build());

        assertEquals(List.of("title", "body"), ids(r));
        assertTrue(r.hits().get(0).score() > r.hits().get(1).score());
    }

    // ---- bad input -----------------------------------------------------------------------------

    @Test
    @DisplayName("bad queries raise SearchQueryException with a message key, never a parser crash")
    void badQueries() {
        indexed(kase("a", 1).title("营业执照"));

        assertKey(SearchQueryException.INVALID, "\"营业执照");
        assertKey(SearchQueryException.INVALID, "(营业执照");
        assertKey(SearchQueryException.INVALID, "营业执照)");
        assertKey(SearchQueryException.INVALID, "营业执照 AND");
        assertKey(SearchQueryException.INVALID, "OR 营业执照");
        assertKey(SearchQueryException.TOO_LONG, "营".repeat(10_000));
        assertKey(SearchQueryException.EMPTY, "，。！？……——");
        assertKey(SearchQueryException.EMPTY, "\"\" ()");
        assertKey(SearchQueryException.TOO_COMPLEX, "营 ".repeat(40));
        assertKey(SearchQueryException.TOO_COMPLEX, "(".repeat(20) + "营" + ")".repeat(20));
        SearchQueryException e = assertThrows(SearchQueryException.class,
                () -> index.search(everything("营业").after("bm90IGEgY3Vyc29y").build()));
        assertEquals(SearchQueryException.CURSOR_INVALID, e.key());
        assertEquals(Set.of("a"), idSet("营业执照 ，"));
        assertEquals(Set.of("a"), idSet("（营业执照"));
    }

    private void assertKey(String key, String text) {
        SearchQueryException e = assertThrows(SearchQueryException.class, () -> index.search(everything(text).build()), text);
        assertEquals(key, e.key(), e.getMessage());
        assertNotNull(e.getMessage());
    }

    @Test
    @DisplayName("a blank query lists the scope's documents; an empty index answers with nothing")
    void blankQueryAndEmptyIndex() {
        SearchResult empty = index.search(everything(" ").facets(KeywordField.STATUS).build());
        assertEquals(0, empty.total());
        assertNull(empty.next());
        assertEquals(List.of(), empty.facets().get(KeywordField.STATUS));

        indexed(kase("a", 1).title("营业执照"));
        assertEquals(List.of("a"), ids(everything(null)));
        assertFalse(index.search(everything("营业执照").build()).hits().get(0).snippets().isEmpty());
    }

    // ---- a bigger corpus -----------------------------------------------------------------------

    @Test
    @DisplayName("on a generated corpus, Traditional and Simplified queries give the same hits, and paging and counts agree")
    void generatedCorpus() {
        List<IndexedDocument> corpus = Corpus.generate(600, 7);
        index.index(corpus);
        for (String q : List.of("建设工程规划", "北侧楼梯", "营业执照副本", "申请人提交的材料齐全", "消防设施 现场核查")) {
            SearchQuery simplified = everything(q).size(SearchQuery.MAX_SIZE).build();
            SearchQuery traditional = everything(Corpus.traditional(q)).size(SearchQuery.MAX_SIZE).build();
            SearchResult s = index.search(simplified);
            assertEquals(ids(s), ids(index.search(traditional)), q);
            assertEquals(s.total(), index.count(simplified), q);
            assertTrue(s.total() > 0, q);
            long expected = corpus.stream().filter(d -> containsAll(d, q)).count();
            assertEquals(expected, s.total(), q);
        }
        Map<String, Long> byDept = corpus.stream().flatMap(d -> d.departments().stream())
                .collect(Collectors.groupingBy(x -> x, Collectors.counting()));
        SearchResult all = index.search(everything(null).facets(KeywordField.DEPARTMENT).build());
        assertEquals(corpus.size(), all.total());
        for (SearchResult.FacetCount f : all.facets().get(KeywordField.DEPARTMENT)) {
            assertEquals(byDept.get(f.value()), f.count(), f.value());
        }
    }

    /** A brute-force check: every blank-separated part occurs in one of the folded texts. */
    private static boolean containsAll(IndexedDocument d, String q) {
        for (String part : q.split(" ")) {
            boolean any = false;
            for (String text : d.texts().values()) {
                if (onestop.search.text.ChineseFold.fold(text).contains(onestop.search.text.ChineseFold.fold(part))) {
                    any = true;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }
}
