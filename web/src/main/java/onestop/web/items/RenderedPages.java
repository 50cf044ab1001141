package onestop.web.items;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rendered public pages kept in memory, each under its URL and language with the entity tag it
 * was rendered for; an entry whose tag is no longer the current one is rendered anew. Reads take
 * no lock (a thousand requests a second on two cores queue on a monitor); once more than
 * {@value #MAX_BYTES} bytes are kept, the least recently read pages go, so a crawler walking
 * every item in three languages cannot exhaust the heap.
 */
@ApplicationScoped
public class RenderedPages {
    static final long MAX_BYTES = 48L * 1024 * 1024;

    /** One rendered page. */
    public record Page(String etag, String contentType, byte[] body) {
    }

    private static final class Entry {
        final Page page;
        volatile long lastRead;

        Entry(Page page) {
            this.page = page;
            this.lastRead = System.nanoTime();
        }
    }

    private final Map<String, Entry> pages = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();

    /** The page rendered for this tag, or null. */
    public Page get(String key, String etag) {
        Entry entry = pages.get(key);
        if (entry == null || !entry.page.etag().equals(etag)) {
            return null;
        }
        entry.lastRead = System.nanoTime();
        return entry.page;
    }

    public void put(String key, Page page) {
        Entry old = pages.put(key, new Entry(page));
        long total = bytes.addAndGet(page.body().length - (old == null ? 0 : old.page.body().length));
        if (total > MAX_BYTES) {
            evict();
        }
    }

    /** Drops the least recently read pages until three quarters of the budget are used. */
    private synchronized void evict() {
        if (bytes.get() <= MAX_BYTES) {
            return;
        }
        pages.entrySet().stream()
                .sorted(Comparator.comparingLong(e -> e.getValue().lastRead))
                .takeWhile(e -> bytes.get() > MAX_BYTES * 3 / 4)
                .forEach(e -> {
                    if (pages.remove(e.getKey(), e.getValue())) {
                        bytes.addAndGet(-e.getValue().page.body().length);
                    }
                });
    }

    public int size() {
        return pages.size();
    }
}
