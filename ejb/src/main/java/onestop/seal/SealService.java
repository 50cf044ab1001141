package onestop.seal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import onestop.audit.AuditService;
import onestop.center.Department;
import onestop.documents.ContentTypes;
import onestop.documents.DocumentStore;
import onestop.security.Role;
import onestop.security.Roles;
import onestop.security.StaffAccount;
import onestop.seal.SealViews.DepartmentSeal;
import onestop.seal.SealViews.SealUseView;
import onestop.seal.SealViews.SealUserView;
import onestop.seal.SealViews.SealView;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Applying a department's licensing seal, and who may. The chief representative of the
 * department may; so may the department's staff the chief representative named; nobody else
 * (other departments, center management, the chief of another department). Every application is
 * written to the usage log ({@link SealUse}) and the audit trail in the same transaction as the
 * sealed document is stored.
 */
@Stateless
@jakarta.interceptor.Interceptors(onestop.audit.AuditAtEnd.class)
public class SealService {
    static final String USE_OBJECT_TYPE = "SealUse";
    static final String DEPARTMENT_OBJECT_TYPE = "Department";

    @Inject
    private SealRegistry registry;

    @EJB
    private SealVault vault;

    @EJB
    private DocumentStore documents;

    @EJB
    private AuditService audit;

    @Resource
    private SessionContext context;

    /**
     * Seals a document with the department's active seal: a visible seal at the placement, a PAdES
     * signature certifying the document, a timestamp from the center's service.
     *
     * @throws SealException {@code seal.notAuthorised} if the caller may not apply this seal,
     *                       {@code seal.noActiveSeal} if the department has none,
     *                       {@code seal.documentRefused} for a document that cannot be sealed
     */
    @RolesAllowed({Roles.CLERK, Roles.CHIEF_REPRESENTATIVE})
    public SealedDocument seal(SealRequest request) {
        return seal(request, Map.of());
    }

    /** As {@link #seal(SealRequest)}, with custom document-information entries (the license number). */
    @RolesAllowed({Roles.CLERK, Roles.CHIEF_REPRESENTATIVE})
    public SealedDocument seal(SealRequest request, Map<String, String> information) {
        if (request == null || request.pdf() == null || request.pdf().length > DocumentStore.MAX_BYTES
                || !ContentTypes.PDF.equals(ContentTypes.detect(request.pdf()))) {
            throw new SealException("seal.documentRefused");
        }
        String kind = request.documentKind() == null ? "" : request.documentKind().strip();
        if (kind.isEmpty() || kind.length() > 60 || (request.caseNumber() != null && request.caseNumber().length() > 60)) {
            throw new SealException("seal.documentKindInvalid");
        }
        Department department = registry.department(request.departmentCode());
        String login = caller();
        requireMayApply(department, login);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        LicensingSeal seal = registry.activeSeal(department.getCode(), now)
                .orElseThrow(() -> new SealException("seal.noActiveSeal", department.getCode()));
        PadesSigner.Signed signed;
        try {
            signed = PadesSigner.sign(request.pdf(), vault.key(seal), vault.appearance(seal), request.placement(),
                    vault.timestamps(), new PadesSigner.Details(seal.getText(), kind, registry.centerName(), now,
                            information));
        } catch (IOException | IllegalArgumentException e) {
            throw new SealException("seal.documentRefused");
        }
        String sha256 = documents.store(signed.pdf(), ContentTypes.PDF).sha256();
        SealUse use = new SealUse(seal, login, now, signed.timestamp(), blankToNull(request.caseNumber()), kind,
                HexFormat.of().formatHex(Crypto.sha256(request.pdf())), sha256);
        registry.persist(use);
        registry.flush();
        audit.defer("SEAL_USED", USE_OBJECT_TYPE, use.getId().toString(), department.getCode() + " " + seal.getText()
                + "; case " + (use.getCaseNumber() == null ? "-" : use.getCaseNumber()) + "; " + kind + "; SHA-256 " + sha256);
        return new SealedDocument(signed.pdf(), sha256, use.getId());
    }

    /** Whether the department has a seal in force now (a document may go out unsealed only if not). */
    @PermitAll
    public boolean hasActiveSeal(String departmentCode) {
        return departmentCode != null && registry.activeSeal(departmentCode.strip(), Instant.now()).isPresent();
    }

    /** The caller's department: its seal, who may apply it, and whether the caller may. */
    @RolesAllowed({Roles.CLERK, Roles.CHIEF_REPRESENTATIVE})
    public DepartmentSeal mine() {
        StaffAccount me = me();
        Department department = me.getDepartment();
        Instant now = Instant.now();
        SealView active = registry.activeSeal(department.getCode(), now).map(s -> SealView.of(s, now)).orElse(null);
        return new DepartmentSeal(department.getCode(), onestop.common.Text.of(department.getName()), active,
                mayApply(department, me), users(department.getCode()));
    }

    /** The department's chief representatives and the people they named. */
    @RolesAllowed({Roles.CHIEF_REPRESENTATIVE, Roles.CENTER_ADMIN})
    public List<SealUserView> users(String departmentCode) {
        Department department = registry.department(departmentCode);
        requireOwnDepartmentUnlessAdmin(department);
        List<SealUserView> users = new ArrayList<>();
        for (StaffAccount chief : registry.chiefs(department.getCode())) {
            users.add(new SealUserView(chief.getLoginName(), chief.getDisplayName(), chief.getRole().name(), true, null, null));
        }
        for (SealUser user : registry.users(department.getCode())) {
            StaffAccount a = user.getAccount();
            if (a.getRole() != Role.CHIEF_REPRESENTATIVE) {
                users.add(new SealUserView(a.getLoginName(), a.getDisplayName(), a.getRole().name(), false,
                        user.getNamedBy(), user.getNamedAt()));
            }
        }
        return users;
    }

    /** The chief representative names a colleague of the same department who may apply the seal. */
    @RolesAllowed(Roles.CHIEF_REPRESENTATIVE)
    public List<SealUserView> nameUser(String loginName) {
        StaffAccount chief = me();
        Department department = chief.getDepartment();
        StaffAccount account = registry.account(loginName == null ? "" : loginName.strip().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new SealException("seal.userUnknown", loginName));
        if (account.getDepartment() == null || !account.getDepartment().getId().equals(department.getId())
                || !account.getRole().needsDepartment()) {
            throw new SealException("seal.userOtherDepartment", account.getLoginName());
        }
        if (account.getRole() != Role.CHIEF_REPRESENTATIVE
                && registry.user(department.getCode(), account.getLoginName()).isEmpty()) {
            registry.persist(new SealUser(department, account, chief.getLoginName(), Instant.now().truncatedTo(ChronoUnit.MILLIS)));
            registry.flush();
            audit.record("SEAL_USER_NAMED", DEPARTMENT_OBJECT_TYPE, department.getCode(), account.getLoginName());
        }
        return users(department.getCode());
    }

    /** The chief representative withdraws a colleague's permission. */
    @RolesAllowed(Roles.CHIEF_REPRESENTATIVE)
    public List<SealUserView> removeUser(String loginName) {
        Department department = me().getDepartment();
        SealUser user = registry.user(department.getCode(), loginName == null ? "" : loginName.strip())
                .orElseThrow(() -> new SealException("seal.userNotNamed", loginName));
        registry.remove(user);
        audit.record("SEAL_USER_REMOVED", DEPARTMENT_OBJECT_TYPE, department.getCode(), loginName);
        return users(department.getCode());
    }

    /** The usage log of a department's seals, newest first. */
    @RolesAllowed({Roles.CHIEF_REPRESENTATIVE, Roles.CENTER_ADMIN, Roles.AUDITOR, Roles.SUPERVISOR})
    public List<SealUseView> uses(String departmentCode, int max) {
        Department department = registry.department(departmentCode);
        if (context.isCallerInRole(Roles.CHIEF_REPRESENTATIVE)) {
            requireOwnDepartmentUnlessAdmin(department);
        }
        return registry.uses(department.getCode(), max).stream().map(u -> new SealUseView(u.getId(),
                u.getSeal().getText(), u.getUsedBy(), u.getUsedAt(), u.getSignedAt(), u.getCaseNumber(),
                u.getDocumentKind(), u.getOutputSha256(),
                registry.licenseOf(u).map(License::getNumber).orElse(null))).toList();
    }

    private void requireMayApply(Department department, String login) {
        StaffAccount account = registry.account(login).orElse(null);
        if (account == null || !mayApply(department, account)) {
            throw new SealException("seal.notAuthorised", department.getCode());
        }
    }

    private boolean mayApply(Department department, StaffAccount account) {
        if (!account.isEnabled() || account.getDepartment() == null
                || !account.getDepartment().getId().equals(department.getId())) {
            return false;
        }
        return account.getRole() == Role.CHIEF_REPRESENTATIVE
                || (account.getRole() == Role.CLERK && registry.user(department.getCode(), account.getLoginName()).isPresent());
    }

    private void requireOwnDepartmentUnlessAdmin(Department department) {
        if (context.isCallerInRole(Roles.CENTER_ADMIN) || context.isCallerInRole(Roles.AUDITOR)
                || context.isCallerInRole(Roles.SUPERVISOR)) {
            return;
        }
        StaffAccount me = me();
        if (!me.getDepartment().getId().equals(department.getId())) {
            throw new SealException("seal.otherDepartment");
        }
    }

    private StaffAccount me() {
        StaffAccount me = registry.account(caller()).orElseThrow(() -> new SealException("seal.notAuthorised", ""));
        if (me.getDepartment() == null) {
            throw new SealException("seal.notAuthorised", "");
        }
        return me;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
