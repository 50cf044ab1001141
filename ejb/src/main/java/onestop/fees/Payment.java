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
import onestop.fees.FeeEnums.PaymentMethod;
import onestop.fees.FeeEnums.PaymentStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A payment taken by a cashier against one notice, for exactly its total, on the cashier's
 * business day; its receipt (收據) PDF is kept in the document store. It is never deleted or
 * edited: an approved correction only marks it voided or refunded.
 */
@Entity
@Table(name = "fee_payment")
@NamedQuery(name = "Payment.byReceipt", query = "select p from Payment p where p.receiptNumber = :receipt")
@NamedQuery(name = "Payment.ofNotice", query = "select p from Payment p where p.notice = :notice order by p.id")
@NamedQuery(name = "Payment.ofTill",
        query = "select p from Payment p join fetch p.notice where p.cashier = :cashier and p.businessDay = :day order by p.id")
public class Payment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "receipt_number", nullable = false, unique = true, length = 30, updatable = false)
    private String receiptNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "notice_id", updatable = false)
    private PaymentNotice notice;

    @Column(nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private PaymentMethod method;

    @Column(length = 100, updatable = false)
    private String reference;

    @Column(nullable = false, length = 60, updatable = false)
    private String cashier;

    @Column(name = "paid_at", nullable = false, updatable = false)
    private Instant paidAt;

    @Column(name = "business_day", nullable = false, updatable = false)
    private LocalDate businessDay;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PaymentStatus status;

    @Column(name = "receipt_sha256", nullable = false, length = 64)
    private String receiptSha256;

    @Version
    private long version;

    protected Payment() {
    }

    Payment(String receiptNumber, PaymentNotice notice, BigDecimal amount, PaymentMethod method, String reference,
            String cashier, Instant paidAt, LocalDate businessDay) {
        this.receiptNumber = receiptNumber;
        this.notice = notice;
        this.amount = amount;
        this.method = method;
        this.reference = reference;
        this.cashier = cashier;
        this.paidAt = paidAt;
        this.businessDay = businessDay;
        this.status = PaymentStatus.RECORDED;
    }

    void attachReceipt(String sha256) {
        this.receiptSha256 = sha256;
    }

    void moveTo(PaymentStatus next) {
        this.status = next;
    }

    public Long getId() { return id; }
    public String getReceiptNumber() { return receiptNumber; }
    public PaymentNotice getNotice() { return notice; }
    public BigDecimal getAmount() { return amount; }
    public PaymentMethod getMethod() { return method; }
    public String getReference() { return reference; }
    public String getCashier() { return cashier; }
    public Instant getPaidAt() { return paidAt; }
    public LocalDate getBusinessDay() { return businessDay; }
    public PaymentStatus getStatus() { return status; }
    public String getReceiptSha256() { return receiptSha256; }
}
