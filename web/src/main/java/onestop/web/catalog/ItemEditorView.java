package onestop.web.catalog;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import onestop.catalog.CatalogException;
import onestop.catalog.CatalogService;
import onestop.catalog.CatalogViews.FieldChange;
import onestop.catalog.CatalogViews.VersionView;
import onestop.catalog.HandlingMode;
import onestop.catalog.ItemType;
import onestop.catalog.MaterialForm;
import onestop.catalog.MaterialLevel;
import onestop.catalog.VersionStatus;
import onestop.center.CenterService;
import onestop.center.CenterViews.DepartmentView;
import onestop.center.CenterViews.HallView;
import onestop.common.OnestopException;
import onestop.security.Role;
import onestop.web.i18n.Messages;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Center management's item editor: the versions of one item, its open draft (edit, submit,
 * approve or send back), a new draft from the current version, cancellation of the item or of a
 * fee by decree, and the comparison of two versions.
 */
@Named
@ViewScoped
public class ItemEditorView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    private static final List<Role> STEP_ROLES = List.of(Role.CLERK, Role.CHIEF_REPRESENTATIVE, Role.CASHIER);

    @EJB
    private CatalogService catalog;

    @EJB
    private CenterService center;

    private String code;
    private String newCode;
    private List<VersionView> versions = List.of();
    private VersionView open;
    private DraftForm form = new DraftForm();
    private List<DepartmentView> departments;
    private List<HallView> halls;
    private LocalDate effective;
    private String decree;
    private LocalDate decreeEffective;
    private String feeCode;
    private Long compareFrom;
    private Long compareTo;
    private List<FieldChange> changes;

    public void load() {
        departments = center.departments();
        halls = center.halls();
        if (code != null && !code.isBlank()) {
            try {
                refresh();
            } catch (OnestopException e) {
                Messages.error(e);
                code = null;
            }
        }
    }

    private void refresh() {
        versions = catalog.versions(code);
        open = versions.stream().filter(v -> v.status() != VersionStatus.PUBLISHED).reduce((a, b) -> b).orElse(null);
        VersionView shown = open != null ? open : versions.get(versions.size() - 1);
        form = DraftForm.of(shown.content(), open == null ? null : open.changeNote());
    }

    public boolean isNewItem() {
        return code == null || code.isBlank();
    }

    public boolean isEditable() {
        return isNewItem() || (open != null && open.status() == VersionStatus.DRAFT);
    }

    public boolean isInReview() {
        return open != null && open.status() == VersionStatus.IN_REVIEW;
    }

    public void save() throws IOException {
        run(() -> {
            if (isNewItem()) {
                VersionView created = catalog.create(newCode, form.toContent(), form.getChangeNote());
                Messages.info("catalog.created", created.code());
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                FacesContext.getCurrentInstance().getExternalContext().redirect(
                        FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                                + "/staff/admin/item.xhtml?code=" + created.code());
                return;
            }
            catalog.saveDraft(code, form.toContent(), form.getChangeNote(), open.lockVersion());
            Messages.info("catalog.saved", code);
            refresh();
        });
    }

    public void submit() {
        run(() -> {
            catalog.saveDraft(code, form.toContent(), form.getChangeNote(), open.lockVersion());
            catalog.submit(code);
            Messages.info("catalog.submitted", code);
            refresh();
        });
    }

    public void approve() {
        run(() -> {
            VersionView v = catalog.approve(code, effective);
            Messages.info("catalog.published", code, v.number(), v.effectiveDate().toString());
            refresh();
        });
    }

    public void sendBack() {
        run(() -> {
            catalog.sendBack(code, null);
            Messages.info("catalog.sentBack", code);
            refresh();
        });
    }

    public void startDraft() {
        run(() -> {
            catalog.startDraft(code);
            Messages.info("catalog.draftStarted", code);
            refresh();
        });
    }

    /** The cancel dialog: the whole item when no fee is chosen, else that fee item. */
    public void cancel() {
        if (feeCode == null || feeCode.isBlank()) {
            cancelItem();
        } else {
            cancelFee();
        }
    }

    public void cancelItem() {
        run(() -> {
            catalog.cancelItem(code, decree, decreeEffective);
            Messages.info("catalog.itemCancelledDone", code);
            refresh();
        });
    }

    public void cancelFee() {
        run(() -> {
            catalog.cancelFee(code, feeCode, decree, decreeEffective);
            Messages.info("catalog.feeCancelledDone", feeCode);
            refresh();
        });
    }

    /** A blank form or sample for one material row; the row comes with the upload component. */
    public void uploadSample(org.primefaces.event.FileUploadEvent event) {
        DraftForm.Material material = (DraftForm.Material) event.getComponent().getAttributes().get("material");
        run(() -> {
            String name = event.getFile().getFileName();
            String safeName = name == null ? "sample" : name.replaceAll("[\\/:*?\"<>|]", "_");
            var info = catalog.storeSample(event.getFile().getContent());
            material.attachSample(info.sha256(), safeName.length() > 200 ? safeName.substring(0, 200) : safeName);
            Messages.info("catalog.sampleAttached", safeName);
        });
    }

    public void compare() {
        run(() -> {
            if (compareFrom == null || compareTo == null) {
                throw new CatalogException("catalog.chooseTwoVersions");
            }
            changes = catalog.compare(code, compareFrom, compareTo);
        });
    }

    private void run(Action action) {
        try {
            action.run();
        } catch (CatalogException e) {
            if (e.problems().isEmpty()) {
                Messages.error(e);
            } else {
                e.problems().forEach(p -> Messages.error("catalog.problem",
                        Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "catalog.field." + p.field()),
                        Messages.text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), p.key(), p.args().toArray())));
            }
        } catch (OnestopException e) {
            Messages.error(e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface Action {
        void run() throws IOException;
    }

    public String versionLabel(VersionView v) {
        return v.number() == null ? v.status().name() : "v" + v.number();
    }

    public ItemType[] getTypes() { return ItemType.values(); }
    public HandlingMode[] getModes() { return HandlingMode.values(); }
    public MaterialForm[] getForms() { return MaterialForm.values(); }
    public MaterialLevel[] getLevels() { return MaterialLevel.values(); }
    public List<Role> getStepRoles() { return STEP_ROLES; }
    public List<DepartmentView> getDepartments() { return departments; }
    public List<HallView> getHalls() { return halls; }
    public List<VersionView> getVersions() { return versions; }
    public VersionView getOpen() { return open; }
    public DraftForm getForm() { return form; }
    public List<FieldChange> getChanges() { return changes; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNewCode() { return newCode; }
    public void setNewCode(String newCode) { this.newCode = newCode; }
    public LocalDate getEffective() { return effective; }
    public void setEffective(LocalDate effective) { this.effective = effective; }
    public String getDecree() { return decree; }
    public void setDecree(String decree) { this.decree = decree; }
    public LocalDate getDecreeEffective() { return decreeEffective; }
    public void setDecreeEffective(LocalDate decreeEffective) { this.decreeEffective = decreeEffective; }
    public String getFeeCode() { return feeCode; }
    public void setFeeCode(String feeCode) { this.feeCode = feeCode; }
    public Long getCompareFrom() { return compareFrom; }
    public void setCompareFrom(Long compareFrom) { this.compareFrom = compareFrom; }
    public Long getCompareTo() { return compareTo; }
    public void setCompareTo(Long compareTo) { this.compareTo = compareTo; }
}
