package onestop.web.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import onestop.catalog.CatalogImportService;
import onestop.catalog.CatalogViews.ItemSummary;
import onestop.catalog.ImportReport;
import onestop.catalog.ItemCatalog;
import onestop.common.OnestopException;
import onestop.web.i18n.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Center management's catalog: every item with its state, the import and the batches waiting for review. */
@Named
@ViewScoped
public class CatalogAdminView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private ItemCatalog catalog;

    @EJB
    private CatalogImportService imports;

    private List<ItemSummary> items;
    private List<String> batches;
    private byte[] file;
    private String fileName;
    private ImportReport report;
    private LocalDate effective;

    @PostConstruct
    void load() {
        items = catalog.all();
        batches = imports.pendingBatches();
    }

    public void upload(FileUploadEvent event) {
        UploadedFile uploaded = event.getFile();
        file = uploaded.getContent();
        fileName = uploaded.getFileName();
        report = null;
        dryRun();
    }

    public void dryRun() {
        if (requireFile()) {
            run(() -> report = imports.dryRun(file));
        }
    }

    private boolean requireFile() {
        if (file == null) {
            Messages.error("catalog.import.noFile");
            return false;
        }
        return true;
    }

    public void submit() {
        if (!requireFile()) {
            return;
        }
        run(() -> {
            report = imports.submit(file);
            if (report.clean() && report.batch() != null) {
                Messages.info("catalog.import.submitted", report.batch());
            } else if (report.clean()) {
                Messages.info("catalog.import.nothingChanged");
            }
            load();
        });
    }

    public void approve(String batch) {
        run(() -> {
            int count = imports.approveBatch(batch, effective);
            Messages.info("catalog.import.approved", batch, count);
            load();
        });
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (OnestopException e) {
            report = null;
            Messages.error(e);
        }
    }

    public String problemText(onestop.catalog.imports.ImportProblem p) {
        java.util.Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Messages.text(locale, p.key(), p.args().toArray());
    }

    public List<ItemSummary> getItems() { return items; }
    public List<String> getBatches() { return batches; }
    public ImportReport getReport() { return report; }
    public String getFileName() { return fileName; }
    public LocalDate getEffective() { return effective; }
    public void setEffective(LocalDate effective) { this.effective = effective; }
}
