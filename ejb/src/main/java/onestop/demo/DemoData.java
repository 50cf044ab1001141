package onestop.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import onestop.audit.AuditEvent;
import onestop.audit.AuditService;
import onestop.center.CenterProfile;
import onestop.center.CenterRepository;
import onestop.center.Department;
import onestop.center.Hall;
import onestop.center.ServiceWindow;
import onestop.common.LocalizedText;
import onestop.security.PasswordHasher;
import onestop.security.Role;
import onestop.security.StaffAccount;

import java.util.List;
import java.util.logging.Logger;

/**
 * Fills an empty database with a plausible center (departments in the seven halls, their
 * windows, one account per role) when demo mode is on ({@code -Donestop.demo=true}, set by the
 * README's run command, never in production). Does nothing when departments already exist.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {
    /** The password of every demo account; printed by the run command and in the README. */
    public static final String PASSWORD = "onestop-demo-2026";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CenterRepository center;

    @EJB
    private AuditService audit;

    @PostConstruct
    void load() {
        if (!Boolean.getBoolean("onestop.demo")) {
            return;
        }
        if (!center.departments().isEmpty()) {
            LOG.info("demo mode: the database already has departments, nothing loaded");
            return;
        }
        em.persist(new CenterProfile(
                new LocalizedText("市行政服務中心", "市行政服务中心", "City Administrative Service Center"),
                new LocalizedText("市府大道 1 號 政務服務大樓", "市府大道 1 号 政务服务大楼",
                        "Government Services Building, 1 Shifu Avenue"),
                new LocalizedText("週一至週五 8:30–12:00、13:30–17:30；週六 9:00–12:00（僅即辦事項）；法定節假日休息",
                        "周一至周五 8:30–12:00、13:30–17:30；周六 9:00–12:00（仅即办事项）；法定节假日休息",
                        "Mon–Fri 8:30–12:00, 13:30–17:30; Sat 9:00–12:00 (on-the-spot items only); closed on public holidays"),
                "0459-12345"));
        for (DemoDepartment d : DEPARTMENTS) {
            Hall hall = center.hall(d.hall()).orElseThrow();
            Department department = new Department(d.code(), new LocalizedText(d.hant(), d.hans(), d.en()), hall, d.phone());
            em.persist(department);
            for (String window : d.windows()) {
                em.persist(new ServiceWindow(window, department, hall));
            }
        }
        em.flush();
        PasswordHasher hasher = new PasswordHasher();
        for (DemoAccount a : ACCOUNTS) {
            Department department = a.department() == null ? null : center.department(a.department()).orElseThrow();
            ServiceWindow window = a.window() == null ? null : center.window(a.window()).orElseThrow();
            em.persist(new StaffAccount(a.login(), a.name(), a.role(), department, window, hasher.hash(PASSWORD)));
        }
        audit.append(new AuditEvent("system", "DEMO_DATA_LOADED", null, null,
                DEPARTMENTS.size() + " departments, " + ACCOUNTS.size() + " accounts", null));
        LOG.info(() -> "demo mode: loaded " + DEPARTMENTS.size() + " departments and " + ACCOUNTS.size()
                + " accounts; every demo account's password is " + PASSWORD);
    }

    record DemoDepartment(String code, String hant, String hans, String en, String hall, String phone,
                          List<String> windows) {
    }

    record DemoAccount(String login, String name, Role role, String department, String window) {
    }

    static final List<DemoDepartment> DEPARTMENTS = List.of(
            new DemoDepartment("SCJ", "市場監督管理局", "市场监督管理局", "Market Regulation Bureau", "LEGAL_ENTITY",
                    "0459-12301", List.of("A01", "A02", "A03")),
            new DemoDepartment("SWJ", "稅務局", "税务局", "Taxation Bureau", "FINANCE", "0459-12302",
                    List.of("B01", "B02")),
            new DemoDepartment("CZJ", "財政局", "财政局", "Finance Bureau", "FINANCE", "0459-12303", List.of("B03")),
            new DemoDepartment("RSJ", "人力資源和社會保障局", "人力资源和社会保障局",
                    "Human Resources and Social Security Bureau", "SECURITY_LEGAL", "0459-12304", List.of("C01", "C02")),
            new DemoDepartment("SFJ", "司法局", "司法局", "Justice Bureau", "SECURITY_LEGAL", "0459-12305",
                    List.of("C03")),
            new DemoDepartment("GAJ", "公安局", "公安局", "Public Security Bureau", "SECURITY_LEGAL", "0459-12306",
                    List.of("C04", "C05")),
            new DemoDepartment("ZJJ", "住房和城鄉建設局", "住房和城乡建设局", "Housing and Urban-Rural Development Bureau",
                    "CONSTRUCTION", "0459-12307", List.of("D01", "D02")),
            new DemoDepartment("ZRJ", "自然資源局", "自然资源局", "Natural Resources Bureau", "CONSTRUCTION",
                    "0459-12308", List.of("D03")),
            new DemoDepartment("FGW", "發展和改革委員會", "发展和改革委员会", "Development and Reform Commission",
                    "CONSTRUCTION", "0459-12309", List.of("D04")),
            new DemoDepartment("HBJ", "生態環境局", "生态环境局", "Ecology and Environment Bureau", "CONSTRUCTION",
                    "0459-12310", List.of("D05")),
            new DemoDepartment("WJW", "衛生健康委員會", "卫生健康委员会", "Health Commission", "SOCIAL_DEVELOPMENT",
                    "0459-12311", List.of("E01")),
            new DemoDepartment("MZJ", "民政局", "民政局", "Civil Affairs Bureau", "SOCIAL_DEVELOPMENT", "0459-12312",
                    List.of("E02")),
            new DemoDepartment("JYJ", "教育局", "教育局", "Education Bureau", "SOCIAL_DEVELOPMENT", "0459-12313",
                    List.of("E03")),
            new DemoDepartment("GGZY", "公共資源交易中心", "公共资源交易中心", "Public Resources Trading Center",
                    "PUBLIC_RESOURCES", "0459-12314", List.of("F01", "F02")),
            new DemoDepartment("ZJFW", "中介服務管理辦公室", "中介服务管理办公室", "Intermediary Services Office",
                    "INTERMEDIARIES", "0459-12315", List.of("G01")));

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("clerk", "王小明", Role.CLERK, "SCJ", "A01"),
            new DemoAccount("clerk2", "劉洋", Role.CLERK, "SCJ", "A02"),
            new DemoAccount("chief", "李建國", Role.CHIEF_REPRESENTATIVE, "SCJ", null),
            new DemoAccount("clerk.zjj", "黃志偉", Role.CLERK, "ZJJ", "D01"),
            new DemoAccount("chief.zjj", "何靜", Role.CHIEF_REPRESENTATIVE, "ZJJ", null),
            new DemoAccount("clerk.swj", "吳曉燕", Role.CLERK, "SWJ", "B01"),
            new DemoAccount("clerk.gaj", "鄭強", Role.CLERK, "GAJ", "C04"),
            new DemoAccount("cashier", "陳美玲", Role.CASHIER, null, null),
            new DemoAccount("cashier2", "周文華", Role.CASHIER, null, null),
            new DemoAccount("admin", "張志強", Role.CENTER_ADMIN, null, null),
            new DemoAccount("reviewer", "林淑芬", Role.CENTER_ADMIN, null, null),
            new DemoAccount("supervisor", "趙文靜", Role.SUPERVISOR, null, null),
            new DemoAccount("archivist", "孫麗華", Role.ARCHIVIST, null, null),
            new DemoAccount("auditor", "周國平", Role.AUDITOR, null, null));
}
