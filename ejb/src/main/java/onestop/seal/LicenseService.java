package onestop.seal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import onestop.audit.AuditService;
import onestop.center.Department;
import onestop.common.Text;
import onestop.documents.DocumentStore;
import onestop.security.Roles;
import onestop.security.StaffAccount;
import onestop.seal.SealViews.LicenseRecord;
import onestop.seal.SealViews.LicenseView;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Licenses: issued in one step (number, document, seal, registry entry, audit), looked up by their
 * number (publicly without the holder's identifier), revoked by their department's chief
 * representative. Issuing needs the same permission as applying the department's seal.
 */
@Stateless
@jakarta.interceptor.Interceptors(onestop.audit.AuditAtEnd.class)
public class LicenseService {
    static final String OBJECT_TYPE = "License";
    static final String DOCUMENT_KIND = "LICENSE";

    @Inject
    private SealRegistry registry;

    @Inject
    private Event<LicenseIssued> issued;

    @EJB
    private SealService seals;

    @EJB
    private DocumentStore documents;

    @EJB
    private AuditService audit;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    /**
     * Issues a license: draws its number ({@code <department>-<year>-<serial>}, never reused), lays
     * out the document with its QR code, seals it with the department's seal (the caller must be
     * allowed to apply it), registers it and records it in the audit trail.
     */
    @RolesAllowed({Roles.CLERK, Roles.CHIEF_REPRESENTATIVE})
    public LicenseView issue(LicenseRequest r) {
        LicenseRequest request = checked(r);
        Department department = registry.department(request.departmentCode());
        if (!seals.hasActiveSeal(department.getCode())) {
            throw new SealException("seal.noActiveSeal", department.getCode());
        }
        LocalDate today = onestop.common.CenterTime.today();
        // SCJ-XK2026-000001: "XK" (許可) before the year tells a license number from the case number
        // (SCJ-2026-000001) it was issued on, which people read out and type into the same search boxes
        String number = department.getCode() + "-XK" + today.getYear() + "-"
                + String.format(Locale.ROOT, "%06d", registry.nextLicenseSerial(department.getCode(), today.getYear()));
        LicensePdf.Layout layout = LicensePdf.build(number, request, department.getName().hant(), registry.centerName(), today);
        SealedDocument sealed = seals.seal(new SealRequest(department.getCode(), layout.pdf(), layout.placement(),
                request.caseNumber(), DOCUMENT_KIND), Map.of(PadesVerifier.INFO_LICENSE, number));
        onestop.indexing.DocumentText.written(sealed.sha256(), layout.text(), layout.pages());
        SealUse use = em.find(SealUse.class, sealed.sealUseId());
        License license = new License(number, department, request, Instant.now().truncatedTo(ChronoUnit.MILLIS),
                caller(), use);
        registry.persist(license);
        registry.flush();
        if (request.caseNumber() != null) {
            issued.fire(new LicenseIssued(license.getId(), request.caseNumber()));
        }
        audit.defer("LICENSE_ISSUED", OBJECT_TYPE, number, department.getCode() + "; " + request.title() + "; "
                + request.holderName() + "; case " + (request.caseNumber() == null ? "-" : request.caseNumber())
                + "; SHA-256 " + sealed.sha256());
        return view(license);
    }

    /** The public record behind the QR code. */
    @PermitAll
    public LicenseRecord publicRecord(String number) {
        License l = find(number);
        return new LicenseRecord(l.getNumber(), l.getTitle(), l.getHolderName(), l.getScope(), l.getValidFrom(),
                l.getValidUntil(), l.getDepartment().getCode(), Text.of(l.getDepartment().getName()),
                l.getSealUse().getSeal().getText(), l.getIssuedAt(), l.statusOn(onestop.common.CenterTime.today()),
                l.getRevokedAt(), l.getDocumentSha256());
    }

    /** A license with its holder's identifier: for its department's staff, management, supervision and auditors. */
    @RolesAllowed({Roles.CLERK, Roles.CHIEF_REPRESENTATIVE, Roles.CENTER_ADMIN, Roles.AUDITOR, Roles.SUPERVISOR})
    public LicenseView get(String number) {
        License license = find(number);
        requireOwnDepartment(license.getDepartment());
        return view(license);
    }

    /** The issued, sealed document. */
    @RolesAllowed({Roles.CLERK, Roles.CHIEF_REPRESENTATIVE, Roles.CENTER_ADMIN, Roles.AUDITOR, Roles.SUPERVISOR})
    public byte[] document(String number) {
        License license = find(number);
        requireOwnDepartment(license.getDepartment());
        return documents.read(license.getDocumentSha256());
    }

    @RolesAllowed({Roles.CLERK, Roles.CHIEF_REPRESENTATIVE, Roles.CENTER_ADMIN, Roles.AUDITOR, Roles.SUPERVISOR})
    public List<LicenseView> list(String departmentCode, int max) {
        Department department = registry.department(departmentCode);
        requireOwnDepartment(department);
        return registry.licenses(department.getCode(), max).stream().map(this::view).toList();
    }

    /** The department's chief representative revokes a license (the record and document stay). */
    @RolesAllowed(Roles.CHIEF_REPRESENTATIVE)
    public LicenseView revoke(String number, String reason) {
        License license = find(number);
        requireOwnDepartment(license.getDepartment());
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new SealException("seal.reasonRequired");
        }
        license.revoke(Instant.now().truncatedTo(ChronoUnit.MILLIS), caller(), why);
        audit.record("LICENSE_REVOKED", OBJECT_TYPE, number, why);
        return view(license);
    }

    private License find(String number) {
        return registry.license(number == null ? "" : number.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new SealException("license.unknown", number));
    }

    private LicenseView view(License l) {
        return new LicenseView(l.getNumber(), l.getDepartment().getCode(), Text.of(l.getDepartment().getName()),
                l.getItemCode(), l.getCaseNumber(), l.getTitle(), l.getHolderName(), l.getHolderIdentifier(), l.getScope(),
                l.getValidFrom(), l.getValidUntil(), l.getIssuedAt(), l.getIssuedBy(), l.getDocumentSha256(),
                l.getSealUse().getId(), l.statusOn(onestop.common.CenterTime.today()), LicenseLinks.record(l.getNumber()));
    }

    private void requireOwnDepartment(Department department) {
        if (!context.isCallerInRole(Roles.CLERK) && !context.isCallerInRole(Roles.CHIEF_REPRESENTATIVE)) {
            return;
        }
        StaffAccount me = registry.account(caller()).orElse(null);
        if (me == null || me.getDepartment() == null || !me.getDepartment().getId().equals(department.getId())) {
            throw new SealException("seal.otherDepartment");
        }
    }

    private static LicenseRequest checked(LicenseRequest r) {
        if (r == null) {
            throw new SealException("license.fieldRequired", "title");
        }
        String title = required(r.title(), "title", 100);
        String holder = required(r.holderName(), "holderName", 200);
        String identifier = required(r.holderIdentifier(), "holderIdentifier", 18).toUpperCase(Locale.ROOT);
        if (!onestop.common.IdentityNumbers.isCreditCode(identifier)
                && !onestop.common.IdentityNumbers.isResidentId(identifier, onestop.common.CenterTime.today())) {
            throw new SealException("license.identifierInvalid", identifier);
        }
        String scope = required(r.scope(), "scope", 2000);
        if (r.validFrom() == null) {
            throw new SealException("license.fieldRequired", "validFrom");
        }
        if (r.validUntil() != null && r.validUntil().isBefore(r.validFrom())) {
            throw new SealException("license.validityInvalid");
        }
        String item = optional(r.itemCode(), "itemCode", 60);
        String caseNumber = optional(r.caseNumber(), "caseNumber", 60);
        return new LicenseRequest(required(r.departmentCode(), "departmentCode", 20), item, caseNumber, holder,
                identifier, scope, r.validFrom(), r.validUntil(), title);
    }

    private static String required(String value, String field, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new SealException("license.fieldRequired", field);
        }
        if (v.length() > max) {
            throw new SealException("license.fieldTooLong", field, max);
        }
        return v;
    }

    private static String optional(String value, String field, int max) {
        return value == null || value.isBlank() ? null : required(value, field, max);
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
