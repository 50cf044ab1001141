package onestop.web.cases;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import onestop.casework.CaseQueries;
import onestop.casework.CaseStatus;
import onestop.casework.CaseViews.CaseSummary;
import onestop.common.OnestopException;
import onestop.security.Roles;
import onestop.web.i18n.Messages;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * "My queue" of window staff (their department's open cases and the joint tasks sent to it), or
 * "Open cases" for the readers of all cases: most urgent first, as {@link CaseQueries#queue} sorts
 * it, optionally narrowed to one status.
 */
@Named
@ViewScoped
public class CaseQueueView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private CaseQueries queries;

    private List<CaseSummary> all = List.of();
    private CaseStatus status;
    private boolean windowStaff;

    @PostConstruct
    void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        windowStaff = external.isUserInRole(Roles.CLERK) || external.isUserInRole(Roles.CHIEF_REPRESENTATIVE);
        reload();
    }

    public void reload() {
        try {
            all = queries.queue();
        } catch (OnestopException e) {
            Messages.error(e);
        }
    }

    public List<CaseSummary> getLines() {
        return status == null ? all : all.stream().filter(c -> c.status() == status).toList();
    }

    /** Window staff see their own work; supervisors, archivists, auditors and management see all open cases. */
    public boolean isMine() {
        return windowStaff;
    }

    public boolean isMayRegister() {
        return windowStaff;
    }

    public List<CaseStatus> getStatuses() {
        return CaseStatus.OPEN.stream().sorted().toList();
    }

    public CaseStatus getStatus() { return status; }
    public void setStatus(CaseStatus status) { this.status = status; }
}
