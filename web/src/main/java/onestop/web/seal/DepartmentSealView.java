package onestop.web.seal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import onestop.common.OnestopException;
import onestop.security.Roles;
import onestop.seal.SealService;
import onestop.seal.SealViews.DepartmentSeal;
import onestop.seal.SealViews.SealUseView;
import onestop.web.i18n.Messages;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * A department's seal as its window staff see it: the seal in force, who may apply it (the chief
 * representative names and removes people here) and the usage log (chief representative).
 */
@Named
@ViewScoped
public class DepartmentSealView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private SealService seals;

    @Inject
    private HttpServletRequest request;

    private DepartmentSeal mine;
    private List<SealUseView> uses;
    private boolean chief;
    private String login;

    @PostConstruct
    void load() {
        chief = request.isUserInRole(Roles.CHIEF_REPRESENTATIVE);
        mine = seals.mine();
        uses = chief ? seals.uses(mine.departmentCode(), 100) : List.of();
    }

    public void name() {
        try {
            seals.nameUser(login);
            Messages.info("seal.userNamed", login);
            login = null;
            load();
        } catch (OnestopException e) {
            Messages.error(e);
        }
    }

    public void remove(String user) {
        try {
            seals.removeUser(user);
            Messages.info("seal.userRemoved", user);
            load();
        } catch (OnestopException e) {
            Messages.error(e);
        }
    }

    public DepartmentSeal getMine() {
        return mine;
    }

    public List<SealUseView> getUses() {
        return uses;
    }

    public boolean isChief() {
        return chief;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }
}
