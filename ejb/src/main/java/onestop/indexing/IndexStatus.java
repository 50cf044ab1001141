package onestop.indexing;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the admin page and {@code /api/health} show about the index.
 *
 * @param backend       {@code lucene} or {@code elasticsearch}
 * @param up            whether the index answers now
 * @param documents     documents in the live index (-1 unknown)
 * @param detail        the backend's own line (path, cluster state, error)
 * @param backlog       outbox rows not yet applied
 * @param retrying      of those, rows that failed at least once
 * @param oldestPending when the oldest pending row was written, null when none
 * @param lagSeconds    how far the index is behind the database: the age of the oldest pending row
 * @param lastError     the last error of a retrying row, null when none
 * @param rebuild       the latest full rebuild, null when there was none
 */
public record IndexStatus(String backend, boolean up, long documents, String detail, long backlog, long retrying,
                          Instant oldestPending, long lagSeconds, String lastError, RebuildInfo rebuild)
        implements Serializable {

    /** A full rebuild: {@code RUNNING}, {@code DONE} or {@code FAILED}. */
    public record RebuildInfo(long id, String requestedBy, Instant startedAt, Instant finishedAt, long documents,
                              String outcome, String detail) implements Serializable {
        public boolean running() {
            return "RUNNING".equals(outcome);
        }
    }
}
