package onestop.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A chief representative's authorisation of one of the department's staff to decide cases
 * (首席代表授權); revoked, never deleted.
 */
@Entity
@Table(name = "decision_delegation")
@NamedQuery(name = "DecisionDelegation.active",
        query = "select d from DecisionDelegation d where d.departmentCode = :department and d.revokedAt is null"
                + " order by d.grantedAt")
public class DecisionDelegation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "department_code", nullable = false, length = 20, updatable = false)
    private String departmentCode;

    @Column(name = "login_name", nullable = false, length = 60, updatable = false)
    private String loginName;

    @Column(name = "granted_by", nullable = false, length = 60, updatable = false)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;

    @Column(name = "revoked_by", length = 60)
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected DecisionDelegation() {
    }

    DecisionDelegation(String departmentCode, String loginName, String grantedBy, Instant grantedAt) {
        this.departmentCode = departmentCode;
        this.loginName = loginName;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    void revoke(String by, Instant at) {
        this.revokedBy = by;
        this.revokedAt = at;
    }

    public Long getId() { return id; }
    public String getDepartmentCode() { return departmentCode; }
    public String getLoginName() { return loginName; }
    public String getGrantedBy() { return grantedBy; }
    public Instant getGrantedAt() { return grantedAt; }
    public Instant getRevokedAt() { return revokedAt; }
}
