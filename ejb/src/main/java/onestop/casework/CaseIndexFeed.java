package onestop.casework;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import onestop.indexing.IndexingOutbox;
import onestop.seal.LicenseIssued;

import java.util.Set;

/**
 * Announces every change of a case and its documents to the search index through the outbox, in
 * the transaction of the change (the observers run synchronously in it), so the outbox row
 * commits or rolls back with the change: the case on every step; a document when it is added;
 * a license when it is issued for a case. When the case gains joint departments (at acceptance),
 * its documents are announced again, since their entries carry the departments that may see them.
 */
@Stateless
@PermitAll
public class CaseIndexFeed {
    /** Timeline actions after which joint tasks may have been opened. */
    static final Set<String> OPENING_JOINT_TASKS = Set.of("ACCEPTED", "DEEMED_ACCEPTED", "HANDLED_ON_THE_SPOT");

    @PersistenceContext
    private EntityManager em;

    @EJB
    private IndexingOutbox outbox;

    @Inject
    private CaseDocumentIndexSource documents;

    @Inject
    private LicenseIndexSource licenses;

    public void caseChanged(@Observes CaseChanged change) {
        outbox.enqueue(CaseIndexSource.KIND, String.valueOf(change.caseId()));
        if (OPENING_JOINT_TASKS.contains(change.action()) && hasJointTasks(change.caseId())) {
            outbox.enqueueAll(CaseDocumentIndexSource.KIND, documents.idsOfCase(change.caseId()));
            outbox.enqueueAll(LicenseIndexSource.KIND, licenses.idsOfCase(change.number()));
        }
    }

    public void documentAdded(@Observes CaseDocumentAdded added) {
        outbox.enqueue(CaseDocumentIndexSource.KIND, String.valueOf(added.documentId()));
    }

    public void licenseIssued(@Observes LicenseIssued issued) {
        outbox.enqueue(LicenseIndexSource.KIND, String.valueOf(issued.licenseId()));
    }

    private boolean hasJointTasks(long caseId) {
        return em.createQuery("select count(t) from JointTask t where t.caseFile.id = :id", Long.class)
                .setParameter("id", caseId).getSingleResult() > 0;
    }
}
