package onestop.indexing;

import onestop.documents.DocumentException;
import onestop.documents.DocumentStore;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The searchable text of a stored document, extracted under limits so that a hostile upload cannot
 * stall or exhaust the server (PDFBox treats resource exhaustion as a known limitation, not a bug:
 * see {@code notes/pdf.md}). The document itself is never touched: when its text cannot be had the
 * result says why ({@link Missing}), and the index records that reason in the document's status
 * ({@link Result#indexStatus()}), so an archivist can find the documents without text.
 *
 * <p>Limits ({@link Limits#DEFAULT}): input size; pages (the first {@code maxPages} are indexed);
 * glyphs (a "text bomb" is cut off while PDFBox collects a page); characters kept; wall-clock time.
 * The time limit is enforced by running the extraction on a small pool of its own and abandoning it
 * at the deadline (a cancel flag stops it at the next glyph or page). A single content stream that
 * inflates to gigabytes without drawing a glyph (a Flate bomb) cannot be interrupted inside PDFBox:
 * its thread goes on until the stream ends (seconds per megabyte of input) while the caller already
 * has its TIMEOUT; the pool is bounded, so at most {@link #THREADS} such threads run at once.
 *
 * <p>Usage (casework, for a case document):
 * <pre>
 * DocumentText.Result text = DocumentText.standard().extract(store, sha256, contentType);
 * builder.body(text.text()).status(text.indexStatus());
 * </pre>
 * Thread-safe.
 */
public final class DocumentText {
    static final int THREADS = 2;

    /** Why a document has no (or only part of its) text in the index. */
    public enum Missing {
        /** A scan or photo: indexed by its metadata only. */
        IMAGE,
        /** Neither PDF nor image (Office files are not extracted). */
        UNSUPPORTED,
        /** Larger than {@link Limits#maxBytes}. */
        TOO_LARGE,
        /** Protected by a password. */
        ENCRYPTED,
        /** Not a readable PDF. */
        BROKEN,
        /** Extraction took longer than {@link Limits#timeout}. */
        TIMEOUT,
        /** More pages than {@link Limits#maxPages}: only the first ones are indexed. */
        PAGES_CUT,
        /** More glyphs or characters than allowed: the text is cut off. */
        TEXT_CUT,
        /** A PDF without any text (a scan in a PDF). */
        NO_TEXT,
        /** The document store does not have it, or its bytes do not match their hash. */
        NOT_STORED
    }

    /**
     * @param maxBytes  larger input is not opened
     * @param maxPages  pages extracted
     * @param maxGlyphs glyphs PDFBox may collect in all
     * @param maxChars  characters kept
     * @param timeout   wall-clock limit
     */
    public record Limits(long maxBytes, int maxPages, long maxGlyphs, int maxChars, Duration timeout) {
        public static final Limits DEFAULT = new Limits(DocumentStore.MAX_BYTES, 500, 2_000_000, 1_000_000,
                Duration.ofSeconds(15));
    }

    /**
     * @param text    the text (possibly cut, see {@code missing}), null when there is none
     * @param missing null when the whole text is there, else why not
     * @param detail  one line for an operator (the exception, the image size)
     * @param pages   pages of a PDF, 0 when unknown
     */
    public record Result(String text, Missing missing, String detail, int pages) {
        public boolean complete() {
            return missing == null;
        }

        /**
         * For {@link onestop.search.IndexedDocument#status()} of a document: {@code TEXT} when the whole
         * text is indexed, else {@code TEXT_} plus the reason (e.g. {@code TEXT_ENCRYPTED}).
         */
        public String indexStatus() {
            return missing == null ? "TEXT" : "TEXT_" + missing.name();
        }
    }

    private static final DocumentText STANDARD = new DocumentText(Limits.DEFAULT);
    /** How many texts of documents made here {@link #written} keeps (about 2 KB each). */
    static final int WRITTEN_KEPT = 2000;
    private static final java.util.Map<String, Result> WRITTEN = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, Result> eldest) {
                    return size() > WRITTEN_KEPT;
                }
            });

    /**
     * The text of a PDF this node has just made (a notice, a license), by the SHA-256 of the stored file, as
     * its builder drew it: the index takes it from here instead of parsing the PDF again (about 2.5 ms of
     * CPU for a one-page notice, measured), for the {@value #WRITTEN_KEPT} most recent. Another node, or a rebuild after
     * they have gone, extracts the text from the file as for any other document.
     */
    public static void written(String sha256, String text, int pages) {
        if (sha256 != null && text != null && !text.isBlank() && pages > 0) {
            WRITTEN.put(sha256, new Result(text, null, null, pages));
        }
    }

    private final Limits limits;
    private final ExecutorService pool;

    public DocumentText(Limits limits) {
        this.limits = limits;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "onestop-text-extraction-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
        ((ThreadPoolExecutor) pool).allowCoreThreadTimeOut(true);
    }

    /** The shared instance with {@link Limits#DEFAULT}. */
    public static DocumentText standard() {
        return STANDARD;
    }

    /** The text of a document in the store (its hash is checked on reading). */
    public Result extract(DocumentStore store, String sha256, String contentType) {
        Result written = WRITTEN.get(sha256);
        if (written != null) {
            return written;
        }
        byte[] bytes;
        try {
            bytes = store.read(sha256);
        } catch (DocumentException | java.io.UncheckedIOException e) {
            return new Result(null, Missing.NOT_STORED, OutboxProcessor.message(e), 0);
        }
        return extract(bytes, contentType);
    }

    /** The text of a document's bytes; never throws for bad content. */
    public Result extract(byte[] content, String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("image/")) {
            return new Result(null, Missing.IMAGE, imageDetail(content), 0);
        }
        if (!type.equals("application/pdf")) {
            return new Result(null, Missing.UNSUPPORTED, type, 0);
        }
        if (content.length > limits.maxBytes()) {
            return new Result(null, Missing.TOO_LARGE, content.length + " bytes", 0);
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        Future<Result> job = pool.submit(() -> pdf(content, cancelled));
        try {
            return job.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            cancelled.set(true);
            job.cancel(true);
            return new Result(null, Missing.TIMEOUT, "more than " + limits.timeout().toSeconds() + " s", 0);
        } catch (InterruptedException e) {
            cancelled.set(true);
            job.cancel(true);
            Thread.currentThread().interrupt();
            return new Result(null, Missing.TIMEOUT, "interrupted", 0);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OutOfMemoryError || cause instanceof StackOverflowError) {
                return new Result(null, Missing.BROKEN, cause.getClass().getSimpleName(), 0);
            }
            return new Result(null, Missing.BROKEN, OutboxProcessor.message(cause), 0);
        }
    }

    private Result pdf(byte[] content, AtomicBoolean cancelled) {
        try (PDDocument doc = Loader.loadPDF(content)) {
            int pages = doc.getNumberOfPages();
            LimitedStripper stripper = new LimitedStripper(cancelled, limits.maxGlyphs());
            stripper.setSortByPosition(false);
            stripper.setStartPage(1);
            stripper.setEndPage(Math.min(pages, limits.maxPages()));
            StringWriter out = new StringWriter();
            Missing missing = pages > limits.maxPages() ? Missing.PAGES_CUT : null;
            try {
                stripper.writeText(doc, out);
            } catch (GlyphLimit e) {
                missing = Missing.TEXT_CUT;
            }
            if (cancelled.get()) {
                return new Result(null, Missing.TIMEOUT, "cancelled", pages);
            }
            String text = out.toString();
            if (text.length() > limits.maxChars()) {
                text = text.substring(0, limits.maxChars());
                missing = Missing.TEXT_CUT;
            }
            text = text.strip();
            if (text.isEmpty() && missing == null) {
                return new Result(null, Missing.NO_TEXT, pages + " pages without text", pages);
            }
            return new Result(text.isEmpty() ? null : text, missing,
                    missing == null ? null : missing + " at " + limits, pages);
        } catch (InvalidPasswordException e) {
            return new Result(null, Missing.ENCRYPTED, OutboxProcessor.message(e), 0);
        } catch (IOException | RuntimeException e) {
            if (cancelled.get()) {
                return new Result(null, Missing.TIMEOUT, "cancelled", 0);
            }
            return new Result(null, Missing.BROKEN, OutboxProcessor.message(e), 0);
        }
    }

    /** Headers only: the pixels of an image bomb are never decoded. */
    private static String imageDetail(byte[] content) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return content.length + " bytes, unknown image format";
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return reader.getFormatName().toUpperCase(Locale.ROOT) + " " + reader.getWidth(0) + "×" + reader.getHeight(0)
                        + ", " + content.length + " bytes";
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return content.length + " bytes, unreadable image header";
        }
    }

    /** Raised inside PDFBox to stop a page that draws too many glyphs. */
    private static final class GlyphLimit extends RuntimeException {
        GlyphLimit() {
            super("glyph limit", null, false, false);
        }
    }

    /** Counts glyphs as PDFBox collects them and stops past the limit or when cancelled. */
    private static final class LimitedStripper extends PDFTextStripper {
        private final AtomicBoolean cancelled;
        private final long maxGlyphs;
        private long glyphs;

        LimitedStripper(AtomicBoolean cancelled, long maxGlyphs) {
            this.cancelled = cancelled;
            this.maxGlyphs = maxGlyphs;
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (++glyphs > maxGlyphs) {
                throw new GlyphLimit();
            }
            if ((glyphs & 1023) == 0 && cancelled.get()) {
                throw new GlyphLimit();
            }
            super.processTextPosition(text);
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            if (cancelled.get()) {
                throw new GlyphLimit();
            }
            super.processPage(page);
        }
    }
}
