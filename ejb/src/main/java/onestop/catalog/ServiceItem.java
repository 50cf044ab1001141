package onestop.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An item of the catalog (事項), identified by a code that never changes. What it says lives in
 * its {@link ServiceItemVersion}s. An item is cancelled (取消) by a decree from an effective
 * date on; from that date it accepts no new case, while its history stays readable.
 */
@Entity
@Table(name = "service_item")
@NamedQuery(name = "ServiceItem.byCode", query = "select i from ServiceItem i where i.code = :code")
public class ServiceItem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40, updatable = false)
    private String code;

    @Column(name = "cancel_decree", length = 300)
    private String cancelDecree;

    @Column(name = "cancel_effective")
    private LocalDate cancelEffective;

    @Column(name = "cancelled_by", length = 60)
    private String cancelledBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ServiceItem() {
    }

    public ServiceItem(String code, Instant createdAt) {
        this.code = code;
        this.createdAt = createdAt;
    }

    void cancel(String decree, LocalDate effective, String by, Instant at) {
        if (cancelDecree != null) {
            throw new CatalogException("catalog.alreadyCancelled", code);
        }
        this.cancelDecree = decree;
        this.cancelEffective = effective;
        this.cancelledBy = by;
        this.cancelledAt = at;
    }

    /** True when the item may no longer be used on that day. */
    public boolean isCancelledOn(LocalDate day) {
        return cancelEffective != null && !day.isBefore(cancelEffective);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getCancelDecree() {
        return cancelDecree;
    }

    public LocalDate getCancelEffective() {
        return cancelEffective;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
