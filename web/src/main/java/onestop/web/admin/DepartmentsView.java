package onestop.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import onestop.center.CenterService;
import onestop.center.CenterViews.DepartmentForm;
import onestop.center.CenterViews.DepartmentView;
import onestop.center.CenterViews.HallView;
import onestop.common.OnestopException;
import onestop.common.Text;
import onestop.web.i18n.Messages;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** Center management: the departments stationed in the center. */
@Named
@ViewScoped
public class DepartmentsView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private CenterService center;

    private List<DepartmentView> list;
    private List<HallView> halls;
    private boolean isNew = true;
    private String code;
    private String nameHant;
    private String nameHans;
    private String nameEn;
    private String hallCode;
    private String phone;
    private boolean active = true;
    private long version;

    @PostConstruct
    void load() {
        list = center.departments();
        halls = center.halls();
    }

    public void startNew() {
        fill(null);
    }

    public void startEdit(DepartmentView d) {
        fill(d);
    }

    private void fill(DepartmentView d) {
        isNew = d == null;
        code = d == null ? null : d.code();
        nameHant = d == null ? null : d.name().hant();
        nameHans = d == null ? null : d.name().hans();
        nameEn = d == null ? null : d.name().en();
        hallCode = d == null ? null : d.hallCode();
        phone = d == null ? null : d.phone();
        active = d == null || d.active();
        version = d == null ? 0 : d.version();
    }

    public void save() {
        try {
            DepartmentForm form = new DepartmentForm(code, new Text(nameHant, nameHans, nameEn), hallCode, phone, active,
                    version);
            DepartmentView saved = isNew ? center.createDepartment(form) : center.updateDepartment(form);
            Messages.info("department.saved", saved.code());
            list = center.departments();
            Dialogs.close("departmentDialog");
        } catch (OnestopException e) {
            Messages.error(e);
        }
    }

    public List<DepartmentView> getList() {
        return list;
    }

    public List<HallView> getHalls() {
        return halls;
    }

    public boolean isNew() {
        return isNew;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameHant() {
        return nameHant;
    }

    public void setNameHant(String nameHant) {
        this.nameHant = nameHant;
    }

    public String getNameHans() {
        return nameHans;
    }

    public void setNameHans(String nameHans) {
        this.nameHans = nameHans;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getHallCode() {
        return hallCode;
    }

    public void setHallCode(String hallCode) {
        this.hallCode = hallCode;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
