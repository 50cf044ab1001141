package onestop.indexing;

import onestop.search.DocumentType;
import onestop.search.IndexedDocument;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutboxLoadBudgetTest {

    /** Loads every id except "gone"; records what it was asked for. */
    private static final class CountingSource implements IndexSource {
        final List<String> asked = new ArrayList<>();

        @Override
        public String kind() {
            return "test";
        }

        @Override
        public Optional<IndexedDocument> load(String id) {
            asked.add(id);
            return id.equals("gone") ? Optional.empty()
                    : Optional.of(IndexedDocument.builder(documentId(id), DocumentType.DOCUMENT, Instant.EPOCH).build());
        }

        @Override
        public List<String> ids(String after, int limit) {
            return List.of();
        }
    }

    private static List<String> ids(int n) {
        return IntStream.range(0, n).mapToObj(String::valueOf).toList();
    }

    @Test
    @DisplayName("within the budget every entity is loaded, in order, a missing one as empty")
    void allWithinBudget() {
        CountingSource source = new CountingSource();
        List<String> ids = new ArrayList<>(ids(24));
        ids.add("gone");

        Map<String, Optional<IndexedDocument>> loaded = OutboxProcessor.loadWithin(source, ids, Instant.now().plusSeconds(60));

        assertEquals(ids, List.copyOf(loaded.keySet()));
        assertEquals(Optional.empty(), loaded.get("gone"));
        assertEquals(ids, source.asked);
    }

    @Test
    @DisplayName("past the deadline the first chunk is still loaded (progress), the rest is left for the next batch")
    void pastDeadlineLoadsOneChunk() {
        CountingSource source = new CountingSource();

        Map<String, Optional<IndexedDocument>> loaded = OutboxProcessor.loadWithin(source, ids(25), Instant.now().minusSeconds(1));

        assertEquals(ids(OutboxProcessor.LOAD_CHUNK), List.copyOf(loaded.keySet()));
        assertEquals(ids(OutboxProcessor.LOAD_CHUNK), source.asked);
    }
}
