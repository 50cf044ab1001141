package onestop.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One wrong query code, for a case number or a (hashed) client address. */
@Entity
@Table(name = "lookup_failure")
public class LookupFailure {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 80, updatable = false)
    private String subject;

    @Column(name = "failed_at", nullable = false, updatable = false)
    private Instant failedAt;

    protected LookupFailure() {
    }

    LookupFailure(String subject, Instant failedAt) {
        this.subject = subject;
        this.failedAt = failedAt;
    }

    public String getSubject() { return subject; }
    public Instant getFailedAt() { return failedAt; }
}
