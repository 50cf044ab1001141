package onestop.web.publicside;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import onestop.disclosure.CaseProgress;
import onestop.disclosure.DisclosureViews.ProgressView;
import onestop.disclosure.PublicException;
import onestop.web.publicside.PublicLimits.Kind;

/**
 * {@code /progress.xhtml}: the applicant types the case number and the query code (the page
 * takes {@code ?number=} to fill the first in); the answer shows where the case stands.
 */
@Named
@RequestScoped
public class ProgressPage extends PublicPage {
    @EJB
    private CaseProgress progress;


    private String number;
    private String code;
    private ProgressView result;

    public void load() {
        cacheControl(NO_STORE);
        number = param("number");
        if (!posted()) {
            return;
        }
        code = param("code");
        try {
            String address = ClientAddress.of(request());
            limits.take(Kind.LOOKUP, address);
            result = progress.lookup(number, code, address);
        } catch (PublicException e) {
            refused(e);
        }
    }

    public String getNumber() {
        return number;
    }

    /** The code is never echoed back into the page after a failure. */
    public String getCode() {
        return result == null ? null : code;
    }

    public ProgressView getResult() {
        return result;
    }
}
