package onestop.web.catalog;

import onestop.catalog.FeeItem;
import onestop.catalog.HandlingMode;
import onestop.catalog.ItemContent;
import onestop.catalog.ItemType;
import onestop.catalog.MaterialForm;
import onestop.catalog.MaterialLevel;
import onestop.catalog.ProcedureStep;
import onestop.catalog.RequiredMaterial;
import onestop.security.Role;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The editable fields of a draft as the page binds them (mutable rows for the lists); converts
 * to and from {@link ItemContent}. No rule lives here: the EJB checks the content.
 */
public class DraftForm implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private String name;
    private String departmentCode;
    private String hallCode;
    private ItemType type = ItemType.ADMINISTRATIVE_LICENSE;
    private HandlingMode mode = HandlingMode.PROMISED;
    private List<String> coDepartments = new ArrayList<>();
    private int statutoryDays;
    private int promisedDays;
    private String legalBasis;
    private boolean online;
    private String approvalContent;
    private final List<Step> procedure = new ArrayList<>();
    private final List<Material> materials = new ArrayList<>();
    private final List<Fee> fees = new ArrayList<>();
    private String preferentialPolicy;
    private String complaintChannels;
    private String supervisingDepartment;
    private String changeNote;

    static DraftForm of(ItemContent c, String changeNote) {
        DraftForm f = new DraftForm();
        f.name = c.name();
        f.departmentCode = c.departmentCode();
        f.hallCode = c.hallCode();
        f.type = c.type();
        f.mode = c.mode();
        f.coDepartments = new ArrayList<>(c.coDepartments());
        f.statutoryDays = c.statutoryDays();
        f.promisedDays = c.promisedDays();
        f.legalBasis = c.legalBasis();
        f.online = c.online();
        f.approvalContent = c.approvalContent();
        c.procedure().forEach(s -> f.procedure.add(new Step(s.name(), s.role(), s.days())));
        c.materials().forEach(m -> f.materials.add(new Material(m)));
        c.fees().forEach(x -> f.fees.add(new Fee(x.code(), x.name(), x.amount(), x.rule(), x.legalBasis(), x.standard())));
        f.preferentialPolicy = c.preferentialPolicy();
        f.complaintChannels = c.complaintChannels();
        f.supervisingDepartment = c.supervisingDepartment();
        f.changeNote = changeNote;
        return f;
    }

    ItemContent toContent() {
        return new ItemContent(name, departmentCode, hallCode, type, mode, coDepartments, statutoryDays, promisedDays,
                legalBasis, online, approvalContent,
                procedure.stream().map(s -> new ProcedureStep(s.name, s.role, s.days)).toList(),
                materials.stream().map(Material::toRecord).toList(),
                fees.stream().map(x -> new FeeItem(x.code, x.name, x.amount, blankToNull(x.rule), x.legalBasis,
                        blankToNull(x.standard))).toList(),
                blankToNull(preferentialPolicy), complaintChannels, supervisingDepartment);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public void addStep() {
        procedure.add(new Step(null, Role.CLERK, 0));
    }

    public void removeStep(Step s) {
        procedure.remove(s);
    }

    public void addMaterial() {
        materials.add(new Material());
    }

    public void removeMaterial(Material m) {
        materials.remove(m);
    }

    public void addFee() {
        fees.add(new Fee("F" + String.format("%02d", fees.size() + 1), null, null, null, null, null));
    }

    public void removeFee(Fee f) {
        fees.remove(f);
    }

    /** A procedure step row. */
    public static class Step implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private String name;
        private Role role;
        private int days;

        Step(String name, Role role, int days) {
            this.name = name;
            this.role = role;
            this.days = days;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Role getRole() { return role; }
        public void setRole(Role role) { this.role = role; }
        public int getDays() { return days; }
        public void setDays(int days) { this.days = days; }
    }

    /** A required-material row. */
    public static class Material implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private String name;
        private MaterialForm form = MaterialForm.ORIGINAL;
        private int copies = 1;
        private boolean required = true;
        private MaterialLevel level = MaterialLevel.A;
        private String notes;
        private String sampleSha256;
        private String sampleFileName;

        Material() {
        }

        Material(RequiredMaterial m) {
            name = m.name();
            form = m.form();
            copies = m.copies();
            required = m.required();
            level = m.level();
            notes = m.notes();
            sampleSha256 = m.sampleSha256();
            sampleFileName = m.sampleFileName();
        }

        RequiredMaterial toRecord() {
            return new RequiredMaterial(name, form, copies, required, level, blankToNull(notes), sampleSha256, sampleFileName);
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public MaterialForm getForm() { return form; }
        public void setForm(MaterialForm form) { this.form = form; }
        public int getCopies() { return copies; }
        public void setCopies(int copies) { this.copies = copies; }
        public boolean isRequired() { return required; }
        public void setRequired(boolean required) { this.required = required; }
        public MaterialLevel getLevel() { return level; }
        public void setLevel(MaterialLevel level) { this.level = level; }
        public String getNotes() { return notes; }
        public String getSampleFileName() { return sampleFileName; }
        void attachSample(String sha256, String fileName) {
            this.sampleSha256 = sha256;
            this.sampleFileName = fileName;
        }
        public void removeSample() {
            this.sampleSha256 = null;
            this.sampleFileName = null;
        }
        public void setNotes(String notes) { this.notes = notes; }
    }

    /** A fee-item row. */
    public static class Fee implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private String code;
        private String name;
        private BigDecimal amount;
        private String rule;
        private String legalBasis;
        private String standard;

        Fee(String code, String name, BigDecimal amount, String rule, String legalBasis, String standard) {
            this.code = code;
            this.name = name;
            this.amount = amount;
            this.rule = rule;
            this.legalBasis = legalBasis;
            this.standard = standard;
        }

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
        public String getRule() { return rule; }
        public void setRule(String rule) { this.rule = rule; }
        public String getLegalBasis() { return legalBasis; }
        public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
        public String getStandard() { return standard; }
        public void setStandard(String standard) { this.standard = standard; }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDepartmentCode() { return departmentCode; }
    public void setDepartmentCode(String departmentCode) { this.departmentCode = departmentCode; }
    public String getHallCode() { return hallCode; }
    public void setHallCode(String hallCode) { this.hallCode = hallCode; }
    public ItemType getType() { return type; }
    public void setType(ItemType type) { this.type = type; }
    public HandlingMode getMode() { return mode; }
    public void setMode(HandlingMode mode) { this.mode = mode; }
    public List<String> getCoDepartments() { return coDepartments; }
    public void setCoDepartments(List<String> coDepartments) { this.coDepartments = coDepartments == null ? new ArrayList<>() : coDepartments; }
    public int getStatutoryDays() { return statutoryDays; }
    public void setStatutoryDays(int statutoryDays) { this.statutoryDays = statutoryDays; }
    public int getPromisedDays() { return promisedDays; }
    public void setPromisedDays(int promisedDays) { this.promisedDays = promisedDays; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public boolean isOnline() { return online; }
    public void setOnline(boolean online) { this.online = online; }
    public String getApprovalContent() { return approvalContent; }
    public void setApprovalContent(String approvalContent) { this.approvalContent = approvalContent; }
    public List<Step> getProcedure() { return procedure; }
    public List<Material> getMaterials() { return materials; }
    public List<Fee> getFees() { return fees; }
    public String getPreferentialPolicy() { return preferentialPolicy; }
    public void setPreferentialPolicy(String preferentialPolicy) { this.preferentialPolicy = preferentialPolicy; }
    public String getComplaintChannels() { return complaintChannels; }
    public void setComplaintChannels(String complaintChannels) { this.complaintChannels = complaintChannels; }
    public String getSupervisingDepartment() { return supervisingDepartment; }
    public void setSupervisingDepartment(String supervisingDepartment) { this.supervisingDepartment = supervisingDepartment; }
    public String getChangeNote() { return changeNote; }
    public void setChangeNote(String changeNote) { this.changeNote = changeNote; }
}
