package onestop.disclosure;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import onestop.casework.CaseFile;
import onestop.casework.CaseMaterial;
import onestop.casework.CaseStatus;
import onestop.casework.ClockSuspension;
import onestop.center.CenterRepository;
import onestop.center.Department;
import onestop.center.ServiceWindow;
import onestop.common.CenterTime;
import onestop.common.Text;
import onestop.disclosure.DisclosureViews.CollectionPlace;
import onestop.disclosure.DisclosureViews.LackingView;
import onestop.disclosure.DisclosureViews.ProgressView;
import onestop.disclosure.DisclosureViews.StepView;
import onestop.seal.LicenseLinks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A case's progress for its applicant, by case number and query code, with no login. Without
 * the right code nothing about the case is told — not even whether the number exists: an
 * unknown number and a wrong code get the same answer, and both count against the
 * {@link LookupThrottle}. The evaluation of a case uses the same check.
 */
@Stateless
@PermitAll
public class CaseProgress {
    /** A case number as the casework issues it: department, year, six-digit sequence. */
    public static final Pattern NUMBER = Pattern.compile("[A-Z][A-Z0-9]{1,19}-[0-9]{4}-[0-9]{6}");
    /** A query code: eight characters of the look-alike-free alphabet of the casework. */
    public static final Pattern CODE = Pattern.compile("[2-9A-HJ-KMNP-Z]{8}");
    /** States after which the case is over for the applicant, and may be rated. */
    public static final Set<CaseStatus> ENDED = EnumSet.of(CaseStatus.ISSUED, CaseStatus.COLLECTED, CaseStatus.ARCHIVED,
            CaseStatus.REFUSED);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private LookupThrottle throttle;

    @Inject
    private CenterRepository center;

    /** The case's progress, or a refusal: malformed input, unknown number or wrong code, too many wrong codes. */
    public ProgressView lookup(String number, String code, String clientAddress) {
        CaseFile c = authenticated(number, code, clientAddress, false);
        return view(c);
    }

    /**
     * The case with this number when {@code code} is its query code (locked when asked, for an
     * evaluation); otherwise the failure is written down and {@code progress.unknown} refused.
     */
    public CaseFile authenticated(String number, String code, String clientAddress, boolean lock) {
        String n = normalizeNumber(number);
        String q = normalizeCode(code);
        throttle.check(n, clientAddress);
        List<CaseFile> found = em.createNamedQuery("CaseFile.byNumber", CaseFile.class).setParameter("number", n)
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE).getResultList();
        if (found.isEmpty() || !sameCode(found.get(0).getQueryCode(), q)) {
            throttle.failed(n, clientAddress);
            throw new PublicException("progress.unknown");
        }
        return found.get(0);
    }

    public static String normalizeNumber(String number) {
        String n = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        if (n.isEmpty()) {
            throw new PublicException("progress.numberRequired");
        }
        if (n.length() > 40 || !NUMBER.matcher(n).matches()) {
            throw new PublicException("progress.numberMalformed");
        }
        return n;
    }

    public static String normalizeCode(String code) {
        String q = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (q.isEmpty()) {
            throw new PublicException("progress.codeRequired");
        }
        if (!CODE.matcher(q).matches()) {
            throw new PublicException("progress.codeMalformed");
        }
        return q;
    }

    private static boolean sameCode(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }

    private ProgressView view(CaseFile c) {
        Optional<Department> department = center.department(c.getDepartmentCode());
        CaseStatus status = c.getStatus();
        boolean waitingForCorrection = status == CaseStatus.AWAITING_CORRECTION;
        List<LackingView> lacking = waitingForCorrection
                ? c.getMaterials().stream().filter(CaseMaterial::isLacking)
                .map(m -> new LackingView(m.getName(), m.getDefect())).toList()
                : List.of();
        ClockSuspension open = c.openSuspension();
        List<StepView> steps = c.getAcceptedOn() == null ? List.of() : c.getSteps().stream()
                .filter(s -> s.getStartedOn() != null)
                .map(s -> new StepView(s.getName(), s.getStartedOn(), s.isDone() ? null : s.getDueOn(), s.getCompletedOn()))
                .toList();
        boolean decided = c.getDecision() != null;
        CollectionPlace place = decided && status != CaseStatus.COLLECTED && status != CaseStatus.ARCHIVED
                ? collectionPlace(c, department.orElse(null)) : null;
        Integer rating = em.createQuery("select e.rating from Evaluation e where e.caseId = :id", Integer.class)
                .setParameter("id", c.getId()).getResultStream().findFirst().orElse(null);
        return new ProgressView(c.getNumber(), c.getItemCode(), c.getItemName(), c.getDepartmentCode(),
                department.map(d -> Text.of(d.getName())).orElse(new Text(c.getDepartmentCode(), c.getDepartmentCode(),
                        c.getDepartmentCode())),
                status.name(), c.getReceivedOn(), c.getAcceptedOn(), c.isDeemedAccepted(),
                status.isOpen() ? c.getDeadline() : null, c.getCorrectionRequestedOn(), lacking,
                open != null, open == null ? null : open.getStartedOn(), steps,
                decided ? c.getDecision().name() : null, c.getDecidedOn(),
                c.getIssuedAt() == null ? null : CenterTime.dayOf(c.getIssuedAt()),
                c.getCollectedAt() == null ? null : CenterTime.dayOf(c.getCollectedAt()), place,
                ENDED.contains(status) && rating == null, rating, licenseVerification(c));
    }

    private CollectionPlace collectionPlace(CaseFile c, Department department) {
        Optional<ServiceWindow> window = c.getWindowCode() == null ? Optional.empty() : center.window(c.getWindowCode());
        var hall = window.map(ServiceWindow::getHall).orElse(department == null ? null : department.getHall());
        return new CollectionPlace(c.getWindowCode(), hall == null ? null : Text.of(hall.getName()),
                hall == null ? null : Text.of(hall.getLocation()), department == null ? null : department.getPhone());
    }

    /**
     * The public verification link of the license issued for this case (the license's record page,
     * what its QR code opens); null while the case has none (not issued yet, denied, or an item
     * that yields no license).
     */
    String licenseVerification(CaseFile c) {
        return c.getLicenseNumber() == null ? null : LicenseLinks.record(c.getLicenseNumber());
    }
}
