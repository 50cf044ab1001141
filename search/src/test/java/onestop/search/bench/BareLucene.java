package onestop.search.bench;

import onestop.search.TextField;
import onestop.search.text.Analysis;
import onestop.search.text.ChineseFold;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * The baseline for "how much does our layer cost": the same phrase search written directly against
 * Lucene, on the index our backend wrote. It folds and tokenizes the phrase the same way, asks every
 * text field's shingle field, sorts by date and id, counts exactly, and reads the stored id and
 * title of the top hits, and no more (no query language, no scope, no snippets, no cursor). Like our
 * backend it checks a phrase with the shingles at even offsets plus the last one (the order is by
 * date, so no score is read) and runs on the same executor.
 */
final class BareLucene implements AutoCloseable {
    private static final Sort BY_DATE = new Sort(new SortField("date", SortField.Type.LONG, true), new SortField("id", SortField.Type.STRING));
    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    record Result(long total, List<String> ids) {
    }

    BareLucene(Path index, Executor executor) throws IOException {
        directory = FSDirectory.open(index);
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader, executor);
    }

    Result search(String phrase, int size) throws IOException {
        List<String> terms = Analysis.terms(ChineseFold.fold(phrase));
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (TextField f : TextField.values()) {
            any.add(phrase(f, terms), BooleanClause.Occur.SHOULD);
        }
        TopFieldDocs top = searcher.search(any.build(), new TopFieldCollectorManager(BY_DATE, size, null, Integer.MAX_VALUE));
        StoredFields stored = searcher.storedFields();
        List<String> ids = new ArrayList<>(size);
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc, Set.of("id", "title"));
            ids.add(d.get("id"));
        }
        return new Result(top.totalHits.value, ids);
    }

    private static Query phrase(TextField f, List<String> t) {
        if (t.size() == 1) {
            return new TermQuery(new Term(f.foldedFieldName(), t.get(0)));
        }
        if (t.size() == 2) {
            return new TermQuery(new Term(f.phraseFieldName(), t.get(0) + " " + t.get(1)));
        }
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        int i = 0;
        for (; i + 1 < t.size(); i += 2) {
            b.add(new Term(f.phraseFieldName(), t.get(i) + " " + t.get(i + 1)), i);
        }
        if (i == t.size() - 1) {                                   // an odd number of tokens: the last pair overlaps
            b.add(new Term(f.phraseFieldName(), t.get(i - 1) + " " + t.get(i)), i - 1);
        }
        return b.build();
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
