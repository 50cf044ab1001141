package onestop.documents;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The content-addressed document store: uploads and issued PDFs. Callers that own a document
 * (a case, a license) check who may read it; this store only guarantees that what it returns is
 * exactly what was stored.
 */
@Stateless
@PermitAll
public class DocumentStore {
    /** The largest file the store takes (scans are limited to 20 MB by the intake rules). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** The youngest files a sweep may take: far above the transaction timeout (5 minutes) and the longest upload. */
    public static final Duration MINIMUM_SWEEP_AGE = Duration.ofHours(6);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    private ContentAddressedFiles files;

    @PostConstruct
    void init() {
        files = new ContentAddressedFiles(DataDirectory.documents());
    }

    public DocumentInfo store(byte[] content, String contentType) {
        return store(new ByteArrayInputStream(content), contentType);
    }

    public DocumentInfo store(InputStream content, String contentType) {
        ContentAddressedFiles.Stored stored;
        try {
            stored = files.store(content, MAX_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to the document store at " + files.root(), e);
        }
        StoredDocument existing = em.find(StoredDocument.class, stored.sha256());
        if (existing != null) {
            return DocumentInfo.of(existing);
        }
        StoredDocument document = new StoredDocument(stored.sha256(), stored.size(), contentType,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), context.getCallerPrincipal().getName());
        em.persist(document);
        return DocumentInfo.of(document);
    }

    public DocumentInfo info(String sha256) {
        StoredDocument document = em.find(StoredDocument.class, files.pathOf(sha256).getFileName().toString());
        if (document == null) {
            throw new DocumentException("document.missing", sha256);
        }
        return DocumentInfo.of(document);
    }

    /** Of these hashes, those with a committed record. */
    public Set<String> recorded(Collection<String> sha256s) {
        if (sha256s.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select d.sha256 from StoredDocument d where d.sha256 in :ids", String.class)
                .setParameter("ids", sha256s).getResultList());
    }

    /**
     * Removes the files that no record refers to (left by transactions that rolled back) once they
     * are older than {@code minimumAge}, which must exceed the longest transaction.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public List<String> sweep(Duration minimumAge) {
        if (minimumAge.compareTo(MINIMUM_SWEEP_AGE) < 0) {
            throw new IllegalArgumentException("files younger than " + MINIMUM_SWEEP_AGE + " may belong to a transaction still running");
        }
        try {
            return files.sweep(Instant.now().minus(minimumAge), context.getBusinessObject(DocumentStore.class)::recorded);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sweep the document store at " + files.root(), e);
        }
    }

    /** The bytes, checked against their hash. */
    public byte[] read(String sha256) {
        info(sha256);
        try {
            return files.read(sha256);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read from the document store at " + files.root(), e);
        }
    }
}
