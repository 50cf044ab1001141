package onestop.search.lucene;

import onestop.search.IndexedDocument;
import onestop.search.SearchIndex;
import onestop.search.SearchIndexContract;
import onestop.search.SearchQuery;
import onestop.search.Scope;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The contract on the embedded Lucene backend, plus what only it has: files that outlive the process. */
class LuceneSearchIndexTest extends SearchIndexContract {

    @TempDir
    Path dir;

    @Override
    protected SearchIndex newIndex() {
        return new LuceneSearchIndex(dir.resolve("index"));
    }

    @Override
    protected void dispose(SearchIndex index) {
        index.close();
    }

    @Test
    @DisplayName("the index survives a restart, also after a rebuild switched generations")
    void survivesRestart() {
        index.index(List.of(kase("a", 1).title("营业执照").build()));
        try (SearchIndex.Rebuild rebuild = index.rebuild()) {
            rebuild.index(List.of(kase("b", 1).title("营业执照").build()));
            rebuild.complete();
        }
        index.close();

        index = new LuceneSearchIndex(dir.resolve("index"));

        assertEquals(List.of("b"), ids(everything("营业执照")));
        assertFalse(Files.exists(dir.resolve("index/index-1")));
    }

    @Test
    @DisplayName("a closed index reports itself down and refuses work with SearchUnavailableException")
    void closedIndex() {
        index.close();

        assertFalse(index.health().up());
        assertThrows(onestop.search.SearchUnavailableException.class,
                () -> index.search(SearchQuery.in(Scope.everything()).build()));
        assertThrows(onestop.search.SearchUnavailableException.class,
                () -> index.index(List.of(IndexedDocument.builder("x", onestop.search.DocumentType.CASE, Instant.now()).build())));
    }
}
