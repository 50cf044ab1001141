package onestop.documents;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every night, removes the document files that no record refers to: a file is written before the
 * transaction that records it commits, so a transaction that rolls back (a refused intake, a
 * failed sealing) leaves its file behind. Files younger than a day are never touched. Safe on
 * several nodes sharing the store (see {@link ContentAddressedFiles#sweep}).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DocumentSweeper {
    private static final Logger LOG = Logger.getLogger(DocumentSweeper.class.getName());
    static final Duration AGE = Duration.ofDays(1);

    @EJB
    private DocumentStore store;

    @Schedule(hour = "3", minute = "41", persistent = false, info = "document store sweep")
    public void nightly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the document store sweep failed; it runs again tomorrow", e);
        }
    }

    /** @return the hashes of the files removed */
    public List<String> sweep() {
        List<String> removed = store.sweep(AGE);
        if (!removed.isEmpty()) {
            LOG.info(() -> "document store: removed " + removed.size() + " files no record refers to (older than "
                    + AGE.toHours() + " h), e.g. " + removed.subList(0, Math.min(20, removed.size())));
        }
        return removed;
    }
}
