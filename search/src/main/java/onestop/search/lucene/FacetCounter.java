package onestop.search.lucene;

import onestop.search.KeywordField;
import onestop.search.SearchResult.FacetCount;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts the values of keyword fields over every match (their sorted-set doc values), in the order
 * Elasticsearch's {@code terms} aggregation uses: count descending, then value ascending.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counts, Map<KeywordField, List<FacetCount>>> {

    private final Set<KeywordField> fields;
    private final int size;

    FacetCounter(Set<KeywordField> fields, int size) {
        this.fields = fields;
        this.size = size;
    }

    @Override
    public Counts newCollector() {
        return new Counts();
    }

    @Override
    public Map<KeywordField, List<FacetCount>> reduce(Collection<Counts> collectors) {
        Map<KeywordField, List<FacetCount>> out = new EnumMap<>(KeywordField.class);
        for (KeywordField field : fields) {
            Map<String, Long> total = new HashMap<>();
            for (Counts c : collectors) {
                c.flush();
                c.counts.getOrDefault(field, Map.of()).forEach((k, v) -> total.merge(k, v, Long::sum));
            }
            out.put(field, total.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                    .limit(size)
                    .map(e -> new FacetCount(e.getKey(), e.getValue()))
                    .toList());
        }
        return out;
    }

    final class Counts implements Collector {
        private final Map<KeywordField, Map<String, Long>> counts = new EnumMap<>(KeywordField.class);
        private final List<SortedSetDocValues> segmentValues = new ArrayList<>();
        private final List<long[]> segmentCounts = new ArrayList<>();
        private final List<KeywordField> segmentFields = new ArrayList<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            flush();
            for (KeywordField f : fields) {
                SortedSetDocValues dv = DocValues.getSortedSet(context.reader(), f.fieldName());
                segmentFields.add(f);
                segmentValues.add(dv);
                segmentCounts.add(new long[(int) Math.min(Integer.MAX_VALUE - 8, dv.getValueCount())]);
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    for (int i = 0; i < segmentValues.size(); i++) {
                        SortedSetDocValues dv = segmentValues.get(i);
                        if (dv.advanceExact(doc)) {
                            long[] c = segmentCounts.get(i);
                            for (int k = dv.docValueCount(); k > 0; k--) {
                                c[(int) dv.nextOrd()]++;
                            }
                        }
                    }
                }
            };
        }

        /** Turns the finished segment's ordinal counts into value counts. */
        void flush() {
            try {
                for (int i = 0; i < segmentValues.size(); i++) {
                    long[] c = segmentCounts.get(i);
                    Map<String, Long> into = counts.computeIfAbsent(segmentFields.get(i), k -> new HashMap<>());
                    for (int ord = 0; ord < c.length; ord++) {
                        if (c[ord] > 0) {
                            into.merge(segmentValues.get(i).lookupOrd(ord).utf8ToString(), c[ord], Long::sum);
                        }
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            segmentValues.clear();
            segmentCounts.clear();
            segmentFields.clear();
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
