package onestop.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import onestop.testing.AsAuditor;
import onestop.testing.AsClerk;
import onestop.testing.TestDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployments.ejbModule("audit-it").addClass(AuditTrailIT.class);
    }

    @EJB
    private AuditService audit;

    @EJB
    private AsAuditor auditor;

    @EJB
    private AsClerk clerk;

    @Resource(lookup = "java:jboss/datasources/OnestopDS")
    private DataSource dataSource;

    @Test
    @DisplayName("entries are numbered without gaps and each links to the previous one's hash")
    void chained() {
        AuditRecord first = audit.append(new AuditEvent("tester", "TEST_A", "Thing", "1", "first", null));
        AuditRecord second = audit.append(new AuditEvent("tester", "TEST_B", "Thing", "1", "second", null));

        assertEquals(first.seq() + 1, second.seq());
        assertTrue(auditor.call(() -> audit.verifyChain()).intact());
    }

    @Test
    @DisplayName("an entry edited in the database afterwards is detected at its sequence number")
    void editDetected() throws SQLException {
        AuditRecord entry = audit.append(new AuditEvent("tester", "PAYMENT", "Payment", "P-1", "amount=100.00", null));
        try {
            execute("UPDATE audit_entry SET details = ? WHERE seq = ?", "amount=1.00", entry.seq());

            ChainVerification result = auditor.call(() -> audit.verifyChain());

            assertFalse(result.intact());
            assertEquals(entry.seq(), result.firstBrokenSeq());
        } finally {
            execute("UPDATE audit_entry SET details = ? WHERE seq = ?", "amount=100.00", entry.seq());
        }
        assertTrue(auditor.call(() -> audit.verifyChain()).intact());
    }

    @Test
    @DisplayName("a deleted entry is detected as a gap")
    void deletionDetected() throws SQLException {
        AuditRecord entry = audit.append(new AuditEvent("tester", "TEST_DELETE", null, null, null, null));
        audit.append(new AuditEvent("tester", "TEST_AFTER", null, null, null, null));
        Object[] saved = readRow(entry.seq());
        try {
            execute("DELETE FROM audit_entry WHERE seq = ?", entry.seq());

            ChainVerification result = auditor.call(() -> audit.verifyChain());

            assertFalse(result.intact());
            assertEquals(entry.seq(), result.firstBrokenSeq());
        } finally {
            execute("INSERT INTO audit_entry (seq, occurred_at, actor, action, object_type, object_id, details, "
                    + "client_address, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", saved);
        }
        assertTrue(auditor.call(() -> audit.verifyChain()).intact());
    }

    @Test
    @DisplayName("the trail filtered by period, actor, action and object finds exactly the matching entries, newest first")
    void filtered() {
        String actor = "filter-" + System.nanoTime();
        AuditRecord a = audit.append(new AuditEvent(actor, "TEST_FILTER", "Thing", "T-1", "a", null));
        AuditRecord b = audit.append(new AuditEvent(actor, "TEST_FILTER", "Thing", "T-2", "b", null));
        audit.append(new AuditEvent(actor, "TEST_OTHER", "Thing", "T-1", "c", null));
        Instant from = a.occurredAt();
        Instant to = b.occurredAt().plusMillis(1);

        AuditFilter byActorAndAction = new AuditFilter(from, to, actor, "TEST_FILTER", null, null);
        List<AuditRecord> found = auditor.call(() -> audit.search(byActorAndAction, 0, 10));
        AuditFilter byObject = new AuditFilter(null, null, " " + actor + " ", null, "Thing", "T-1");

        assertEquals(List.of(b.seq(), a.seq()), found.stream().map(AuditRecord::seq).toList());
        assertEquals(2, auditor.call(() -> audit.count(byActorAndAction)));
        assertEquals(2, auditor.call(() -> audit.count(byObject)), "T-1 twice, the actor's blanks ignored");
        assertEquals(0, auditor.call(() -> audit.count(new AuditFilter(to.plusSeconds(3600), null, actor, null, null, null))));
        assertThrows(EJBAccessException.class, () -> clerk.call(() -> audit.count(AuditFilter.any())));
    }

    @Test
    @DisplayName("a window clerk may not read the audit trail")
    void clerkCannotRead() {
        assertThrows(EJBAccessException.class, () -> clerk.call(() -> audit.latest(10)));
    }

    private void execute(String sql, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    private Object[] readRow(long seq) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT seq, occurred_at, actor, action, object_type, object_id, "
                     + "details, client_address, prev_hash, hash FROM audit_entry WHERE seq = ?")) {
            s.setLong(1, seq);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                Object[] row = new Object[10];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                return row;
            }
        }
    }
}
