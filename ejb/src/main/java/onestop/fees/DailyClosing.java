package onestop.fees;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import onestop.fees.FeeViews.DayReport;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The daily closing (日結) of one cashier's day: the totals as reconciled against the notices at
 * the moment of closing, and the ledger PDF made then. Written once; from then on the day takes
 * no payment, void or refund.
 */
@Entity
@Table(name = "daily_closing")
@NamedQuery(name = "DailyClosing.ofTill",
        query = "select d from DailyClosing d where d.cashier = :cashier and d.businessDay = :day")
@NamedQuery(name = "DailyClosing.between",
        query = "select d from DailyClosing d where d.businessDay between :from and :to order by d.businessDay desc, d.cashier")
public class DailyClosing {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 60, updatable = false)
    private String cashier;

    @Column(name = "business_day", nullable = false, updatable = false)
    private LocalDate businessDay;

    @Column(nullable = false, updatable = false)
    private int payments;

    @Column(name = "payments_total", nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal paymentsTotal;

    @Column(nullable = false, updatable = false)
    private int refunds;

    @Column(name = "refunds_total", nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal refundsTotal;

    @Column(nullable = false, updatable = false)
    private int voided;

    @Column(name = "net_total", nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal netTotal;

    @Column(name = "notices_total", nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal noticesTotal;

    @Column(name = "closed_by", nullable = false, length = 60, updatable = false)
    private String closedBy;

    @Column(name = "closed_at", nullable = false, updatable = false)
    private Instant closedAt;

    @Column(name = "ledger_sha256", nullable = false, length = 64)
    private String ledgerSha256;

    @ElementCollection
    @CollectionTable(name = "daily_closing_line", joinColumns = @JoinColumn(name = "closing_id"))
    @OrderColumn(name = "position")
    private List<ClosingLine> lines = new ArrayList<>();

    protected DailyClosing() {
    }

    DailyClosing(DayReport report, String closedBy, Instant closedAt) {
        this.cashier = report.cashier();
        this.businessDay = report.day();
        this.payments = report.payments();
        this.paymentsTotal = report.paymentsTotal();
        this.refunds = report.refunds();
        this.refundsTotal = report.refundsTotal();
        this.voided = report.voided();
        this.netTotal = report.netTotal();
        this.noticesTotal = report.noticesTotal();
        this.closedBy = closedBy;
        this.closedAt = closedAt;
        report.totals().forEach(t -> lines.add(new ClosingLine(t.dimension(), t.key(), t.label(), t.entries(), t.amount())));
    }

    void attachLedger(String sha256) {
        this.ledgerSha256 = sha256;
    }

    public Long getId() { return id; }
    public String getCashier() { return cashier; }
    public LocalDate getBusinessDay() { return businessDay; }
    public int getPayments() { return payments; }
    public BigDecimal getPaymentsTotal() { return paymentsTotal; }
    public int getRefunds() { return refunds; }
    public BigDecimal getRefundsTotal() { return refundsTotal; }
    public int getVoided() { return voided; }
    public BigDecimal getNetTotal() { return netTotal; }
    public BigDecimal getNoticesTotal() { return noticesTotal; }
    public String getClosedBy() { return closedBy; }
    public Instant getClosedAt() { return closedAt; }
    public String getLedgerSha256() { return ledgerSha256; }
    public List<ClosingLine> getLines() { return lines; }
}
