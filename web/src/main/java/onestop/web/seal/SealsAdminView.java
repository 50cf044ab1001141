package onestop.web.seal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import onestop.center.CenterService;
import onestop.center.CenterViews.DepartmentView;
import onestop.common.OnestopException;
import onestop.seal.SealAdminService;
import onestop.seal.SealAlgorithm;
import onestop.seal.SealViews.SealForm;
import onestop.seal.SealViews.SealView;
import onestop.web.i18n.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** Center management: the departments' licensing seals, a new one, a revocation. */
@Named
@ViewScoped
public class SealsAdminView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private SealAdminService seals;

    @EJB
    private CenterService center;

    private List<SealView> list;
    private List<DepartmentView> departments;

    private String departmentCode;
    private String text;
    private SealAlgorithm algorithm = SealAlgorithm.DEFAULT;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private byte[] uploadedPng;
    private String uploadedName;

    private SealView revoking;
    private String reason;
    private LocalDateTime effective;

    @PostConstruct
    void load() {
        list = seals.list();
        departments = center.departments();
    }

    public void startNew() {
        departmentCode = null;
        text = null;
        algorithm = SealAlgorithm.DEFAULT;
        validFrom = LocalDate.now();
        validUntil = LocalDate.now().plusYears(5);
        uploadedPng = null;
        uploadedName = null;
    }

    /** Picking a department proposes the usual text: its name followed by 行政許可專用章. */
    public void departmentChosen() {
        departments.stream().filter(d -> d.code().equals(departmentCode)).findFirst()
                .ifPresent(d -> text = d.name().hant() + "行政許可專用章");
    }

    public void upload(FileUploadEvent event) {
        uploadedPng = event.getFile().getContent();
        uploadedName = event.getFile().getFileName();
    }

    public void create() {
        try {
            SealView created = seals.create(new SealForm(departmentCode, text, algorithm, validFrom, validUntil, uploadedPng));
            Messages.info("seal.created", created.text());
            list = seals.list();
            close("sealDialog");
        } catch (OnestopException e) {
            Messages.error(e);
        }
    }

    public void startRevoke(SealView seal) {
        revoking = seal;
        reason = null;
        effective = null;
    }

    public void revoke() {
        try {
            SealView revoked = seals.revoke(revoking.id(), reason,
                    effective == null ? null : effective.atZone(ZoneId.systemDefault()).toInstant());
            Messages.info("seal.revoked", revoked.text());
            list = seals.list();
            close("revokeDialog");
        } catch (OnestopException e) {
            Messages.error(e);
        }
    }

    private static void close(String widgetVar) {
        PrimeFaces.current().executeScript("PF('" + widgetVar + "').hide()");
        PrimeFaces.current().ajax().update(":messages");
    }

    public List<SealView> getList() {
        return list;
    }

    public List<DepartmentView> getDepartments() {
        return departments;
    }

    public SealAlgorithm[] getAlgorithms() {
        return SealAlgorithm.values();
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public SealAlgorithm getAlgorithm() {
        return algorithm;
    }

    public void setAlgorithm(SealAlgorithm algorithm) {
        this.algorithm = algorithm;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public String getUploadedName() {
        return uploadedName;
    }

    public SealView getRevoking() {
        return revoking;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDateTime getEffective() {
        return effective;
    }

    public void setEffective(LocalDateTime effective) {
        this.effective = effective;
    }
}
