package onestop.casework;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import onestop.audit.AuditEvent;
import onestop.audit.AuditService;

import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one step of a case to its timeline and to the audit trail, in the transaction of the
 * change: actor, time, state before and after, and the reason. The timeline row is written at
 * once; the audit entries wait for {@link #appendPending()} at the end of the call.
 */
@Stateless
@PermitAll
public class CaseTimeline {
    @PersistenceContext
    private EntityManager em;

    private static final Object PENDING = CaseTimeline.class.getName() + ".pending";

    @EJB
    private AuditService audit;

    @Resource
    private TransactionSynchronizationRegistry registry;

    @Inject
    private Event<CaseChanged> changed;

    public void record(CaseFile c, String actor, String action, CaseStatus from, String note, Instant at) {
        if (c.getId() == null) {
            em.flush();
        }
        em.persist(new CaseEvent(c.getId(), at, actor, action, from, c.getStatus(), trim(note)));
        String transition = from == null || from == c.getStatus() ? c.getStatus().name() : from + " → " + c.getStatus();
        changed.fire(new CaseChanged(c.getId(), c.getNumber(), action, from, c.getStatus()));
        pending().add(new AuditEvent(actor, "CASE_" + action, "CaseFile", c.getNumber(),
                transition + (note == null || note.isBlank() ? "" : "; " + trim(note)), null));
    }

    /**
     * Appends the audit entries of the transaction's case steps. Called by {@link AuditLast} when a
     * casework call returns: the audit chain's head is locked from the first append to the commit,
     * so appending last keeps PDF making and file writes outside that lock.
     */
    public void appendPending() {
        @SuppressWarnings("unchecked")
        List<AuditEvent> events = (List<AuditEvent>) registry.getResource(PENDING);
        if (events == null || events.isEmpty()) {
            return;
        }
        List<AuditEvent> batch = new ArrayList<>(events);
        events.clear();
        batch.forEach(audit::append);
    }

    @SuppressWarnings("unchecked")
    private List<AuditEvent> pending() {
        List<AuditEvent> events = (List<AuditEvent>) registry.getResource(PENDING);
        if (events == null) {
            events = new ArrayList<>();
            registry.putResource(PENDING, events);
        }
        return events;
    }

    /** An audited act about casework that is not a step of one case (e.g. a delegation). */
    public void audit(String actor, String action, String objectType, String objectId, String details) {
        audit.append(new AuditEvent(actor, action, objectType, objectId, details, null));
    }

    private static String trim(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String n = note.strip();
        return n.length() > 1900 ? n.substring(0, 1900) + "…" : n;
    }
}
