package onestop.indexing;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import onestop.catalog.CatalogFixtures;
import onestop.catalog.CatalogService;
import onestop.catalog.ItemContent;
import onestop.common.OnestopException;
import onestop.search.text.ChineseFold;
import onestop.testing.AsAuditor;
import onestop.testing.AsCashier;
import onestop.testing.AsScjClerk;
import onestop.testing.AsCenterAdmin;
import onestop.testing.AsSecondAdmin;
import onestop.testing.TestDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Item guides from publication to search, on the running center (the ejb ITs use Elasticsearch):
 * what the public finds, what staff find, Traditional and Simplified, bad input, a rebuild while
 * searching.
 */
@ExtendWith(ArquillianExtension.class)
class ItemSearchIT {
    private static final Duration INDEXED = Duration.ofSeconds(30);
    /** A rebuild left behind by an earlier deployment counts as abandoned after RebuildLog.STALE (60 s). */
    static final Duration NO_REBUILD = Duration.ofSeconds(90);

    @jakarta.annotation.Resource(lookup = "java:jboss/datasources/OnestopDS")
    private javax.sql.DataSource data;

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.ejbModule("item-search-it")
                .addClasses(ItemSearchIT.class, Await.class, RareWords.class, AsScjClerk.class, AsArchivist.class, AsCashier.class, CatalogFixtures.class);
    }

    @EJB
    private CatalogService catalog;

    @EJB
    private SearchService search;

    @EJB
    private IndexingService indexing;

    @EJB
    private AsCenterAdmin author;

    @EJB
    private AsSecondAdmin reviewer;

    @EJB
    private AsAuditor auditor;

    @EJB
    private AsCashier cashier;

    @EJB
    private AsScjClerk scjClerk;

    @EJB
    private AsArchivist archivist;

    private static String newCode() {
        return "SRCH-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    /** A made-up word of Traditional characters nobody else uses. */
    private static String rareWord() {
        return RareWords.traditional();
    }

    private void publish(String code, ItemContent content, boolean first) {
        if (first) {
            author.call(() -> catalog.create(code, content, null));
        } else {
            author.call(() -> catalog.startDraft(code));
            long lock = author.call(() -> catalog.versions(code)).stream().filter(v -> v.number() == null)
                    .findFirst().orElseThrow().lockVersion();
            author.call(() -> catalog.saveDraft(code, content, "revision", lock));
        }
        author.call(() -> catalog.submit(code));
        reviewer.call(() -> catalog.approve(code, null));
    }

    private SearchPage publicSearch(String text) {
        return search.searchPublic(SearchRequest.text(text));
    }

    private static List<String> numbers(SearchPage page) {
        return page.hits().stream().map(SearchPage.Hit::number).toList();
    }

    @Test
    @DisplayName("a published guide is found by the public within seconds, by its Simplified spelling too, with the match highlighted")
    void publishedGuideIsFound() {
        String code = newCode();
        String word = rareWord();
        publish(code, CatalogFixtures.renamed(CatalogFixtures.foodLicense("食品經營許可" + word), "食品經營許可" + word), true);

        String simplified = ChineseFold.fold(word);
        SearchPage page = Await.until(() -> publicSearch(simplified), p -> p.total() == 1, INDEXED, "the new guide found");

        assertEquals(code, page.hits().get(0).number());
        assertTrue(page.hits().get(0).titleHtml().contains("<mark>" + word + "</mark>"),
                "the original Traditional text is highlighted: " + page.hits().get(0).titleHtml());
        assertEquals(1, publicSearch("\"" + word + "\"").total());
        assertEquals(0, publicSearch(word + " -食品").total(), "NOT excludes it");
    }

    @Test
    @DisplayName("after a revision the public finds only the version in effect, while auditors and archivists find both versions")
    void publicSeesCurrentVersionOnly() {
        String code = newCode();
        String word = rareWord();
        ItemContent v1 = CatalogFixtures.renamed(CatalogFixtures.foodLicense("x"), "餐飲服務許可" + word);
        publish(code, v1, true);
        publish(code, CatalogFixtures.withPromised(v1, 20, 15), false);

        SearchRequest staffQuery = SearchRequest.text(word).withScope("items");
        SearchPage staff = Await.until(() -> auditor.call(() -> search.search(staffQuery)),
                p -> p.total() == 2 && p.facets().getOrDefault("status", List.of()).size() == 2, INDEXED,
                "both versions indexed, one superseded");
        SearchPage pub = publicSearch(word);

        assertEquals(1, pub.total());
        assertEquals(2, archivist.call(() -> search.search(staffQuery)).total());
        assertEquals(Set.of("CURRENT", "SUPERSEDED"),
                Set.copyOf(staff.facets().get("status").stream().map(SearchPage.Facet::value).toList()));
    }

    @Test
    @DisplayName("a cancelled item disappears from the public search but stays findable by staff as cancelled")
    void cancelledItem() {
        String code = newCode();
        String word = rareWord();
        publish(code, CatalogFixtures.renamed(CatalogFixtures.foodLicense("x"), "食品小作坊登記" + word), true);
        Await.until(() -> publicSearch(word), p -> p.total() == 1, INDEXED, "indexed");

        author.run(() -> catalog.cancelItem(code, "國發〔2026〕5號", LocalDate.now()));

        Await.until(() -> publicSearch(word), p -> p.total() == 0, INDEXED, "gone from the public search");
        SearchPage staff = auditor.call(() -> search.search(SearchRequest.text(word)));
        assertEquals(1, staff.total());
        assertEquals("CANCELLED", staff.facets().get("status").get(0).value());
    }

    @Test
    @DisplayName("a clerk sees superseded guides of their own department only; the archivist sees every department's")
    void clerkSeesOwnDepartment() {
        String scj = newCode();
        String other = newCode();
        String word = rareWord();
        ItemContent mine = CatalogFixtures.renamed(CatalogFixtures.foodLicense("x"), "食品經營許可" + word);
        ItemContent theirs = new ItemContent("建設工程規劃許可" + word, "ZJJ", "CONSTRUCTION", mine.type(), mine.mode(),
                List.of(), 20, 10, mine.legalBasis(), true, mine.approvalContent(), mine.procedure(), mine.materials(),
                mine.fees(), null, mine.complaintChannels(), mine.supervisingDepartment());
        publish(scj, mine, true);
        publish(scj, CatalogFixtures.withPromised(mine, 20, 15), false);
        publish(other, theirs, true);
        publish(other, CatalogFixtures.withPromised(theirs, 20, 15), false);
        SearchRequest superseded = SearchRequest.text(word).withStatuses(Set.of("SUPERSEDED"));
        Await.until(() -> archivist.call(() -> search.search(superseded)), p -> p.total() == 2, INDEXED, "both superseded");

        SearchPage clerk = scjClerk.call(() -> search.search(superseded));

        assertEquals(List.of(scj), numbers(clerk));
        assertEquals(Set.of("SCJ"), Set.copyOf(clerk.facets().get("department").stream().map(SearchPage.Facet::value).toList()));
    }

    @Test
    @DisplayName("unbalanced quotes, 10,000 characters, only punctuation, a forged page link: each a message key, never a failure")
    void badInput() {
        assertEquals("search.queryInvalid", assertThrows(OnestopException.class, () -> publicSearch("\"營業執照")).key());
        assertEquals("search.queryInvalid", assertThrows(OnestopException.class, () -> publicSearch("(營業 OR 執照")).key());
        assertEquals("search.queryTooLong", assertThrows(OnestopException.class, () -> publicSearch("營".repeat(10_000))).key());
        assertEquals("search.queryEmpty", assertThrows(OnestopException.class, () -> publicSearch("，。！？…")).key());
        assertEquals("search.cursorInvalid", assertThrows(OnestopException.class,
                () -> search.searchPublic(SearchRequest.text("許可").withAfter("not-a-cursor"))).key());
    }

    @Test
    @DisplayName("the cashier has no search: the EJB refuses the role")
    void refusedRole() {
        assertThrows(EJBAccessException.class, () -> cashier.call(() -> search.search(SearchRequest.text("許可"))));
    }

    @Test
    @DisplayName("during a full rebuild every search still finds the guides, and afterwards the index holds every published version")
    void rebuildWhileSearching() {
        String code = newCode();
        String word = rareWord();
        publish(code, CatalogFixtures.renamed(CatalogFixtures.foodLicense("x"), "藥品零售許可" + word), true);
        Await.until(() -> publicSearch(word), p -> p.total() == 1, INDEXED, "indexed");
        // a fresh server rebuilds an index of older field settings at start: wait until that is over
        Await.until(() -> indexing.status(), s -> s.rebuild() == null || !s.rebuild().running(), NO_REBUILD,
                "no rebuild running");
        long before = indexing.status().documents();

        long id = author.call(() -> indexing.requestRebuild());
        List<Long> seen = new ArrayList<>();
        IndexStatus status;
        do {
            seen.add(publicSearch(word).total());
            status = indexing.status();
        } while (status.rebuild() != null && status.rebuild().id() == id && status.rebuild().running());

        assertEquals("DONE", status.rebuild().outcome(), status.rebuild().detail());
        assertFalse(seen.isEmpty());
        assertTrue(seen.stream().allMatch(n -> n == 1), "a search during the rebuild missed the guide: " + seen);
        assertEquals(1, publicSearch(word).total());
        long after = Await.until(() -> indexing.status().documents(), n -> n >= before, INDEXED, "all documents back");
        assertTrue(after >= before);
    }

    @Test
    @DisplayName("a rebuild left RUNNING by a node that stopped blocks others only while its heartbeat is fresh")
    void abandonedRebuildDoesNotBlock() throws java.sql.SQLException {
        Await.until(() -> indexing.status(), s -> s.rebuild() == null || !s.rebuild().running(), NO_REBUILD,
                "no rebuild running");
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        long alive = insertRunning(now.minusMinutes(10), now);
        assertTrue(indexing.status().rebuild().running());
        assertEquals("indexing.rebuildRunning",
                assertThrows(OnestopException.class, () -> author.call(() -> indexing.requestRebuild())).key());

        long dead = insertRunning(now.minusMinutes(10), now.minusMinutes(2));
        markFailed(alive);
        IndexStatus.RebuildInfo shown = indexing.status().rebuild();
        assertEquals(dead, shown.id());
        assertEquals("FAILED", shown.outcome(), "a rebuild without heartbeat is not shown as running");
        assertTrue(shown.detail().startsWith("abandoned"), shown.detail());

        long id = author.call(() -> indexing.requestRebuild());
        IndexStatus status = Await.until(() -> indexing.status(),
                s -> s.rebuild() != null && s.rebuild().id() == id && !s.rebuild().running(), Duration.ofSeconds(120),
                "the new rebuild done");
        assertEquals("DONE", status.rebuild().outcome(), status.rebuild().detail());
    }

    private long insertRunning(java.time.OffsetDateTime started, java.time.OffsetDateTime heartbeat) throws java.sql.SQLException {
        try (java.sql.Connection c = data.getConnection();
             java.sql.PreparedStatement insert = c.prepareStatement("INSERT INTO index_rebuild "
                     + "(requested_by, started_at, heartbeat_at, documents, outcome) VALUES ('crashed-node', ?, ?, 7, 'RUNNING')")) {
            insert.setObject(1, started);
            insert.setObject(2, heartbeat);
            insert.executeUpdate();
        }
        try (java.sql.Connection c = data.getConnection();
             java.sql.ResultSet r = c.createStatement().executeQuery("SELECT MAX(id) FROM index_rebuild")) {
            r.next();
            return r.getLong(1);
        }
    }

    private void markFailed(long id) throws java.sql.SQLException {
        try (java.sql.Connection c = data.getConnection();
             java.sql.PreparedStatement update = c.prepareStatement(
                     "UPDATE index_rebuild SET outcome = 'FAILED', finished_at = started_at WHERE id = ?")) {
            update.setLong(1, id);
            update.executeUpdate();
        }
    }
}
