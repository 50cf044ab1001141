package onestop.search.lucene;

import onestop.search.DocumentType;
import onestop.search.Health;
import onestop.search.IndexedDocument;
import onestop.search.KeywordField;
import onestop.search.SearchIndex;
import onestop.search.SearchQuery;
import onestop.search.SearchResult;
import onestop.search.SearchUnavailableException;
import onestop.search.SortOrder;
import onestop.search.TextField;
import onestop.search.query.Cursor;
import onestop.search.query.ParsedQuery;
import onestop.search.query.QueryParser;
import onestop.search.query.Snippets;
import onestop.search.text.ChineseFold;
import onestop.search.text.Keys;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The embedded backend: Lucene index files in a directory of the server (one writer per directory,
 * so one server node per directory), searched through a near-real-time {@link SearcherManager}.
 *
 * <p>Layout: {@code DIR/index-N} holds generation N, {@code DIR/current} names the live one. A
 * {@link #rebuild()} writes generation N+1 beside it and {@code complete()} switches the name
 * (an atomic file move) and the searcher, then deletes generation N.
 *
 * <p>Every text field is indexed folded, one token per Han character, plus a 2-shingle field for
 * phrases (see {@link PhraseAnalyzer}); the original text is stored for display and highlighting.
 *
 * <p>Given an executor, one search runs over groups of segments in parallel (the calling thread
 * takes part, and runs a part the executor refuses itself, so a busy executor only makes a search
 * sequential again).
 */
public final class LuceneSearchIndex implements SearchIndex {

    private static final Logger LOG = Logger.getLogger(LuceneSearchIndex.class.getName());
    private static final String CURRENT = "current";
    /** The field settings the files were written with; another value means: start empty and rebuild. */
    private static final String LAYOUT = "layout";
    static final String LAYOUT_VERSION = "2";
    private static final double RAM_BUFFER_MB = 64;
    /** A rebuild writes far more at once: fewer, larger segments to flush and merge. */
    private static final double REBUILD_RAM_BUFFER_MB = 128;
    /**
     * The unigram fields keep documents and frequencies only: every query of two or more characters
     * runs on the shingle field (which keeps positions), a one-character query is a term query, and
     * highlighting works on the stored original, so unigram positions would be written and never read.
     */
    static final FieldType UNIGRAMS = unigrams();

    private final Path root;
    private final Executor executor;
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile Generation live;
    private Generation rebuilding;              // guarded by writeLock
    private volatile boolean closed;

    /** Opens (or creates) the index under {@code directory}; each search runs on the calling thread. */
    public LuceneSearchIndex(Path directory) {
        this(directory, null);
    }

    /**
     * Opens (or creates) the index under {@code directory}.
     *
     * @param executor runs parts of one search in parallel, or null
     */
    public LuceneSearchIndex(Path directory, Executor executor) {
        this.root = directory.toAbsolutePath();
        this.executor = executor;
        try {
            Files.createDirectories(root);
            Path current = root.resolve(CURRENT);
            Path layout = root.resolve(LAYOUT);
            String name = Files.exists(current) ? Files.readString(current, StandardCharsets.UTF_8).strip() : "index-1";
            boolean sameLayout = Files.exists(layout) && LAYOUT_VERSION.equals(Files.readString(layout, StandardCharsets.UTF_8).strip());
            if (Files.exists(current) && !sameLayout) {
                // written with other field settings: start an empty generation (the application rebuilds an empty index)
                Path old = root.resolve(name);
                name = "index-" + (generation(name) + 1);
                IOUtils.rm(root.resolve(name));
                LOG.warning("the Lucene index in " + old + " has an older layout; starting an empty " + name + " (rebuild it)");
                live = Generation.open(root.resolve(name), OpenMode.CREATE, RAM_BUFFER_MB, executor);
                writeCurrent(name);
                IOUtils.rm(old);
            } else {
                live = Generation.open(root.resolve(name), OpenMode.CREATE_OR_APPEND, RAM_BUFFER_MB, executor);
                if (!Files.exists(current)) {
                    writeCurrent(name);
                }
            }
            if (!sameLayout) {
                Files.writeString(layout, LAYOUT_VERSION, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new SearchUnavailableException("cannot open the Lucene index in " + root + ": " + e.getMessage(), e);
        }
    }

    // ---- writing -------------------------------------------------------------------------------

    @Override
    public void index(Collection<IndexedDocument> documents) {
        write(g -> {
            for (IndexedDocument d : documents) {
                g.writer.updateDocument(new Term(LuceneQueries.ID, d.id()), toLucene(d));
            }
        });
    }

    @Override
    public void delete(Collection<String> ids) {
        Term[] terms = ids.stream().map(id -> new Term(LuceneQueries.ID, id)).toArray(Term[]::new);
        write(g -> g.writer.deleteDocuments(terms));
    }

    private interface Change {
        void apply(Generation g) throws IOException;
    }

    /** Applies a change to the live generation (committed, visible) and to a rebuild in progress. */
    private void write(Change change) {
        ensureOpen();
        writeLock.lock();
        try {
            Generation g = live;
            change.apply(g);
            g.writer.commit();
            g.manager.maybeRefreshBlocking();
            if (rebuilding != null) {
                change.apply(rebuilding);
            }
        } catch (IOException | AlreadyClosedException e) {
            throw new SearchUnavailableException("the Lucene index in " + root + " could not be written: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    static Document toLucene(IndexedDocument d) {
        Document doc = new Document();
        doc.add(new StringField(LuceneQueries.ID, d.id(), Store.YES));
        doc.add(new SortedDocValuesField(LuceneQueries.ID, new BytesRef(d.id())));
        for (Map.Entry<KeywordField, Set<String>> e : d.keywords().entrySet()) {
            String name = e.getKey().fieldName();
            for (String value : new HashSet<>(LuceneQueries.normalize(e.getValue()))) {
                doc.add(new StringField(name, value, Store.NO));
                doc.add(new SortedSetDocValuesField(name, new BytesRef(value)));
            }
        }
        doc.add(new StoredField("type", d.type().name()));
        if (d.number() != null) {
            doc.add(new StoredField("number", d.number()));
        }
        for (Map.Entry<TextField, String> e : d.texts().entrySet()) {
            String folded = ChineseFold.fold(e.getValue());
            doc.add(new StoredField(e.getKey().fieldName(), e.getValue()));
            AnalyzedText tokens = AnalyzedText.of(e.getKey().foldedFieldName(), folded);   // tokenized once for both fields
            doc.add(new Field(e.getKey().foldedFieldName(), tokens.unigrams(), UNIGRAMS));
            doc.add(new Field(e.getKey().phraseFieldName(), tokens.shingles(), org.apache.lucene.document.TextField.TYPE_NOT_STORED));
        }
        long millis = d.date().toEpochMilli();
        doc.add(new LongPoint(LuceneQueries.DATE, millis));
        doc.add(new NumericDocValuesField(LuceneQueries.DATE, millis));
        doc.add(new StoredField(LuceneQueries.DATE, millis));
        doc.add(new StringField(LuceneQueries.PUBLIC, Boolean.toString(d.visibleToPublic()), Store.NO));
        return doc;
    }

    private static FieldType unigrams() {
        FieldType t = new FieldType(org.apache.lucene.document.TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        t.freeze();
        return t;
    }

    // ---- searching -----------------------------------------------------------------------------

    @Override
    public SearchResult search(SearchQuery q) {
        ParsedQuery parsed = QueryParser.parse(q.text());
        Cursor after = q.after() == null ? null : Cursor.decode(q.after(), q.sort());
        Query query = LuceneQueries.of(parsed.root(), q, q.sort() == SortOrder.RELEVANCE);
        return withSearcher(searcher -> {
            Sort sort = sort(q.sort());
            FieldDoc afterDoc = after == null ? null : new FieldDoc(Integer.MAX_VALUE, after.score(), new Object[] {
                    q.sort() == SortOrder.RELEVANCE ? (Object) after.score() : (Object) after.date(), new BytesRef(after.id())});
            TopFieldCollectorManager top = new TopFieldCollectorManager(sort, q.size() + 1, afterDoc, Integer.MAX_VALUE);
            TopFieldDocs docs;
            Map<KeywordField, List<SearchResult.FacetCount>> facets;
            if (q.facets().isEmpty()) {
                docs = searcher.search(query, top);
                facets = Map.of();
            } else {
                Object[] results = searcher.search(query, new MultiCollectorManager(top, new FacetCounter(q.facets(), q.facetSize())));
                docs = (TopFieldDocs) results[0];
                @SuppressWarnings("unchecked")
                Map<KeywordField, List<SearchResult.FacetCount>> counted = (Map<KeywordField, List<SearchResult.FacetCount>>) results[1];
                facets = counted;
            }

            StoredFields stored = searcher.storedFields();
            List<SearchResult.Hit> hits = new ArrayList<>();
            Cursor last = null;
            for (int i = 0; i < Math.min(q.size(), docs.scoreDocs.length); i++) {
                ScoreDoc sd = docs.scoreDocs[i];
                Document doc = stored.document(sd.doc);
                float score = q.sort() == SortOrder.RELEVANCE ? (Float) ((FieldDoc) sd).fields[0] : Float.NaN;
                String id = doc.get(LuceneQueries.ID);
                Instant date = Instant.ofEpochMilli(doc.getField(LuceneQueries.DATE).numericValue().longValue());
                Map<TextField, String> texts = new EnumMap<>(TextField.class);
                for (TextField f : TextField.values()) {
                    String v = doc.get(f.fieldName());
                    if (v != null) {
                        texts.put(f, v);
                    }
                }
                hits.add(new SearchResult.Hit(id, DocumentType.valueOf(doc.get("type")), doc.get("number"),
                        texts.get(TextField.TITLE), date, score, Snippets.of(parsed, texts)));
                last = new Cursor(q.sort(), score, date.toEpochMilli(), id);
            }
            String next = docs.scoreDocs.length > q.size() ? last.encode() : null;
            return new SearchResult(docs.totalHits.value, hits, facets, next);
        });
    }

    @Override
    public long count(SearchQuery q) {
        Query query = LuceneQueries.of(QueryParser.parse(q.text()).root(), q, false);
        return withSearcher(searcher -> (long) searcher.count(query));
    }

    private static Sort sort(SortOrder order) {
        SortField id = new SortField(LuceneQueries.ID, SortField.Type.STRING);
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, id);
            case DATE_DESC -> new Sort(new SortField(LuceneQueries.DATE, SortField.Type.LONG, true), id);
            case DATE_ASC -> new Sort(new SortField(LuceneQueries.DATE, SortField.Type.LONG), id);
        };
    }

    private interface Search<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(Search<T> search) {
        ensureOpen();
        for (int attempt = 0; ; attempt++) {
            Generation g = live;
            IndexSearcher searcher;
            try {
                searcher = g.manager.acquire();
            } catch (IOException e) {
                throw new SearchUnavailableException("the Lucene index in " + root + " could not be opened: " + e.getMessage(), e);
            } catch (AlreadyClosedException e) {
                if (attempt < 3 && !closed) {
                    continue;                           // a rebuild just swapped generations
                }
                throw new SearchUnavailableException("the Lucene index is closed", e);
            }
            try {
                return search.run(searcher);
            } catch (IOException e) {
                throw new SearchUnavailableException("the Lucene index in " + root + " could not be read: " + e.getMessage(), e);
            } finally {
                try {
                    g.manager.release(searcher);
                } catch (IOException | AlreadyClosedException e) {
                    LOG.log(Level.FINE, "releasing a searcher", e);
                }
            }
        }
    }

    @Override
    public Health health() {
        if (closed) {
            return new Health(false, "lucene", -1, "closed");
        }
        try {
            long docs = withSearcher(s -> (long) s.getIndexReader().numDocs());
            Generation g = live;
            if (!g.writer.isOpen()) {
                return new Health(false, "lucene", docs, "the index writer failed: " + g.writer.getTragicException());
            }
            return new Health(true, "lucene", docs, g.path.toString());
        } catch (RuntimeException e) {
            return new Health(false, "lucene", -1, String.valueOf(e.getMessage()));
        }
    }

    // ---- rebuild -------------------------------------------------------------------------------

    @Override
    public Rebuild rebuild() {
        ensureOpen();
        writeLock.lock();
        try {
            if (rebuilding != null) {
                throw new IllegalStateException("a rebuild is already in progress");
            }
            int n = generation(live.path.getFileName().toString()) + 1;
            Path path = root.resolve("index-" + n);
            IOUtils.rm(path);
            rebuilding = Generation.open(path, OpenMode.CREATE, REBUILD_RAM_BUFFER_MB, executor);
            return new LuceneRebuild(rebuilding);
        } catch (IOException e) {
            throw new SearchUnavailableException("cannot start a rebuild in " + root + ": " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    private final class LuceneRebuild implements Rebuild {
        private final Generation target;
        private boolean done;

        LuceneRebuild(Generation target) {
            this.target = target;
        }

        /** Thread-safe: several threads may feed it. */
        @Override
        public void index(Collection<IndexedDocument> documents) {
            try {
                for (IndexedDocument d : documents) {
                    target.writer.updateDocument(new Term(LuceneQueries.ID, d.id()), toLucene(d));
                }
            } catch (IOException | AlreadyClosedException e) {
                throw new SearchUnavailableException("the rebuild in " + target.path + " failed: " + e.getMessage(), e);
            }
        }

        @Override
        public void complete() {
            Generation old;
            writeLock.lock();
            try {
                if (done || rebuilding != target) {
                    throw new IllegalStateException("this rebuild is over");
                }
                target.writer.commit();
                target.manager.maybeRefreshBlocking();
                writeCurrent(target.path.getFileName().toString());
                old = live;
                live = target;
                rebuilding = null;
                done = true;
            } catch (IOException e) {
                throw new SearchUnavailableException("the rebuild in " + target.path + " could not be completed: " + e.getMessage(), e);
            } finally {
                writeLock.unlock();
            }
            old.close();
            try {
                IOUtils.rm(old.path);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not delete the old index " + old.path, e);
            }
        }

        @Override
        public void close() {
            writeLock.lock();
            try {
                if (done) {
                    return;
                }
                done = true;
                if (rebuilding == target) {
                    rebuilding = null;
                }
            } finally {
                writeLock.unlock();
            }
            target.rollback();
        }
    }

    private static int generation(String name) {
        return Integer.parseInt(name.substring(name.indexOf('-') + 1));
    }

    private void writeCurrent(String name) throws IOException {
        Path tmp = root.resolve(CURRENT + ".tmp");
        Files.writeString(tmp, name, StandardCharsets.UTF_8);
        Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private void ensureOpen() {
        if (closed) {
            throw new SearchUnavailableException("the Lucene index is closed");
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            if (rebuilding != null) {
                rebuilding.rollback();
                rebuilding = null;
            }
            live.close();
        } finally {
            writeLock.unlock();
        }
    }

    /** One index directory with its writer and near-real-time searchers. */
    private static final class Generation {
        final Path path;
        final Directory directory;
        final IndexWriter writer;
        final SearcherManager manager;

        private Generation(Path path, Directory directory, IndexWriter writer, SearcherManager manager) {
            this.path = path;
            this.directory = directory;
            this.writer = writer;
            this.manager = manager;
        }

        static Generation open(Path path, OpenMode mode, double ramBufferMb, Executor executor) throws IOException {
            Directory dir = FSDirectory.open(path);
            IndexWriterConfig config = new IndexWriterConfig(new PhraseAnalyzer())
                    .setOpenMode(mode)
                    .setSimilarity(new EsCompatibleBM25Similarity())
                    .setRAMBufferSizeMB(ramBufferMb)
                    .setCommitOnClose(true);
            if (mode == OpenMode.CREATE && ramBufferMb == REBUILD_RAM_BUFFER_MB) {
                config.setUseCompoundFile(false);   // a rebuild flushes large segments: no extra copy into .cfs files
            }
            IndexWriter writer = new IndexWriter(dir, config);
            if (mode == OpenMode.CREATE) {
                writer.commit();                    // an empty but valid index from the start
            }
            SearcherManager manager = new SearcherManager(writer, new org.apache.lucene.search.SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader, org.apache.lucene.index.IndexReader previous) {
                    IndexSearcher s = new IndexSearcher(reader, executor);
                    s.setSimilarity(new EsCompatibleBM25Similarity());
                    return s;
                }
            });
            return new Generation(path, dir, writer, manager);
        }

        void close() {
            try {
                IOUtils.close(manager, writer, directory);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void rollback() {
            try {
                IOUtils.close(manager);
                writer.rollback();
                directory.close();
                IOUtils.rm(path);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "could not discard the rebuild in " + path, e);
            }
        }
    }
}
