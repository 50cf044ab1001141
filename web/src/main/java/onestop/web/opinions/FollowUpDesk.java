package onestop.web.opinions;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import onestop.common.CenterTime;
import onestop.common.OnestopException;
import onestop.evaluation.EvaluationService;
import onestop.evaluation.EvaluationViews.FollowUpView;
import onestop.evaluation.EvaluationViews.Satisfaction;
import onestop.security.Roles;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Bad-rating follow-ups ({@code /staff/opinions/followups.xhtml}): the department's staff record
 * the call back, then the rectification; supervisors, management and auditors read every
 * department's and this month's satisfaction per window.
 */
@Named
@ViewScoped
public class FollowUpDesk implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private EvaluationService evaluations;

    @Inject
    private HttpServletRequest request;

    private boolean openOnly = true;
    private List<FollowUpView> list;
    private List<Satisfaction> satisfaction = List.of();
    private FollowUpView selected;
    private String text;

    @PostConstruct
    void load() {
        list = evaluations.followUps(openOnly);
        if (isReader()) {
            LocalDate today = CenterTime.today();
            satisfaction = evaluations.satisfaction(today.withDayOfMonth(1), today);
        }
    }

    public boolean isReader() {
        return request.isUserInRole(Roles.SUPERVISOR) || request.isUserInRole(Roles.CENTER_ADMIN)
                || request.isUserInRole(Roles.AUDITOR);
    }

    public void filterChanged() {
        load();
    }

    public void open(FollowUpView f) {
        selected = f;
        text = null;
    }

    public void save() {
        try {
            selected = "OPEN".equals(selected.status())
                    ? evaluations.recordCall(selected.id(), selected.version(), text)
                    : evaluations.recordRectification(selected.id(), selected.version(), text);
            DeskMessages.done("staff.followups.saved", selected.caseNumber());
            text = null;
            load();
        } catch (OnestopException e) {
            DeskMessages.refused(e);
        }
    }

    public boolean isOpenOnly() { return openOnly; }
    public void setOpenOnly(boolean openOnly) { this.openOnly = openOnly; }
    public List<FollowUpView> getList() { return list; }
    public List<Satisfaction> getSatisfaction() { return satisfaction; }
    public FollowUpView getSelected() { return selected; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
