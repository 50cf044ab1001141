package onestop.seal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import onestop.center.CenterRepository;
import onestop.center.Department;
import onestop.security.Role;
import onestop.security.StaffAccount;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Look-ups of seals, their users and uses, and licenses; joins the caller's transaction. */
@ApplicationScoped
public class SealRegistry {
    @PersistenceContext
    private EntityManager em;

    @Inject
    private CenterRepository center;

    Department department(String code) {
        return center.department(code == null ? "" : code.strip())
                .orElseThrow(() -> new SealException("seal.departmentUnknown", code));
    }

    String centerName() {
        return center.profile().map(p -> p.getName().hant())
                .orElse(System.getProperty(SealVault.CENTER_NAME_PROPERTY, "行政服務中心"));
    }

    Optional<StaffAccount> account(String login) {
        return em.createNamedQuery("StaffAccount.byLogin", StaffAccount.class).setParameter("login", login)
                .getResultStream().findFirst();
    }

    List<LicensingSeal> seals() {
        return em.createNamedQuery("LicensingSeal.all", LicensingSeal.class).getResultList();
    }

    List<LicensingSeal> seals(String departmentCode) {
        return em.createNamedQuery("LicensingSeal.ofDepartment", LicensingSeal.class)
                .setParameter("code", departmentCode).getResultList();
    }

    Optional<LicensingSeal> activeSeal(String departmentCode, Instant now) {
        return seals(departmentCode).stream().filter(s -> s.isActiveAt(now)).findFirst();
    }

    LicensingSeal seal(long id) {
        LicensingSeal seal = em.find(LicensingSeal.class, id);
        if (seal == null) {
            throw new SealException("seal.unknown", id);
        }
        return seal;
    }

    Optional<LicensingSeal> sealByCertificate(String sha256) {
        return em.createNamedQuery("LicensingSeal.byCertificate", LicensingSeal.class).setParameter("sha256", sha256)
                .getResultStream().findFirst();
    }

    List<SealUser> users(String departmentCode) {
        return em.createNamedQuery("SealUser.ofDepartment", SealUser.class).setParameter("code", departmentCode)
                .getResultList();
    }

    Optional<SealUser> user(String departmentCode, String login) {
        return em.createNamedQuery("SealUser.find", SealUser.class).setParameter("code", departmentCode)
                .setParameter("login", login).getResultStream().findFirst();
    }

    List<StaffAccount> chiefs(String departmentCode) {
        return staff(departmentCode, Role.CHIEF_REPRESENTATIVE);
    }

    /** The department's enabled window clerks. */
    List<StaffAccount> clerks(String departmentCode) {
        return staff(departmentCode, Role.CLERK);
    }

    private List<StaffAccount> staff(String departmentCode, Role role) {
        return em.createQuery("select a from StaffAccount a where a.department.code = :code and a.role = :role"
                        + " and a.enabled = true order by a.loginName", StaffAccount.class)
                .setParameter("code", departmentCode).setParameter("role", role).getResultList();
    }

    List<SealUse> uses(String departmentCode, int max) {
        return em.createNamedQuery("SealUse.ofDepartment", SealUse.class).setParameter("code", departmentCode)
                .setMaxResults(Math.max(1, Math.min(max, 1000))).getResultList();
    }

    Optional<SealUse> useByOutput(String sha256) {
        return em.createNamedQuery("SealUse.byOutput", SealUse.class).setParameter("sha256", sha256)
                .getResultStream().findFirst();
    }

    Optional<License> license(String number) {
        return em.createNamedQuery("License.byNumber", License.class).setParameter("number", number)
                .getResultStream().findFirst();
    }

    Optional<License> licenseOf(SealUse use) {
        return em.createNamedQuery("License.bySealUse", License.class).setParameter("id", use.getId())
                .getResultStream().findFirst();
    }

    List<License> licenses(String departmentCode, int max) {
        return em.createNamedQuery("License.ofDepartment", License.class).setParameter("code", departmentCode)
                .setMaxResults(Math.max(1, Math.min(max, 1000))).getResultList();
    }

    /** The next serial of a department's licenses in a year, under a row lock (one writer at a time, every node). */
    long nextLicenseSerial(String departmentCode, int year) {
        LicenseCounter.Key key = new LicenseCounter.Key(departmentCode, year);
        LicenseCounter counter = em.find(LicenseCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new LicenseCounter(departmentCode, year);
            em.persist(counter);
        }
        return counter.next();
    }

    void remove(Object entity) {
        em.remove(entity);
    }

    void persist(Object entity) {
        em.persist(entity);
    }

    void flush() {
        em.flush();
    }
}
