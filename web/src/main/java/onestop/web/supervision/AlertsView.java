package onestop.web.supervision;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import onestop.center.CenterService;
import onestop.center.CenterViews.DepartmentView;
import onestop.common.OnestopException;
import onestop.security.Roles;
import onestop.supervision.AlertKind;
import onestop.supervision.AlertService;
import onestop.supervision.AlertStatus;
import onestop.supervision.AlertView;
import onestop.web.i18n.Messages;
import org.primefaces.PrimeFaces;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The cards (紅黃牌) in the workbench: the department's chief representative sees its own and
 * explains them; supervisors see all, close them or escalate them with a rectification notice;
 * supervisors and center management set the warning margin. The EJB decides who may do what;
 * the page only offers what the role can do.
 */
@Named
@ViewScoped
public class AlertsView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    static final int DEFAULT_RECTIFICATION_DAYS = 5;

    @EJB
    private AlertService alerts;

    @EJB
    private CenterService center;

    private boolean openOnly = true;
    private String department;
    private String caseNumber;
    private List<AlertView> list;
    private List<DepartmentView> departments;

    private AlertView selected;
    private String text;
    private int workingDays = DEFAULT_RECTIFICATION_DAYS;

    private int margin;
    private String marginItem;
    private Integer marginDays;

    @PostConstruct
    void init() {
        departments = center.departments();
        load();
    }

    public void load() {
        String number = caseNumber == null ? "" : caseNumber.strip().toUpperCase(Locale.ROOT);
        list = alerts.list(openOnly, department).stream()
                .filter(a -> number.isEmpty() || (a.caseNumber() != null && a.caseNumber().contains(number))).toList();
        margin = alerts.margin();
        if (marginDays == null) {
            marginDays = margin;
        }
    }

    /** Opens one of the dialogs on an alert, with an empty text. */
    public void select(AlertView alert) {
        selected = alert;
        text = null;
        workingDays = DEFAULT_RECTIFICATION_DAYS;
    }

    public void explain() {
        act(() -> alerts.explain(selected.id(), selected.version(), text), "alerts.done.explained", "explainDialog");
    }

    public void close() {
        act(() -> alerts.close(selected.id(), selected.version(), text), "alerts.done.closed", "closeDialog");
    }

    public void escalate() {
        act(() -> alerts.escalate(selected.id(), selected.version(), text, workingDays), "alerts.done.escalated",
                "escalateDialog");
    }

    private void act(java.util.function.Supplier<AlertView> action, String doneKey, String dialog) {
        try {
            AlertView done = action.get();
            Messages.infoFrom(Labels.BUNDLE, doneKey, subject(done));
            // the handled card stays in view with its new state (and its notice), even under "open only"
            list = list.stream().map(a -> a.id() == done.id() ? done : a).toList();
            PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
            PrimeFaces.current().ajax().update(":messages", ":alerts");
        } catch (OnestopException e) {
            Messages.error(e);
        }
    }

    public void saveMargin() {
        try {
            int days = marginDays == null ? -1 : marginDays;
            alerts.setMargin(marginItem, days);
            Messages.infoFrom(Labels.BUNDLE, marginItem == null || marginItem.isBlank() ? "alerts.margin.saved"
                    : "alerts.margin.savedForItem", days, marginItem == null ? "" : marginItem.strip());
            marginItem = null;
            marginDays = null;
            load();
        } catch (OnestopException e) {
            Messages.error(e);
        }
    }

    // ---- what the caller may do

    public boolean mayExplain(AlertView a) {
        return inRole(Roles.CHIEF_REPRESENTATIVE) && a.status() == AlertStatus.OPEN;
    }

    public boolean mayHandle(AlertView a) {
        return inRole(Roles.SUPERVISOR) && (a.status() == AlertStatus.OPEN || a.status() == AlertStatus.EXPLAINED);
    }

    public boolean isMaySetMargin() {
        return inRole(Roles.SUPERVISOR) || inRole(Roles.CENTER_ADMIN);
    }

    public boolean isAllDepartments() {
        return !inRole(Roles.CHIEF_REPRESENTATIVE);
    }

    private static boolean inRole(String role) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(role);
    }

    // ---- labels

    /** What the card is about, in the user's language: the kind, the case (and step) and the limit. */
    public String what(AlertView a) {
        String due = a.dueOn() == null ? Labels.NONE : a.dueOn().toString();
        return Labels.text(locale(), "alerts.what." + a.kind().name(), due, a.stepPosition() == null ? "" : a.stepPosition());
    }

    public String subject(AlertView a) {
        return a.caseNumber() == null ? "#" + a.id() : a.caseNumber()
                + (a.stepPosition() == null ? "" : " #" + a.stepPosition());
    }

    public String departmentName(String code) {
        return departments.stream().filter(d -> d.code().equals(code)).findFirst()
                .map(d -> d.name().in(locale())).orElse(code);
    }

    public String caseLink(String number) {
        return Labels.caseLink(number);
    }

    public long count(String card) {
        AlertKind.Card c = AlertKind.Card.valueOf(card);
        return list.stream().filter(a -> a.card() == c)
                .filter(a -> a.status() == AlertStatus.OPEN || a.status() == AlertStatus.EXPLAINED).count();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    // ---- properties

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public List<AlertView> getList() {
        return list;
    }

    public List<DepartmentView> getDepartments() {
        return departments;
    }

    public AlertView getSelected() {
        return selected;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public int getWorkingDays() {
        return workingDays;
    }

    public void setWorkingDays(int workingDays) {
        this.workingDays = workingDays;
    }

    public int getMargin() {
        return margin;
    }

    public String getMarginItem() {
        return marginItem;
    }

    public void setMarginItem(String marginItem) {
        this.marginItem = marginItem;
    }

    public Integer getMarginDays() {
        return marginDays;
    }

    public void setMarginDays(Integer marginDays) {
        this.marginDays = marginDays;
    }
}
