package onestop.catalog;

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

import java.time.Instant;
import java.time.LocalDate;

/**
 * A fee item of an item cancelled by a decree from an effective date: from that day it is never
 * charged again, whatever version a case was accepted under.
 */
@Entity
@Table(name = "item_fee_cancellation")
@NamedQuery(name = "FeeCancellation.ofItem",
        query = "select f from FeeCancellation f where f.item = :item order by f.effective, f.feeCode")
public class FeeCancellation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private ServiceItem item;

    @Column(name = "fee_code", nullable = false, length = 20)
    private String feeCode;

    @Column(nullable = false, length = 300)
    private String decree;

    @Column(nullable = false)
    private LocalDate effective;

    @Column(name = "cancelled_by", nullable = false, length = 60)
    private String cancelledBy;

    @Column(name = "cancelled_at", nullable = false)
    private Instant cancelledAt;

    protected FeeCancellation() {
    }

    FeeCancellation(ServiceItem item, String feeCode, String decree, LocalDate effective, String by, Instant at) {
        this.item = item;
        this.feeCode = feeCode;
        this.decree = decree;
        this.effective = effective;
        this.cancelledBy = by;
        this.cancelledAt = at;
    }

    public String getFeeCode() {
        return feeCode;
    }

    public String getDecree() {
        return decree;
    }

    public LocalDate getEffective() {
        return effective;
    }

    public boolean appliesOn(LocalDate day) {
        return !day.isBefore(effective);
    }
}
