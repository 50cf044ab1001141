package onestop.export;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;

/** The export rows, each change committed at once so the requester sees the progress while it runs. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ExportJobs {
    @PersistenceContext
    private EntityManager em;

    public long create(ExportKind kind, String parameter, String login, Instant at) {
        ExportJob job = new ExportJob(kind, parameter, login, at);
        em.persist(job);
        em.flush();
        return job.getId();
    }

    public void progress(long id, int percent) {
        em.find(ExportJob.class, id).running(percent);
    }

    public void done(long id, String sha256, String fileName, String contentType, long size) {
        em.find(ExportJob.class, id).done(sha256, fileName, contentType, size, Instant.now());
    }

    public void failed(long id, String key, String arg) {
        em.find(ExportJob.class, id).failed(key, arg, Instant.now());
    }

    public long running(String login, Instant since) {
        return em.createNamedQuery("ExportJob.running", Long.class).setParameter("login", login)
                .setParameter("since", since).getSingleResult();
    }
}
