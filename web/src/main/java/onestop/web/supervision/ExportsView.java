package onestop.web.supervision;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import onestop.common.CenterTime;
import onestop.common.OnestopException;
import onestop.export.ExportJob;
import onestop.export.ExportJobView;
import onestop.export.ExportKind;
import onestop.export.ExportService;
import onestop.web.i18n.Messages;

import java.io.Serial;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * The auditors' and supervisors' exports: ask for one (what, and its month, period or case
 * number), follow its progress while it is made in the background (the page polls only while
 * one of the user's exports is queued or running), download it when it is done.
 */
@Named
@ViewScoped
public class ExportsView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private ExportService exports;

    private ExportKind kind = ExportKind.AUDIT_PDF;
    private String parameter;
    private List<ExportJobView> jobs = List.of();

    @PostConstruct
    void init() {
        parameter = defaultParameter(kind);
        refresh();
    }

    public void request() {
        try {
            ExportJobView job = exports.request(kind, parameter);
            Messages.infoFrom(Labels.BUNDLE, "exports.requested", kindLabel(job.kind()), job.parameter());
        } catch (OnestopException e) {
            Messages.error(e);
        }
        refresh();
    }

    public void refresh() {
        jobs = exports.mine();
    }

    /** The parameter suggested for a kind: last month for the bulletin, this month for the periods. */
    public void kindChanged() {
        parameter = defaultParameter(kind);
    }

    static String defaultParameter(ExportKind kind) {
        YearMonth month = YearMonth.from(CenterTime.today());
        return switch (kind) {
            case BULLETIN_PDF -> month.minusMonths(1).toString();
            case DOSSIER_PDF -> "";
            default -> month.toString();
        };
    }

    public boolean isAnyRunning() {
        return jobs.stream().anyMatch(ExportsView::running);
    }

    public static boolean running(ExportJobView job) {
        return job.status() == ExportJob.Status.QUEUED || job.status() == ExportJob.Status.RUNNING;
    }

    /** Why an export failed, in the user's language. */
    public String error(ExportJobView job) {
        if (job.errorKey() == null) {
            return Messages.text(locale(), "export.failed");
        }
        return job.errorArg() == null ? Messages.text(locale(), job.errorKey())
                : Messages.text(locale(), job.errorKey(), job.errorArg());
    }

    public String size(Long bytes) {
        if (bytes == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMaximumFractionDigits(1);
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? f.format(bytes / 1024.0) + " KB"
                : f.format(bytes / (1024.0 * 1024.0)) + " MB";
    }

    public String kindLabel(ExportKind k) {
        return Labels.text(locale(), "exports.kind." + k.name());
    }

    public ExportKind[] getKinds() {
        return ExportKind.values();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public ExportKind getKind() {
        return kind;
    }

    public void setKind(ExportKind kind) {
        this.kind = kind;
    }

    public String getParameter() {
        return parameter;
    }

    public void setParameter(String parameter) {
        this.parameter = parameter;
    }

    public List<ExportJobView> getJobs() {
        return jobs;
    }
}
