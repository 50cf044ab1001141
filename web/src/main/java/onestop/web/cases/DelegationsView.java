package onestop.web.cases;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import onestop.casework.CaseService;
import onestop.common.OnestopException;
import onestop.web.i18n.Messages;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * The chief representative authorises colleagues of the department to decide cases in their
 * stead (and takes the authority back); the EJB checks that the colleague is active staff of the
 * same department.
 */
@Named
@ViewScoped
public class DelegationsView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private CaseService cases;

    private List<String> delegates = List.of();
    private String login;

    @PostConstruct
    void load() {
        try {
            delegates = cases.delegates();
        } catch (OnestopException e) {
            Messages.error(e);
        }
    }

    public void delegate() {
        String who = login == null ? "" : login.strip();
        try {
            cases.delegateDecisions(who);
            Messages.infoFrom(CaseTexts.BUNDLE, "delegation.granted", who);
            login = null;
        } catch (OnestopException e) {
            Messages.errorAt("delegation:login", e);
        }
        load();
    }

    public void revoke(String who) {
        try {
            cases.revokeDelegation(who);
            Messages.infoFrom(CaseTexts.BUNDLE, "delegation.revoked", who);
        } catch (OnestopException e) {
            Messages.error(e);
        }
        load();
    }

    public List<String> getDelegates() { return delegates; }
    public String getLogin() { return login; }
    public void setLogin(String login) { this.login = login; }
}
