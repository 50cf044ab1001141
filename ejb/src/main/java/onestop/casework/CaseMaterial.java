package onestop.casework;

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
import jakarta.persistence.Table;
import onestop.casework.CaseEnums.ReceivedForm;
import onestop.catalog.MaterialForm;

/**
 * One material of the item's list as checked at the window: received or not, in which form and
 * how many copies, and what is wrong with it when a correction is asked for.
 */
@Entity
@Table(name = "case_material")
public class CaseMaterial {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private CaseFile caseFile;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(nullable = false)
    private boolean required;

    @Enumerated(EnumType.STRING)
    @Column(name = "required_form", nullable = false, length = 20)
    private MaterialForm requiredForm;

    @Column(name = "required_copies", nullable = false)
    private int requiredCopies;

    @Column(nullable = false)
    private boolean received;

    @Enumerated(EnumType.STRING)
    @Column(name = "received_form", length = 20)
    private ReceivedForm receivedForm;

    @Column(name = "received_copies", nullable = false)
    private int receivedCopies;

    @Column(length = 1000)
    private String defect;

    protected CaseMaterial() {
    }

    CaseMaterial(CaseFile caseFile, int position, String name, boolean required, MaterialForm form, int copies) {
        this.caseFile = caseFile;
        this.position = position;
        this.name = name;
        this.required = required;
        this.requiredForm = form;
        this.requiredCopies = copies;
    }

    void receive(boolean received, ReceivedForm form, int copies, String defect) {
        this.received = received;
        this.receivedForm = received ? form : null;
        this.receivedCopies = received ? copies : 0;
        this.defect = defect == null || defect.isBlank() ? null : defect.strip();
    }

    /** Missing when required and not received; defective when a defect is noted. */
    public boolean isLacking() {
        return (required && !received) || defect != null;
    }

    public Long getId() { return id; }
    public int getPosition() { return position; }
    public String getName() { return name; }
    public boolean isRequired() { return required; }
    public MaterialForm getRequiredForm() { return requiredForm; }
    public int getRequiredCopies() { return requiredCopies; }
    public boolean isReceived() { return received; }
    public ReceivedForm getReceivedForm() { return receivedForm; }
    public int getReceivedCopies() { return receivedCopies; }
    public String getDefect() { return defect; }
}
