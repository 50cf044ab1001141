package onestop.casework;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import onestop.audit.AuditEvent;
import onestop.audit.AuditService;


import java.time.Instant;

/**
 * Writes one step of a case to its timeline and to the audit trail, in the transaction of the
 * change: actor, time, state before and after, and the reason. The timeline row is written at
 * once; the audit entries are {@link AuditService#defer deferred} to the end of the call.
 */
@Stateless
@PermitAll
public class CaseTimeline {
    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditService audit;

    @Inject
    private Event<CaseChanged> changed;

    public void record(CaseFile c, String actor, String action, CaseStatus from, String note, Instant at) {
        if (c.getId() == null) {
            em.flush();
        }
        em.persist(new CaseEvent(c.getId(), at, actor, action, from, c.getStatus(), trim(note)));
        String transition = from == null || from == c.getStatus() ? c.getStatus().name() : from + " → " + c.getStatus();
        changed.fire(new CaseChanged(c.getId(), c.getNumber(), action, from, c.getStatus()));
        audit.defer(new AuditEvent(actor, "CASE_" + action, "CaseFile", c.getNumber(),
                transition + (note == null || note.isBlank() ? "" : "; " + trim(note)), null));
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
