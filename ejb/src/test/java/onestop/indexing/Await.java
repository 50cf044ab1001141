package onestop.indexing;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls until the worker has caught up: the index is eventually consistent (seconds). */
final class Await {
    private Await() {
    }

    static <T> T until(Supplier<T> probe, Predicate<T> done, Duration limit, String what) {
        Instant end = Instant.now().plus(limit);
        T last = probe.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("not within " + limit.toSeconds() + " s: " + what + " (last: " + last + ")");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what);
            }
            last = probe.get();
        }
        return last;
    }
}
