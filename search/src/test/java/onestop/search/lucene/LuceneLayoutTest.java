package onestop.search.lucene;

import onestop.search.Corpus;
import onestop.search.Scope;
import onestop.search.SearchQuery;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class LuceneLayoutTest {

    @Test
    @DisplayName("an index written with older field settings is replaced by an empty one (to be rebuilt), never half-used")
    void olderLayoutStartsEmpty(@TempDir Path dir) throws IOException {
        try (LuceneSearchIndex index = new LuceneSearchIndex(dir)) {
            index.index(Corpus.generate(20, 3));
        }
        Files.writeString(dir.resolve("layout"), "1");

        try (LuceneSearchIndex reopened = new LuceneSearchIndex(dir)) {
            assertEquals(0, reopened.count(SearchQuery.in(Scope.everything()).build()));
            reopened.index(Corpus.generate(5, 4));
            assertEquals(5, reopened.count(SearchQuery.in(Scope.everything()).build()));
        }
        assertFalse(Files.exists(dir.resolve("index-1")), "the old generation is gone");
        assertEquals(LuceneSearchIndex.LAYOUT_VERSION, Files.readString(dir.resolve("layout")).strip());
    }
}
