package onestop.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import onestop.security.Roles;

import java.security.Principal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The append-only audit trail. {@link #record} joins the caller's transaction, so an entry is
 * written if and only if the change it describes commits.
 *
 * <p>Appending locks the chain's head until the commit, so every audited action in the center
 * waits for the transaction that appended first. A service whose calls make PDFs, seal or store
 * files {@link #defer defers} its entries instead: {@link AuditAtEnd} appends them when the
 * outermost such call of the transaction returns, so the lock covers only the commit.
 */
@Stateless
public class AuditService {
    static final String ANONYMOUS = "anonymous";
    private static final int VERIFY_BATCH = 500;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Resource
    private jakarta.transaction.TransactionSynchronizationRegistry registry;

    private static final Object DEFERRED = AuditService.class.getName() + ".deferred";

    /** Records an event by the current caller. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public AuditRecord record(String action, String objectType, String objectId, String details) {
        return append(new AuditEvent(callerName(), action, objectType, objectId, details, null));
    }

    /**
     * Records an event by the current caller at the end of the outermost {@link AuditAtEnd} call
     * of the transaction (at once when there is none); in the same transaction, so it commits or
     * rolls back with the change.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void defer(String action, String objectType, String objectId, String details) {
        defer(new AuditEvent(callerName(), action, objectType, objectId, details, null));
    }

    /** {@link #defer(String, String, String, String)} for an event whose actor is given. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void defer(AuditEvent event) {
        int[] depth = (int[]) registry.getResource(AuditAtEnd.DEPTH);
        if (depth == null || depth[0] == 0) {
            append(event);                              // no AuditAtEnd call around this one: now, not never
            return;
        }
        @SuppressWarnings("unchecked")
        List<AuditEvent> events = (List<AuditEvent>) registry.getResource(DEFERRED);
        if (events == null) {
            events = new java.util.ArrayList<>();
            registry.putResource(DEFERRED, events);
        }
        events.add(event);
    }

    /** Appends the transaction's deferred events, in the order they happened. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void appendDeferred() {
        @SuppressWarnings("unchecked")
        List<AuditEvent> events = (List<AuditEvent>) registry.getResource(DEFERRED);
        if (events == null || events.isEmpty()) {
            return;
        }
        List<AuditEvent> batch = new java.util.ArrayList<>(events);
        events.clear();
        batch.forEach(this::append);
    }

    /** Records an event whose actor is not (yet) the caller, e.g. a login attempt. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public AuditRecord append(AuditEvent event) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        AuditEntry entry = new AuditEntry(head.lastSeq() + 1, Instant.now().truncatedTo(ChronoUnit.MILLIS),
                event, head.lastHash());
        em.persist(entry);
        head.advance(entry);
        return AuditRecord.of(entry);
    }

    /** The newest entries first. */
    @RolesAllowed({Roles.AUDITOR, Roles.SUPERVISOR, Roles.CENTER_ADMIN})
    public List<AuditRecord> latest(int max) {
        return em.createNamedQuery("AuditEntry.latest", AuditEntry.class)
                .setMaxResults(Math.max(1, Math.min(max, 1000)))
                .getResultList().stream().map(AuditRecord::of).toList();
    }

    /** The entries of a period [from, to), oldest first, at most {@code max} (exports page through it). */
    @RolesAllowed({Roles.AUDITOR, Roles.SUPERVISOR, Roles.CENTER_ADMIN})
    public List<AuditRecord> between(Instant from, Instant to, int first, int max) {
        return em.createNamedQuery("AuditEntry.between", AuditEntry.class).setParameter("from", from)
                .setParameter("to", to).setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 5000)))
                .getResultList().stream().map(AuditRecord::of).toList();
    }

    /** The entries that match a filter, newest first, one page at a time (the auditors' trail page). */
    @RolesAllowed({Roles.AUDITOR, Roles.SUPERVISOR, Roles.CENTER_ADMIN})
    public List<AuditRecord> search(AuditFilter filter, int first, int max) {
        TypedQuery<AuditEntry> q = em.createQuery("select e from AuditEntry e" + where(filter) + " order by e.seq desc",
                AuditEntry.class);
        bind(q, filter);
        return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 1000)))
                .getResultList().stream().map(AuditRecord::of).toList();
    }

    /** How many entries match a filter. */
    @RolesAllowed({Roles.AUDITOR, Roles.SUPERVISOR, Roles.CENTER_ADMIN})
    public long count(AuditFilter filter) {
        TypedQuery<Long> q = em.createQuery("select count(e) from AuditEntry e" + where(filter), Long.class);
        bind(q, filter);
        return q.getSingleResult();
    }

    private static String where(AuditFilter f) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (f.from() != null) {
            where.append(" and e.occurredAt >= :from");
        }
        if (f.to() != null) {
            where.append(" and e.occurredAt < :to");
        }
        if (f.actor() != null) {
            where.append(" and e.actor = :actor");
        }
        if (f.action() != null) {
            where.append(" and e.action = :action");
        }
        if (f.objectType() != null) {
            where.append(" and e.objectType = :type");
        }
        if (f.objectId() != null) {
            where.append(" and e.objectId = :id");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> q, AuditFilter f) {
        if (f.from() != null) {
            q.setParameter("from", f.from());
        }
        if (f.to() != null) {
            q.setParameter("to", f.to());
        }
        if (f.actor() != null) {
            q.setParameter("actor", f.actor());
        }
        if (f.action() != null) {
            q.setParameter("action", f.action());
        }
        if (f.objectType() != null) {
            q.setParameter("type", f.objectType());
        }
        if (f.objectId() != null) {
            q.setParameter("id", f.objectId());
        }
    }

    /** Every entry about one object (e.g. a case), oldest first. */
    @RolesAllowed({Roles.AUDITOR, Roles.SUPERVISOR, Roles.CENTER_ADMIN})
    public List<AuditRecord> about(String objectType, String objectId) {
        return em.createNamedQuery("AuditEntry.ofObject", AuditEntry.class).setParameter("type", objectType)
                .setParameter("id", objectId).setMaxResults(5000).getResultList().stream().map(AuditRecord::of).toList();
    }

    /**
     * Walks the whole chain in sequence order and recomputes every hash: an edited entry changes
     * its hash, a deleted one leaves a gap in the numbering, and the last entry must be the head.
     */
    @RolesAllowed({Roles.AUDITOR, Roles.SUPERVISOR, Roles.CENTER_ADMIN})
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public ChainVerification verifyChain() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        String prevHash = AuditChain.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        while (true) {
            List<AuditEntry> batch = em.createNamedQuery("AuditEntry.fromSeq", AuditEntry.class)
                    .setParameter("from", expectedSeq).setMaxResults(VERIFY_BATCH).getResultList();
            for (AuditEntry e : batch) {
                if (e.getSeq() != expectedSeq) {
                    return ChainVerification.broken(checked, expectedSeq, "missing entry " + expectedSeq);
                }
                if (!e.getPrevHash().equals(prevHash)) {
                    return ChainVerification.broken(checked, e.getSeq(), "link to the previous entry broken");
                }
                String recomputed = AuditChain.hash(e.getSeq(), e.getOccurredAt(), e.event(), e.getPrevHash());
                if (!recomputed.equals(e.getHash())) {
                    return ChainVerification.broken(checked, e.getSeq(), "content does not match its hash");
                }
                prevHash = e.getHash();
                expectedSeq++;
                checked++;
            }
            em.clear();
            if (batch.size() < VERIFY_BATCH) {
                break;
            }
        }
        if (head.lastSeq() != checked || !head.lastHash().equals(prevHash)) {
            return ChainVerification.broken(checked, checked + 1,
                    "the chain ends at " + checked + " but the head says " + head.lastSeq());
        }
        return ChainVerification.ok(checked);
    }

    private String callerName() {
        Principal principal = context.getCallerPrincipal();
        return principal == null ? ANONYMOUS : principal.getName();
    }
}
