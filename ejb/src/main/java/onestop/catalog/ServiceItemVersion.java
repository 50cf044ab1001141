package onestop.catalog;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One version of an item. Life cycle ({@link VersionStatus}): created as a DRAFT (empty or copied
 * from the current version), edited, submitted IN_REVIEW, then approved by an administrator who
 * did not write it: it becomes PUBLISHED with the next number and an effective date, and from then
 * on nothing in it changes (every mutator checks the status). Cases keep the version they were
 * accepted under; the public reads the published version in effect today.
 */
@Entity
@Table(name = "service_item_version")
@NamedQuery(name = "ServiceItemVersion.ofItem",
        query = "select v from ServiceItemVersion v where v.item = :item order by v.id")
@NamedQuery(name = "ServiceItemVersion.open",
        query = "select v from ServiceItemVersion v where v.item = :item and v.status <> onestop.catalog.VersionStatus.PUBLISHED")
@NamedQuery(name = "ServiceItemVersion.published",
        query = "select v from ServiceItemVersion v where v.item = :item and v.status = onestop.catalog.VersionStatus.PUBLISHED order by v.number desc")
@NamedQuery(name = "ServiceItemVersion.inEffect",
        query = "select v from ServiceItemVersion v join fetch v.item where v.status = onestop.catalog.VersionStatus.PUBLISHED "
                + "and v.effectiveDate <= :day and v.number = (select max(w.number) from ServiceItemVersion w "
                + "where w.item = v.item and w.status = onestop.catalog.VersionStatus.PUBLISHED and w.effectiveDate <= :day) "
                + "order by v.item.code")
public class ServiceItemVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private ServiceItem item;

    /** 1, 2, ... once published; null before. */
    @Column(name = "number")
    private Integer number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VersionStatus status = VersionStatus.DRAFT;

    @Column(nullable = false, length = 200)
    private String name;
    @Column(name = "department_code", nullable = false, length = 20)
    private String departmentCode;
    @Column(name = "hall_code", nullable = false, length = 40)
    private String hallCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false, length = 40)
    private ItemType type;
    @Enumerated(EnumType.STRING)
    @Column(name = "handling_mode", nullable = false, length = 20)
    private HandlingMode mode;
    /** Co-departments of a joint item, as "CODE;CODE". */
    @Column(name = "co_departments", length = 400)
    private String coDepartments;
    @Column(name = "statutory_days", nullable = false)
    private int statutoryDays;
    @Column(name = "promised_days", nullable = false)
    private int promisedDays;
    @Column(name = "legal_basis", nullable = false, length = 4000)
    private String legalBasis;
    @Column(nullable = false)
    private boolean online;
    @Column(name = "approval_content", nullable = false, length = 8000)
    private String approvalContent;
    @Column(name = "preferential_policy", length = 4000)
    private String preferentialPolicy;
    @Column(name = "complaint_channels", nullable = false, length = 2000)
    private String complaintChannels;
    @Column(name = "supervising_department", nullable = false, length = 400)
    private String supervisingDepartment;

    @ElementCollection
    @CollectionTable(name = "item_version_step", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<ProcedureStep> procedure = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "item_version_material", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<RequiredMaterial> materials = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "item_version_fee", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<FeeItem> fees = new ArrayList<>();

    /** Why this version exists: the decree or reason of an adjustment (調整). */
    @Column(name = "change_note", length = 1000)
    private String changeNote;
    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;
    @Column(name = "edited_by", nullable = false, length = 60)
    private String editedBy;
    @Column(name = "edited_at", nullable = false)
    private Instant editedAt;
    @Column(name = "approved_by", length = 60)
    private String approvedBy;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "import_batch", length = 64)
    private String importBatch;

    @Version
    private long version;

    protected ServiceItemVersion() {
    }

    ServiceItemVersion(ServiceItem item, ItemContent content, String changeNote, String author, Instant at) {
        this.item = item;
        this.createdBy = author;
        write(content, changeNote, author, at);
    }

    /** Replaces the draft's content; refused once the version left the draft state. */
    void edit(ItemContent content, String changeNote, String editor, Instant at) {
        requireStatus(VersionStatus.DRAFT);
        write(content, changeNote, editor, at);
    }

    private void write(ItemContent c, String note, String editor, Instant at) {
        name = c.name();
        departmentCode = c.departmentCode();
        hallCode = c.hallCode();
        type = c.type();
        mode = c.mode();
        coDepartments = c.coDepartments().isEmpty() ? null : String.join(";", c.coDepartments());
        statutoryDays = c.statutoryDays();
        promisedDays = c.promisedDays();
        legalBasis = c.legalBasis();
        online = c.online();
        approvalContent = c.approvalContent();
        procedure = new ArrayList<>(c.procedure());
        materials = new ArrayList<>(c.materials());
        fees = new ArrayList<>(c.fees());
        preferentialPolicy = c.preferentialPolicy();
        complaintChannels = c.complaintChannels();
        supervisingDepartment = c.supervisingDepartment();
        changeNote = note;
        editedBy = editor;
        editedAt = at;
    }

    public ItemContent content() {
        return new ItemContent(name, departmentCode, hallCode, type, mode,
                coDepartments == null ? List.of() : Arrays.asList(coDepartments.split(";")), statutoryDays,
                promisedDays, legalBasis, online, approvalContent, procedure, materials, fees, preferentialPolicy,
                complaintChannels, supervisingDepartment);
    }

    void submit(String by, Instant at, String batch) {
        requireStatus(VersionStatus.DRAFT);
        status = VersionStatus.IN_REVIEW;
        importBatch = batch;
        editedAt = at;
    }

    void sendBack() {
        requireStatus(VersionStatus.IN_REVIEW);
        status = VersionStatus.DRAFT;
    }

    /** The review rule: whoever wrote or last edited the draft may not approve it. */
    void publish(int number, LocalDate effective, String approver, Instant at) {
        requireStatus(VersionStatus.IN_REVIEW);
        if (approver.equals(createdBy) || approver.equals(editedBy)) {
            throw new CatalogException("catalog.ownDraft", item.getCode());
        }
        this.number = number;
        this.effectiveDate = effective;
        this.approvedBy = approver;
        this.publishedAt = at;
        this.status = VersionStatus.PUBLISHED;
    }

    private void requireStatus(VersionStatus expected) {
        if (status != expected) {
            throw new CatalogException("catalog.wrongState", item.getCode(), status.name());
        }
    }

    public Long getId() {
        return id;
    }

    /** The summary fields, readable without loading the lists. */
    public String getName() {
        return name;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getHallCode() {
        return hallCode;
    }

    public ItemType getType() {
        return type;
    }

    public HandlingMode getMode() {
        return mode;
    }

    public int getPromisedDays() {
        return promisedDays;
    }

    public int getStatutoryDays() {
        return statutoryDays;
    }

    public ServiceItem getItem() {
        return item;
    }

    public Integer getNumber() {
        return number;
    }

    public VersionStatus getStatus() {
        return status;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getEditedBy() {
        return editedBy;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getImportBatch() {
        return importBatch;
    }

    public long getVersion() {
        return version;
    }
}
