package onestop.fees;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import onestop.fees.FeeEnums.NoticeStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A payment notice (繳費通知書): issued by the window of the case's department for fee items of the
 * case's item version, with the amounts fixed at issue; paid at the unified cashier, never at the
 * window (票款分離). Its lines never change; the window may cancel it while it is open, the
 * cashier's payment makes it paid, and an approved correction makes it open again (void) or
 * refunded. Its PDF (with the QR code of its number) is kept in the document store.
 */
@Entity
@Table(name = "payment_notice")
@NamedQuery(name = "PaymentNotice.byNumber", query = "select n from PaymentNotice n where n.number = :number")
@NamedQuery(name = "PaymentNotice.ofCase", query = "select n from PaymentNotice n where n.caseId = :caseId order by n.id")
@NamedQuery(name = "PaymentNotice.openOfDepartment",
        query = "select n from PaymentNotice n where n.departmentCode = :department and n.status = onestop.fees.FeeEnums.NoticeStatus.OPEN order by n.id")
public class PaymentNotice {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 30, updatable = false)
    private String number;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "case_number", nullable = false, length = 40, updatable = false)
    private String caseNumber;

    @Column(name = "department_code", nullable = false, length = 20, updatable = false)
    private String departmentCode;

    @Column(name = "item_code", nullable = false, length = 40, updatable = false)
    private String itemCode;

    @Column(name = "item_version", nullable = false, updatable = false)
    private int itemVersion;

    @Column(name = "item_name", nullable = false, length = 200, updatable = false)
    private String itemName;

    @Column(name = "payer_name", nullable = false, length = 200, updatable = false)
    private String payerName;

    @Column(name = "payer_identifier", length = 18, updatable = false)
    private String payerIdentifier;

    @Column(nullable = false, precision = 14, scale = 2, updatable = false)
    private BigDecimal total;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NoticeStatus status;

    @Column(name = "issued_by", nullable = false, length = 60, updatable = false)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn;

    @Column(name = "document_sha256", nullable = false, length = 64)
    private String documentSha256;

    @Column(name = "cancelled_by", length = 60)
    private String cancelledBy;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    @ElementCollection
    @CollectionTable(name = "payment_notice_line", joinColumns = @JoinColumn(name = "notice_id"))
    @OrderColumn(name = "position")
    private List<NoticeLine> lines = new ArrayList<>();

    @Version
    private long version;

    protected PaymentNotice() {
    }

    PaymentNotice(String number, Long caseId, String caseNumber, String departmentCode, String itemCode,
                  int itemVersion, String itemName, String payerName, String payerIdentifier, List<NoticeLine> lines,
                  String issuedBy, Instant issuedAt, LocalDate issuedOn) {
        this.number = number;
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.departmentCode = departmentCode;
        this.itemCode = itemCode;
        this.itemVersion = itemVersion;
        this.itemName = itemName;
        this.payerName = payerName;
        this.payerIdentifier = payerIdentifier;
        this.lines = new ArrayList<>(lines);
        this.total = FeeRules.total(lines);
        this.status = NoticeStatus.OPEN;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.issuedOn = issuedOn;
    }

    void attachDocument(String sha256) {
        this.documentSha256 = sha256;
    }

    void cancel(String by, Instant at, String reason) {
        this.status = NoticeStatus.CANCELLED;
        this.cancelledBy = by;
        this.cancelledAt = at;
        this.cancelReason = reason;
    }

    void moveTo(NoticeStatus next) {
        this.status = next;
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public Long getCaseId() { return caseId; }
    public String getCaseNumber() { return caseNumber; }
    public String getDepartmentCode() { return departmentCode; }
    public String getItemCode() { return itemCode; }
    public int getItemVersion() { return itemVersion; }
    public String getItemName() { return itemName; }
    public String getPayerName() { return payerName; }
    public String getPayerIdentifier() { return payerIdentifier; }
    public BigDecimal getTotal() { return total; }
    public NoticeStatus getStatus() { return status; }
    public String getIssuedBy() { return issuedBy; }
    public Instant getIssuedAt() { return issuedAt; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public String getDocumentSha256() { return documentSha256; }
    public String getCancelledBy() { return cancelledBy; }
    public Instant getCancelledAt() { return cancelledAt; }
    public String getCancelReason() { return cancelReason; }
    public List<NoticeLine> getLines() { return lines; }
    public long getVersion() { return version; }
}
