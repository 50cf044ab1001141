package onestop.web.publicside;

import jakarta.enterprise.context.ApplicationScoped;
import onestop.disclosure.PublicException;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rate limits of the public side, per client address and per server node, in memory: a sliding
 * window of look-ups (progress, opinion status, published decisions) and one of submissions
 * (opinions, evaluations). With several nodes behind a load balancer a client gets up to the
 * limit on each node; the slow-down of wrong query codes is kept in the database and holds
 * across nodes ({@link onestop.disclosure.LookupThrottle}). Limits can be set with the system
 * properties {@code onestop.public.lookups-per-minute} and {@code onestop.public.submissions-per-hour}.
 */
@ApplicationScoped
public class PublicLimits {
    /** What a request does, with its window and default limit. */
    public enum Kind {
        LOOKUP(Duration.ofMinutes(1), "onestop.public.lookups-per-minute", 60, "progress.requestsTooMany"),
        SUBMISSION(Duration.ofHours(1), "onestop.public.submissions-per-hour", 20, "opinion.submissionsTooMany");

        final Duration window;
        final String property;
        final int defaultLimit;
        final String refusal;

        Kind(Duration window, String property, int defaultLimit, String refusal) {
            this.window = window;
            this.property = property;
            this.defaultLimit = defaultLimit;
            this.refusal = refusal;
        }

        int limit() {
            try {
                return Math.max(1, Integer.parseInt(System.getProperty(property, Integer.toString(defaultLimit)).strip()));
            } catch (NumberFormatException e) {
                return defaultLimit;
            }
        }
    }

    private static final int MAX_CLIENTS = 100_000;

    private final Map<String, Deque<Long>> hits = new ConcurrentHashMap<>();

    /** Counts a request of the client, or refuses it (HTTP 429) when the window is full; the refusal is not counted. */
    public void take(Kind kind, String address) {
        long now = System.nanoTime();
        long windowNanos = kind.window.toNanos();
        if (hits.size() > MAX_CLIENTS) {
            prune(now);
        }
        Deque<Long> times = hits.computeIfAbsent(kind.name() + ' ' + address, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && now - times.peekFirst() >= windowNanos) {
                times.pollFirst();
            }
            if (times.size() >= kind.limit()) {
                long waitSeconds = Math.max(1, (windowNanos - (now - times.peekFirst())) / 1_000_000_000L);
                throw new PublicException(kind.refusal, (waitSeconds + 59) / 60);
            }
            times.addLast(now);
        }
    }

    private void prune(long now) {
        for (Iterator<Map.Entry<String, Deque<Long>>> it = hits.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Deque<Long>> e = it.next();
            Deque<Long> times = e.getValue();
            synchronized (times) {
                if (times.isEmpty() || now - times.peekLast() >= Duration.ofHours(1).toNanos()) {
                    it.remove();
                }
            }
        }
    }
}
