package onestop.web.opinions;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import onestop.common.OnestopException;
import onestop.opinions.OpinionCategory;
import onestop.opinions.OpinionService;
import onestop.web.publicside.PublicTexts;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Center management sets the reply deadline of each category of opinion ({@code /staff/admin/opinion-deadlines.xhtml}). */
@Named
@ViewScoped
public class OpinionDeadlinesView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private OpinionService opinions;

    private List<Row> rows;

    /** One category as edited. */
    public static class Row implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private final OpinionCategory category;
        private Integer days;
        private final String updatedBy;
        private final Instant updatedAt;

        Row(OpinionCategory category, Integer days, String updatedBy, Instant updatedAt) {
            this.category = category;
            this.days = days;
            this.updatedBy = updatedBy;
            this.updatedAt = updatedAt;
        }

        public OpinionCategory getCategory() { return category; }
        public Integer getDays() { return days; }
        public void setDays(Integer days) { this.days = days; }
        public String getUpdatedBy() { return updatedBy; }
        public Instant getUpdatedAt() { return updatedAt; }
    }

    @PostConstruct
    void load() {
        rows = opinions.deadlines().stream()
                .map(d -> new Row(d.category(), d.workingDays(), d.updatedBy(), d.updatedAt())).toList();
    }

    public void save(Row row) {
        try {
            opinions.setDeadline(row.getCategory(), row.getDays() == null ? 0 : row.getDays());
            DeskMessages.done("staff.deadlines.saved", PublicTexts.label(FacesContext.getCurrentInstance().getViewRoot()
                    .getLocale(), "category." + row.getCategory().name(), row.getCategory().name()), row.getDays());
        } catch (OnestopException e) {
            DeskMessages.refused(e);
        }
        load();
    }

    public List<Row> getRows() { return rows; }
}
