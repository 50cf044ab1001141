package onestop.web.cases;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import onestop.casework.CaseEnums.ApplicantKind;
import onestop.casework.CaseEnums.ReceivedForm;
import onestop.casework.CaseService;
import onestop.casework.CaseViews.CaseView;
import onestop.casework.CaseViews.IntakeForm;
import onestop.catalog.CatalogViews.ItemSummary;
import onestop.catalog.CatalogViews.VersionView;
import onestop.catalog.ItemCatalog;
import onestop.catalog.ItemContent;
import onestop.common.CenterTime;
import onestop.common.OnestopException;
import onestop.documents.ContentTypes;
import onestop.web.i18n.Messages;
import onestop.web.security.StaffSession;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The intake at a window: the item (of the clerk's own department), the applicant, the materials
 * as checked against the item's list with their scans; then the case is registered and the
 * clerk goes on on its page (accept, correction notice or refusal).
 *
 * <p>Registering is one-shot per page: the button is disabled while its request runs, and a
 * second request that still reaches the bean (a double click before the script ran, a resent
 * form) finds the case already registered and is sent to it instead of registering another.
 */
@Named
@ViewScoped
public class IntakeView implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    private static final Set<String> SCAN_TYPES = Set.of(ContentTypes.PDF, ContentTypes.JPEG, ContentTypes.PNG);
    /** Which input a refusal of the EJB belongs next to. */
    private static final Map<String, String> FIELD_OF = Map.of(
            "case.itemRequired", "intake:item",
            "case.itemOfOtherDepartment", "intake:item",
            "case.applicantKindRequired", "intake:kind",
            "case.applicantNameRequired", "intake:name",
            "case.residentIdInvalid", "intake:identifier",
            "case.creditCodeInvalid", "intake:identifier",
            "case.phoneInvalid", "intake:phone",
            "case.phoneRequired", "intake:phone",
            "case.legalRepresentativeRequired", "intake:representative");

    @EJB
    private ItemCatalog catalog;

    @EJB
    private CaseService cases;

    @Inject
    private StaffSession staffSession;

    private List<ItemSummary> items = List.of();
    private String itemCode;
    private ItemContent item;
    private ApplicantKind applicantKind = ApplicantKind.PERSON;
    private String applicantName;
    private String identifier;
    private String phone;
    private String legalRepresentative;
    private List<MaterialRow> materials = new ArrayList<>();
    private String registeredNumber;

    @PostConstruct
    void load() {
        String department = staffSession.getMe().departmentCode();
        items = catalog.current(null, department, null, false).stream()
                .filter(i -> department != null && department.equals(i.departmentCode()))
                .sorted(Comparator.comparing(ItemSummary::code)).toList();
    }

    /** The item was chosen: its version in effect today gives the material list. */
    public void itemChosen() {
        item = null;
        materials = new ArrayList<>();
        if (itemCode == null || itemCode.isBlank()) {
            return;
        }
        try {
            VersionView version = catalog.versionForNewCase(itemCode, CenterTime.today());
            item = version.content();
            for (int i = 0; i < item.materials().size(); i++) {
                materials.add(MaterialRow.of(i, item.materials().get(i)));
            }
        } catch (OnestopException e) {
            Messages.errorAt("intake:item", e);
        }
    }

    public void markAllReceived() {
        materials.forEach(MaterialRow::markReceived);
    }

    /**
     * A scan for one material, checked now by its content and size so that the clerk hears of a
     * wrong file before the case exists; it is attached when the case is registered.
     */
    public void upload(FileUploadEvent event) {
        MaterialRow row = (MaterialRow) event.getComponent().getAttributes().get("material");
        String here = event.getComponent().getClientId();
        UploadedFile file = event.getFile();
        String name = file.getFileName() == null || file.getFileName().isBlank() ? "scan" : file.getFileName();
        byte[] content = file.getContent();
        if (content == null || content.length == 0) {
            Messages.errorAt(here, "case.fileEmpty");
            return;
        }
        if (content.length > CaseService.MAX_SCAN_BYTES) {
            Messages.errorAt(here, "case.fileTooLarge", CaseService.MAX_SCAN_BYTES / (1024 * 1024));
            return;
        }
        String type = ContentTypes.detect(content);
        if (type == null || !SCAN_TYPES.contains(type)) {
            Messages.errorAt(here, "case.fileType", name);
            return;
        }
        row.getScans().add(new MaterialRow.PendingScan(name, type, content));
        row.markReceived();
        Messages.infoFrom(CaseTexts.BUNDLE, "intake.scanTaken", name, row.getName());
    }

    public void removeScan(MaterialRow row, MaterialRow.PendingScan scan) {
        row.getScans().remove(scan);
    }

    /** Registers the case, attaches the scans and opens the case page. */
    public synchronized void register() throws IOException {
        if (registeredNumber != null) {
            openCase(registeredNumber);
            return;
        }
        CaseView registered;
        try {
            registered = cases.register(new IntakeForm(itemCode, applicantKind, applicantName, identifier, phone,
                    applicantKind == ApplicantKind.ENTITY ? legalRepresentative : null,
                    materials.stream().map(MaterialRow::toReceipt).toList()));
        } catch (OnestopException e) {
            String field = FIELD_OF.getOrDefault(e.key(), e.key().startsWith("catalog.") ? "intake:item" : null);
            Messages.errorAt(field, e);
            // the button is at the foot of a long form: take the clerk to what needs correcting
            if (field != null) {
                PrimeFaces.current().focus(field);
            } else {
                PrimeFaces.current().scrollTo("messages");
            }
            return;
        }
        registeredNumber = registered.number();
        Messages.infoFrom(CaseTexts.BUNDLE, "intake.registered", registeredNumber);
        for (MaterialRow row : materials) {
            for (MaterialRow.PendingScan scan : row.getScans()) {
                try {
                    cases.attach(registeredNumber, row.getPosition(), scan.fileName(), scan.content());
                } catch (OnestopException e) {
                    Messages.error(e);
                }
            }
            row.getScans().clear();
        }
        openCase(registeredNumber);
    }

    private static void openCase(String number) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/staff/cases/case.xhtml?number="
                + URLEncoder.encode(number, StandardCharsets.UTF_8));
    }

    public boolean isEntity() {
        return applicantKind == ApplicantKind.ENTITY;
    }

    public ApplicantKind[] getApplicantKinds() { return ApplicantKind.values(); }
    public ReceivedForm[] getReceivedForms() { return ReceivedForm.values(); }
    public List<ItemSummary> getItems() { return items; }
    public ItemContent getItem() { return item; }
    public List<MaterialRow> getMaterials() { return materials; }
    public String getItemCode() { return itemCode; }
    public void setItemCode(String itemCode) { this.itemCode = itemCode; }
    public ApplicantKind getApplicantKind() { return applicantKind; }
    public void setApplicantKind(ApplicantKind applicantKind) { this.applicantKind = applicantKind; }
    public String getApplicantName() { return applicantName; }
    public void setApplicantName(String applicantName) { this.applicantName = applicantName; }
    public String getIdentifier() { return identifier; }
    public void setIdentifier(String identifier) { this.identifier = identifier; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getLegalRepresentative() { return legalRepresentative; }
    public void setLegalRepresentative(String legalRepresentative) { this.legalRepresentative = legalRepresentative; }
}
