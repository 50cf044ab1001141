package onestop.web.publicside;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import onestop.center.CenterService;
import onestop.center.CenterViews.DepartmentView;
import onestop.disclosure.PublicException;
import onestop.opinions.Opinion;
import onestop.opinions.OpinionCategory;
import onestop.opinions.OpinionService;
import onestop.opinions.OpinionViews.DeadlineView;
import onestop.opinions.OpinionViews.OpinionForm;
import onestop.opinions.OpinionViews.PublicOpinion;
import onestop.opinions.OpinionViews.Receipt;
import onestop.web.publicside.PublicLimits.Kind;

import java.util.List;

/**
 * {@code /opinions.xhtml}: the form for a question, complaint or suggestion (a POST registers it
 * and shows the tracking number), and the look-up of one by tracking number
 * ({@code ?tracking=}), with the reply when there is one.
 */
@Named
@RequestScoped
public class OpinionsPage extends PublicPage {
    @EJB
    private OpinionService opinions;

    @EJB
    private CenterService center;


    private String category;
    private String department;
    private String text;
    private String contact;
    private String tracking;
    private Receipt receipt;
    private PublicOpinion opinion;

    public void load() {
        cacheControl(NO_STORE);
        tracking = param("tracking");
        try {
            if (posted()) {
                submit();
            } else if (tracking != null && !tracking.isBlank()) {
                limits.take(Kind.LOOKUP, ClientAddress.of(request()));
                opinion = opinions.status(tracking);
            }
        } catch (PublicException e) {
            refused(e);
        }
    }

    private void submit() {
        category = param("category");
        department = param("department");
        text = param("text");
        contact = param("contact");
        if (robot()) {
            throw new PublicException("opinion.rejected");
        }
        limits.take(Kind.SUBMISSION, ClientAddress.of(request()));
        OpinionCategory c = null;
        if (category != null && !category.isBlank()) {
            try {
                c = OpinionCategory.valueOf(category.strip());
            } catch (IllegalArgumentException e) {
                throw new PublicException("opinion.categoryRequired");
            }
        }
        receipt = opinions.submit(new OpinionForm(c, department, text, contact));
    }

    public List<DepartmentView> getDepartments() {
        return center.departments().stream().filter(DepartmentView::active).toList();
    }

    public List<DeadlineView> getDeadlines() {
        return opinions.deadlines();
    }

    public int getMaxText() {
        return Opinion.MAX_TEXT;
    }

    public int getMaxContact() {
        return Opinion.MAX_CONTACT;
    }

    public String getCategory() { return category; }
    public String getDepartment() { return department; }
    public String getText() { return text; }
    public String getContact() { return contact; }
    public String getTracking() { return tracking; }
    public Receipt getReceipt() { return receipt; }
    public PublicOpinion getOpinion() { return opinion; }
}
