package onestop.web.home;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import onestop.center.CenterService;
import onestop.center.CenterViews.CenterOverview;

/** The public home page: the center, its halls, departments and windows. No login. */
@Named
@RequestScoped
public class CenterHomeView {
    @EJB
    private CenterService center;

    private CenterOverview overview;

    @PostConstruct
    void load() {
        overview = center.overview();
    }

    public CenterOverview getOverview() {
        return overview;
    }
}
