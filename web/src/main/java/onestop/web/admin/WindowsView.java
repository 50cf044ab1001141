package onestop.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import onestop.center.CenterService;
import onestop.center.CenterViews.DepartmentView;
import onestop.center.CenterViews.HallView;
import onestop.center.CenterViews.WindowForm;
import onestop.center.CenterViews.WindowView;
import onestop.common.OnestopException;
import onestop.web.i18n.Messages;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** Center management: the numbered windows and the department at each. */
@Named
@ViewScoped
public class WindowsView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private CenterService center;

    private List<WindowView> list;
    private List<DepartmentView> departments;
    private List<HallView> halls;
    private boolean isNew = true;
    private String code;
    private String departmentCode;
    private String hallCode;
    private boolean active = true;
    private long version;

    @PostConstruct
    void load() {
        list = center.windows();
        departments = center.departments();
        halls = center.halls();
    }

    public void startNew() {
        fill(null);
    }

    public void startEdit(WindowView w) {
        fill(w);
    }

    private void fill(WindowView w) {
        isNew = w == null;
        code = w == null ? null : w.code();
        departmentCode = w == null ? null : w.departmentCode();
        hallCode = w == null ? null : w.hallCode();
        active = w == null || w.active();
        version = w == null ? 0 : w.version();
    }

    public void save() {
        try {
            WindowForm form = new WindowForm(code, departmentCode, hallCode, active, version);
            WindowView saved = isNew ? center.createWindow(form) : center.updateWindow(form);
            Messages.info("window.saved", saved.code());
            list = center.windows();
            Dialogs.close("windowDialog");
        } catch (OnestopException e) {
            Messages.error(e);
        }
    }

    public List<WindowView> getList() {
        return list;
    }

    public List<DepartmentView> getDepartments() {
        return departments;
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

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public String getHallCode() {
        return hallCode;
    }

    public void setHallCode(String hallCode) {
        this.hallCode = hallCode;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
