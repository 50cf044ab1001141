package onestop.web.cases;

import onestop.casework.CaseEnums.ReceivedForm;
import onestop.casework.CaseViews.MaterialReceipt;
import onestop.casework.CaseViews.MaterialView;
import onestop.catalog.MaterialForm;
import onestop.catalog.RequiredMaterial;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line of a material check at the window, as the clerk edits it: received or not, in which
 * form, how many copies, what is wrong with it; at intake also the scans waiting to be attached.
 */
public class MaterialRow implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private final int position;
    private final String name;
    private final boolean required;
    private final MaterialForm requiredForm;
    private final int requiredCopies;
    private final String notes;
    private boolean received;
    private ReceivedForm form;
    private Integer copies;
    private String defect;
    private final List<PendingScan> scans = new ArrayList<>();

    private MaterialRow(int position, String name, boolean required, MaterialForm requiredForm, int requiredCopies,
                        String notes) {
        this.position = position;
        this.name = name;
        this.required = required;
        this.requiredForm = requiredForm;
        this.requiredCopies = requiredCopies;
        this.notes = notes;
    }

    /** A line of the item's list, not yet checked: the form and copies the list asks for. */
    static MaterialRow of(int position, RequiredMaterial m) {
        MaterialRow row = new MaterialRow(position, m.name(), m.required(), m.form(), m.copies(), m.notes());
        row.form = m.form() == MaterialForm.COPY ? ReceivedForm.COPY : ReceivedForm.ORIGINAL;
        row.copies = Math.max(1, m.copies());
        return row;
    }

    /** A line of a registered case as last saved. */
    static MaterialRow of(MaterialView m) {
        MaterialRow row = new MaterialRow(m.position(), m.name(), m.required(), m.requiredForm(), m.requiredCopies(), null);
        row.received = m.received();
        row.form = m.received() ? m.receivedForm()
                : m.requiredForm() == MaterialForm.COPY ? ReceivedForm.COPY : ReceivedForm.ORIGINAL;
        row.copies = m.received() ? m.receivedCopies() : Math.max(1, m.requiredCopies());
        row.defect = m.defect();
        return row;
    }

    MaterialReceipt toReceipt() {
        String note = defect == null || defect.isBlank() ? null : defect.strip();
        return new MaterialReceipt(position, received, received ? form : null, copies == null ? 0 : copies, note);
    }

    /** Whether the clerk changed this line against what the case holds. */
    boolean differsFrom(MaterialView saved) {
        MaterialReceipt r = toReceipt();
        return r.received() != saved.received()
                || (r.received() && (r.form() != saved.receivedForm() || r.copies() != saved.receivedCopies()))
                || !Objects.equals(r.defect(), saved.defect());
    }

    /** Missing when required and not received; defective when a defect is noted (as the case file judges it). */
    public boolean isLacking() {
        return (required && !received) || (defect != null && !defect.isBlank());
    }

    void markReceived() {
        received = true;
    }

    public int getPosition() { return position; }
    public String getName() { return name; }
    public boolean isRequired() { return required; }
    public MaterialForm getRequiredForm() { return requiredForm; }
    public int getRequiredCopies() { return requiredCopies; }
    public String getNotes() { return notes; }
    public boolean isReceived() { return received; }
    public void setReceived(boolean received) { this.received = received; }
    public ReceivedForm getForm() { return form; }
    public void setForm(ReceivedForm form) { this.form = form; }
    public Integer getCopies() { return copies; }
    public void setCopies(Integer copies) { this.copies = copies; }
    public String getDefect() { return defect; }
    public void setDefect(String defect) { this.defect = defect; }
    public List<PendingScan> getScans() { return scans; }

    /** A scan taken at intake, attached to the case once it is registered. */
    public record PendingScan(String fileName, String contentType, byte[] content) implements Serializable {
        public long size() {
            return content.length;
        }
    }
}
