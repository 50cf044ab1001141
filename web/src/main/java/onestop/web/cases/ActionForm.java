package onestop.web.cases;

import onestop.casework.CaseEnums.Decision;
import onestop.casework.CaseEnums.Opinion;
import onestop.casework.CaseEnums.SuspensionKind;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/** What the dialogs of the case page ask for: one form, cleared whenever a dialog opens. */
public class ActionForm implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private String reason;
    private String legalBasis;
    private String note;
    private SuspensionKind suspensionKind;
    private Integer days;
    private Opinion opinion;
    private String text;
    private Decision decision;
    private String appeal;
    private String licenseScope;
    private LocalDate licenseValidUntil;

    void clear() {
        reason = null;
        legalBasis = null;
        note = null;
        suspensionKind = null;
        days = null;
        opinion = null;
        text = null;
        decision = null;
        appeal = null;
        licenseScope = null;
        licenseValidUntil = null;
    }

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public SuspensionKind getSuspensionKind() { return suspensionKind; }
    public void setSuspensionKind(SuspensionKind suspensionKind) { this.suspensionKind = suspensionKind; }
    public Integer getDays() { return days; }
    public void setDays(Integer days) { this.days = days; }
    public Opinion getOpinion() { return opinion; }
    public void setOpinion(Opinion opinion) { this.opinion = opinion; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Decision getDecision() { return decision; }
    public void setDecision(Decision decision) { this.decision = decision; }
    public String getAppeal() { return appeal; }
    public void setAppeal(String appeal) { this.appeal = appeal; }
    public String getLicenseScope() { return licenseScope; }
    public void setLicenseScope(String licenseScope) { this.licenseScope = licenseScope; }
    public LocalDate getLicenseValidUntil() { return licenseValidUntil; }
    public void setLicenseValidUntil(LocalDate licenseValidUntil) { this.licenseValidUntil = licenseValidUntil; }
}
