package onestop.seal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import onestop.audit.AuditService;
import onestop.center.Department;
import onestop.security.Roles;
import onestop.seal.SealViews.SealForm;
import onestop.seal.SealViews.SealView;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Center management creates and revokes the departments' licensing seals. Creating one makes its
 * key pair, has the root issue its certificate and stores the key in its own keystore; revoking
 * one takes effect now or from an earlier moment (a key known to be compromised since then).
 */
@Stateless
@RolesAllowed(Roles.CENTER_ADMIN)
public class SealAdminService {
    static final String OBJECT_TYPE = "LicensingSeal";
    /** A seal's certificate is valid for at most this long. */
    static final int MAX_YEARS = 10;

    @Inject
    private SealRegistry registry;

    @EJB
    private SealVault vault;

    @EJB
    private AuditService audit;

    @Resource
    private SessionContext context;

    public SealView create(SealForm form) {
        Department department = registry.department(form.departmentCode());
        String text = form.text() == null ? "" : form.text().strip();
        if (text.codePointCount(0, text.length()) < 4 || text.codePointCount(0, text.length()) > 40) {
            throw new SealException("seal.textInvalid", 4, 40);
        }
        ZoneId zone = onestop.common.CenterTime.zone();
        LocalDate today = LocalDate.now(zone);
        LocalDate from = form.validFrom() == null ? today : form.validFrom();
        LocalDate until = form.validUntil();
        if (until == null || !until.isAfter(from) || until.isBefore(today)) {
            throw new SealException("seal.validityInvalid");
        }
        if (until.isAfter(from.plusYears(MAX_YEARS))) {
            throw new SealException("seal.validityTooLong", MAX_YEARS);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant validFrom = from.equals(today) ? now.minus(1, ChronoUnit.MINUTES) : from.atStartOfDay(zone).toInstant();
        Instant validUntil = until.plusDays(1).atStartOfDay(zone).toInstant();
        for (LicensingSeal existing : registry.seals(department.getCode())) {
            boolean live = existing.getRevokedFrom() == null && existing.getValidUntil().isAfter(validFrom);
            if (live) {
                throw new SealException("seal.activeExists", department.getCode(), existing.getText());
            }
        }
        boolean uploaded = form.imagePng() != null && form.imagePng().length > 0;
        byte[] png = uploaded ? SealImage.normalise(form.imagePng()) : SealImage.draw(text);
        SealAlgorithm algorithm = form.algorithm() == null ? SealAlgorithm.DEFAULT : form.algorithm();
        SealVault.IssuedKey key = vault.issue(algorithm, registry.centerName(), department.getName().hant(), text,
                validFrom, validUntil);
        LicensingSeal seal = new LicensingSeal(department, text, algorithm, png, uploaded, key, now, caller());
        registry.persist(seal);
        registry.flush();
        audit.record("SEAL_CREATED", OBJECT_TYPE, seal.getId().toString(), department.getCode() + " " + text + ", "
                + algorithm + ", " + from + " – " + until + ", certificate SHA-256 " + key.certificateSha256());
        return SealView.of(seal, now);
    }

    /**
     * @param effective when the revocation takes effect: null for now, or an earlier moment
     *                  (documents sealed from then on are reported invalid); never in the future
     */
    public SealView revoke(long sealId, String reason, Instant effective) {
        LicensingSeal seal = registry.seal(sealId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw new SealException("seal.reasonRequired");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant from = effective == null ? now : effective;
        if (from.isAfter(now) || from.isBefore(seal.getValidFrom())) {
            throw new SealException("seal.revocationTimeInvalid");
        }
        seal.revoke(from, now, caller(), why);
        audit.record("SEAL_REVOKED", OBJECT_TYPE, seal.getId().toString(), seal.getDepartment().getCode() + " "
                + seal.getText() + ", effective " + from + ": " + why);
        return SealView.of(seal, now);
    }

    @RolesAllowed({Roles.CENTER_ADMIN, Roles.AUDITOR, Roles.SUPERVISOR})
    public List<SealView> list() {
        Instant now = Instant.now();
        return registry.seals().stream().map(s -> SealView.of(s, now)).toList();
    }

    /** The picture the system would draw for a seal text, for the form's preview. */
    public byte[] preview(String text) {
        if (text == null || text.isBlank() || text.length() > 40) {
            throw new SealException("seal.textInvalid", 4, 40);
        }
        return SealImage.draw(text);
    }

    /** A seal's picture: for center management, and for the staff of the seal's own department. */
    @RolesAllowed({Roles.CENTER_ADMIN, Roles.CHIEF_REPRESENTATIVE, Roles.CLERK})
    public byte[] image(long sealId) {
        LicensingSeal seal = registry.seal(sealId);
        if (!context.isCallerInRole(Roles.CENTER_ADMIN)) {
            String own = registry.account(caller()).map(a -> a.getDepartment() == null ? null : a.getDepartment().getCode())
                    .orElse(null);
            if (!seal.getDepartment().getCode().equals(own)) {
                throw new SealException("seal.otherDepartment");
            }
        }
        return seal.getImagePng();
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
