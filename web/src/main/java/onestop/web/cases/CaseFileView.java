package onestop.web.cases;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import onestop.casework.CaseAction;
import onestop.casework.CaseEnums.Decision;
import onestop.casework.CaseEnums.DocumentKind;
import onestop.casework.CaseEnums.Opinion;
import onestop.casework.CaseEnums.ReceivedForm;
import onestop.casework.CaseEnums.SuspensionKind;
import onestop.casework.CaseQueries;
import onestop.casework.CaseService;
import onestop.casework.CaseViews.CaseView;
import onestop.casework.CaseViews.DecisionForm;
import onestop.casework.CaseViews.DocumentView;
import onestop.casework.CaseViews.EventView;
import onestop.casework.CaseViews.MaterialReceipt;
import onestop.casework.CaseViews.MaterialView;
import onestop.casework.CaseViews.StepView;
import onestop.common.CenterTime;
import onestop.common.OnestopException;
import onestop.web.i18n.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;

import java.io.Serial;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The page of one case: everything the case file holds (header, materials with their scans,
 * documents, steps, suspensions, joint tasks, the timeline) and the actions the EJB layer says
 * the caller may take now ({@link CaseView#actions()}), each sent with the version of the case
 * the user saw. A concurrent change is refused by the EJB ({@code case.editConflict}); the page
 * then says so and shows the case as it is now.
 */
@Named
@ViewScoped
public class CaseFileView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    @EJB
    private CaseService cases;

    @EJB
    private CaseQueries queries;

    private String number;
    private CaseView view;
    private List<MaterialRow> materials = new ArrayList<>();
    private final ActionForm form = new ActionForm();

    /** The view action: reads the case named by {@code ?number=}. */
    public void load() {
        if (number == null || number.isBlank()) {
            Messages.error("case.unknown", "");
            return;
        }
        try {
            show(queries.find(number));
        } catch (OnestopException e) {
            Messages.error(e);
            view = null;
        }
    }

    private void show(CaseView fresh) {
        view = fresh;
        number = fresh.number();
        materials = new ArrayList<>(fresh.materials().stream().map(MaterialRow::of).toList());
    }

    private void reload() {
        try {
            show(queries.find(number));
        } catch (OnestopException e) {
            Messages.error(e);
        }
    }

    public boolean can(String action) {
        return view != null && view.actions().contains(CaseAction.valueOf(action));
    }

    /** Whether any action button is offered; otherwise the actions card says there is nothing to do now. */
    public boolean isActing() {
        return view != null && view.actions().stream()
                .anyMatch(a -> a != CaseAction.ATTACH && a != CaseAction.UPDATE_MATERIALS);
    }

    public boolean isMaterialsEditable() {
        return can("UPDATE_MATERIALS");
    }

    // ------------------------------------------------------------ actions without a dialog

    public void saveMaterials() {
        act("done.materials", null, v -> cases.updateMaterials(number, v, receipts()));
    }

    public void accept() {
        act("done.accept", null, v -> cases.accept(number, savedMaterials(v)));
    }

    public void handleOnTheSpot() {
        act("done.onTheSpot", null, v -> cases.handleOnTheSpot(number, savedMaterials(v)));
    }

    public void recordCorrection() {
        act("done.correctionRecorded", null, v -> cases.recordCorrection(number, savedMaterials(v)));
    }

    public void resume() {
        act("done.resume", null, v -> cases.resume(number, v));
    }

    public void issue() {
        act("done.issue", null, v -> cases.issue(number, v));
    }

    public void archive() {
        act("done.archive", null, v -> cases.archive(number, v));
    }

    // ------------------------------------------------------------ actions with a dialog

    /** Opens a dialog: its fields start empty (the decision's appeal text is filled in for a denial). */
    public void prepare() {
        form.clear();
    }

    public void refuse() {
        act("done.refuse", "refuseDialog", v -> cases.refuse(number, v, form.getReason(), form.getLegalBasis()));
    }

    /** The lacking materials as the table says now (saved with the notice when the clerk changed them). */
    public List<MaterialRow> getLacking() {
        return materials.stream().filter(MaterialRow::isLacking).toList();
    }

    public void requestCorrection() {
        act("done.correction", "correctionDialog", v -> cases.requestCorrection(number, savedMaterials(v), form.getNote()));
    }

    public void completeStep() {
        act("done.step", "stepDialog", v -> cases.completeStep(number, v, form.getNote()));
    }

    public void suspend() {
        act("done.suspend", "suspendDialog", v -> cases.suspend(number, v, form.getSuspensionKind(), form.getReason(),
                form.getLegalBasis(), form.getDays() == null ? 0 : form.getDays()));
    }

    public void extend() {
        act("done.extend", "extendDialog", v -> cases.extend(number, v, form.getDays() == null ? 0 : form.getDays(),
                form.getReason()));
    }

    public void answerJointTask() {
        act("done.opinion", "opinionDialog", v -> cases.answerJointTask(number, form.getOpinion(), form.getText()));
    }

    /** A denial gets the standard appeal wording (行政復議 / 行政訴訟) unless the user wrote their own. */
    public void decisionChosen() {
        if (form.getDecision() == Decision.DENIED && (form.getAppeal() == null || form.getAppeal().isBlank())) {
            form.setAppeal(Messages.textIn(CaseTexts.BUNDLE, FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                    "decide.appealDefault"));
        }
    }

    /** An approval carries what its license permits and until when; a denial its way to appeal. */
    public void decide() {
        boolean denied = form.getDecision() == Decision.DENIED;
        act("done.decide", "decideDialog", v -> cases.decide(number, v, new DecisionForm(form.getDecision(),
                form.getReason(), form.getLegalBasis(), denied ? form.getAppeal() : null,
                denied ? null : form.getLicenseScope(), denied ? null : form.getLicenseValidUntil())));
    }

    /** The first day a license may end on: the day of the decision, today. */
    public LocalDate getToday() {
        return CenterTime.today();
    }

    /** Why a notice of the case carries no seal, when the case can tell: the system made it (a deemed acceptance). */
    public boolean isMadeBySystem(DocumentView d) {
        return CaseService.SYSTEM.equals(d.addedBy());
    }

    public void collect() {
        act("done.collect", "collectDialog", v -> cases.collect(number, v, form.getNote()));
    }

    /** A scan for one material (or for the case as a whole when the upload names no material). */
    public void upload(FileUploadEvent event) {
        MaterialRow row = (MaterialRow) event.getComponent().getAttributes().get("material");
        String name = event.getFile().getFileName();
        try {
            CaseView fresh = cases.attach(number, row == null ? null : row.getPosition(), name, event.getFile().getContent());
            List<MaterialRow> edited = materials;
            show(fresh);
            materials = edited; // an upload does not undo the clerk's unsaved ticks
            Messages.infoFrom(CaseTexts.BUNDLE, "done.attach", name == null ? "" : name);
        } catch (OnestopException e) {
            Messages.errorAt(event.getComponent().getClientId(), e);
        }
    }

    // ------------------------------------------------------------ how every action runs

    /**
     * Runs one action with the version the user saw. On success: the confirmation, the dialog
     * closed, the case as it is now. A concurrent change: the conflict message, the dialog closed,
     * the case reloaded. Any other refusal: its message where the user is (the dialog stays open).
     */
    private void act(String doneKey, String dialog, Function<Long, CaseView> action) {
        try {
            Long before = view.version();
            action.apply(before);
            reload();
            Messages.infoFrom(CaseTexts.BUNDLE, doneKey, number);
            closeDialog(dialog);
        } catch (OnestopException e) {
            Messages.error(e);
            if ("case.editConflict".equals(e.key()) || "case.stateConflict".equals(e.key())) {
                reload();
                closeDialog(dialog);
            }
        } catch (EJBException e) {
            if (!isOptimisticLock(e)) {
                throw e;
            }
            Messages.error("common.staleEdit", number);
            reload();
            closeDialog(dialog);
        }
    }

    /**
     * The materials as the clerk left them in the table, saved first when they differ from the
     * case (so that ticking a late material and accepting is one click): the version to act on next.
     */
    private Long savedMaterials(Long version) {
        if (!isMaterialsEditable() || !materialsChanged()) {
            return version;
        }
        view = cases.updateMaterials(number, version, receipts()); // kept even if the action itself is refused
        return view.version();
    }

    private boolean materialsChanged() {
        for (MaterialRow row : materials) {
            Optional<MaterialView> saved = view.materials().stream().filter(m -> m.position() == row.getPosition()).findFirst();
            if (saved.isEmpty() || row.differsFrom(saved.get())) {
                return true;
            }
        }
        return false;
    }

    private List<MaterialReceipt> receipts() {
        return materials.stream().map(MaterialRow::toReceipt).toList();
    }

    private static void closeDialog(String dialog) {
        if (dialog != null && FacesContext.getCurrentInstance().getPartialViewContext().isAjaxRequest()) {
            PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
            PrimeFaces.current().ajax().update(":caseForm", ":messages");
        }
    }

    private static boolean isOptimisticLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------ what the page shows

    public List<DocumentView> documentsOf(MaterialRow row) {
        return view.documents().stream().filter(d -> d.materialPosition() != null && d.materialPosition() == row.getPosition())
                .toList();
    }

    /** Documents not tied to a material: the notices the case produced and the case's own scans. */
    public List<DocumentView> getCaseDocuments() {
        return view == null ? List.of() : view.documents().stream().filter(d -> d.materialPosition() == null).toList();
    }

    public boolean isGenerated(DocumentView d) {
        return d.kind() != null && d.kind().isGenerated();
    }

    public String materialName(Integer position) {
        if (position == null || view == null) {
            return "";
        }
        return view.materials().stream().filter(m -> m.position() == position).map(MaterialView::name).findFirst().orElse("");
    }

    /** The step running now (started, not completed). */
    public boolean isCurrent(StepView s) {
        return s.startedOn() != null && s.completedAt() == null;
    }

    public StepView getCurrentStep() {
        return view == null ? null : view.steps().stream().filter(this::isCurrent).findFirst().orElse(null);
    }

    /** The newest event first: what happened last is what the clerk looks for. */
    public List<EventView> getEvents() {
        if (view == null) {
            return List.of();
        }
        List<EventView> events = new ArrayList<>(view.events());
        Collections.reverse(events);
        return events;
    }

    public String documentUrl(DocumentView d) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/staff/cases/document?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8)
                + "&id=" + d.id();
    }

    public SuspensionKind[] getSuspensionKinds() { return SuspensionKind.values(); }
    public ReceivedForm[] getReceivedForms() { return ReceivedForm.values(); }
    public Decision[] getDecisions() { return Decision.values(); }
    public Opinion[] getOpinions() { return Opinion.values(); }
    public DocumentKind[] getDocumentKinds() { return DocumentKind.values(); }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public CaseView getView() { return view; }
    public List<MaterialRow> getMaterials() { return materials; }
    public ActionForm getForm() { return form; }
}
