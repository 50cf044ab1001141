package onestop.seal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import onestop.center.Department;
import onestop.security.StaffAccount;

import java.time.Instant;

/**
 * A person the department's chief representative named to apply the department's seal. The
 * naming belongs to the department, not to one seal, so it carries over when a seal is replaced;
 * the chief representative may apply the seal without being named.
 */
@Entity
@Table(name = "seal_user")
@NamedQuery(name = "SealUser.ofDepartment", query = "select u from SealUser u join fetch u.account "
        + "where u.department.code = :code order by u.account.loginName")
@NamedQuery(name = "SealUser.find", query = "select u from SealUser u where u.department.code = :code "
        + "and u.account.loginName = :login")
public class SealUser {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id", updatable = false)
    private Department department;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", updatable = false)
    private StaffAccount account;

    @Column(name = "named_by", nullable = false, length = 60, updatable = false)
    private String namedBy;

    @Column(name = "named_at", nullable = false, updatable = false)
    private Instant namedAt;

    protected SealUser() {
    }

    SealUser(Department department, StaffAccount account, String namedBy, Instant namedAt) {
        this.department = department;
        this.account = account;
        this.namedBy = namedBy;
        this.namedAt = namedAt;
    }

    public StaffAccount getAccount() {
        return account;
    }

    public String getNamedBy() {
        return namedBy;
    }

    public Instant getNamedAt() {
        return namedAt;
    }
}
