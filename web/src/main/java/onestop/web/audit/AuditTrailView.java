package onestop.web.audit;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import onestop.audit.AuditFilter;
import onestop.audit.AuditRecord;
import onestop.audit.AuditService;
import onestop.audit.ChainVerification;
import onestop.common.CenterTime;
import onestop.web.i18n.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The audit trail for auditors, supervisors and center management: every entry, newest first, a
 * page at a time, narrowed by period (days in the center's time zone), actor, action and object;
 * and the chain check.
 */
@Named
@ViewScoped
public class AuditTrailView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    private static final String ACTION = "audit.action.";
    private static final String OBJECT = "audit.object.";

    @EJB
    private AuditService audit;

    private LocalDate from;
    private LocalDate to;
    private String actor;
    private String action;
    private String objectType;
    private String objectId;
    private AuditFilter filter = AuditFilter.any();
    private final Entries entries = new Entries();
    private ChainVerification verification;

    @PostConstruct
    void load() {
        search();
    }

    /** Applies the filter the user entered; a period that ends before it starts is refused. */
    public void search() {
        if (from != null && to != null && to.isBefore(from)) {
            Messages.error("metrics.periodReversed", from.toString(), to.toString());
            return;
        }
        filter = new AuditFilter(startOf(from), to == null ? null : startOf(to.plusDays(1)), actor, action, objectType,
                objectId);
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(CenterTime.zone()).toInstant();
    }

    public void clear() {
        from = null;
        to = null;
        actor = null;
        action = null;
        objectType = null;
        objectId = null;
        search();
    }

    public void verify() {
        verification = audit.verifyChain();
        if (verification.intact()) {
            Messages.info("audit.intact", verification.entriesChecked());
        } else {
            Messages.error("audit.broken", verification.firstBrokenSeq(), verification.problem());
        }
    }

    /** The actions (or object types) the trail has labels for, as codes, sorted. */
    public List<String> getActions() {
        return codes(ACTION);
    }

    public List<String> getObjectTypes() {
        return codes(OBJECT);
    }

    private static List<String> codes(String prefix) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Collections.list(ResourceBundle.getBundle(Messages.BUNDLE, locale).getKeys()).stream()
                .filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length())).sorted().toList();
    }

    /** The entries of the current filter, loaded a page at a time. */
    public final class Entries extends LazyDataModel<AuditRecord> {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, audit.count(filter));
        }

        @Override
        public List<AuditRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return audit.search(filter, first, pageSize);
        }

        @Override
        public String getRowKey(AuditRecord entry) {
            return Long.toString(entry.seq());
        }

        @Override
        public AuditRecord getRowData(String rowKey) {
            return null;
        }
    }

    public Entries getEntries() {
        return entries;
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getObjectType() {
        return objectType;
    }

    public void setObjectType(String objectType) {
        this.objectType = objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public void setObjectId(String objectId) {
        this.objectId = objectId;
    }

    /** The filter in force, e.g. for a link to the same entries elsewhere. */
    public AuditFilter getFilter() {
        return filter;
    }
}
