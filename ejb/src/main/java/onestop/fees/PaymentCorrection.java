package onestop.fees;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import onestop.fees.FeeEnums.CorrectionKind;
import onestop.fees.FeeEnums.CorrectionStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A request to void or refund a payment, with its reason, and the decision of a second cashier
 * (never the one who asked). Until approved it changes nothing; approved, it marks the payment
 * (and its notice) and counts on the till of the payment's cashier on the day of approval.
 */
@Entity
@Table(name = "payment_correction")
@NamedQuery(name = "PaymentCorrection.pending",
        query = "select c from PaymentCorrection c"
                + " where c.status = onestop.fees.FeeEnums.CorrectionStatus.REQUESTED order by c.id")
@NamedQuery(name = "PaymentCorrection.ofPayment",
        query = "select c from PaymentCorrection c where c.payment = :payment order by c.id")
@NamedQuery(name = "PaymentCorrection.approvedOnTill",
        query = "select c from PaymentCorrection c"
                + " where c.cashier = :cashier and c.businessDay = :day"
                + " and c.status = onestop.fees.FeeEnums.CorrectionStatus.APPROVED order by c.id")
public class PaymentCorrection {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "payment_id", updatable = false)
    private Payment payment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private CorrectionKind kind;

    @Column(nullable = false, length = 1000, updatable = false)
    private String reason;

    @Column(nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal amount;

    /** Whose till it affects: the payment's cashier. */
    @Column(nullable = false, length = 60, updatable = false)
    private String cashier;

    @Column(name = "requested_by", nullable = false, length = 60, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CorrectionStatus status;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 1000)
    private String decisionNote;

    /** The day an approved correction counts on. */
    @Column(name = "business_day")
    private LocalDate businessDay;

    @Version
    private long version;

    protected PaymentCorrection() {
    }

    PaymentCorrection(Payment payment, CorrectionKind kind, String reason, String requestedBy, Instant requestedAt) {
        this.payment = payment;
        this.kind = kind;
        this.reason = reason;
        this.amount = payment.getAmount();
        this.cashier = payment.getCashier();
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.status = CorrectionStatus.REQUESTED;
    }

    void decide(CorrectionStatus decision, String by, Instant at, String note, LocalDate day) {
        this.status = decision;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionNote = note;
        this.businessDay = decision == CorrectionStatus.APPROVED ? day : null;
    }

    public Long getId() { return id; }
    public Payment getPayment() { return payment; }
    public CorrectionKind getKind() { return kind; }
    public String getReason() { return reason; }
    public BigDecimal getAmount() { return amount; }
    public String getCashier() { return cashier; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public CorrectionStatus getStatus() { return status; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionNote() { return decisionNote; }
    public LocalDate getBusinessDay() { return businessDay; }
}
