package onestop.supervision;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import onestop.audit.AuditService;
import onestop.calendar.CalendarService;
import onestop.center.CenterRepository;
import onestop.common.CenterTime;
import onestop.documents.ContentTypes;
import onestop.documents.DocumentStore;
import onestop.documents.pdf.PdfDocumentBuilder;
import onestop.documents.pdf.PdfMetadata;
import onestop.documents.pdf.TextStyle;
import onestop.security.Role;
import onestop.security.Roles;
import onestop.security.StaffAccount;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The handling of cards: the department's chief representative sees its alerts and explains them;
 * supervisors see all, close them, or escalate them with a rectification notice (整改通知書, a PDF
 * in the document store with the deadline for rectification). Center management and supervisors
 * set the due-soon margin, center-wide and per item.
 */
@Stateless
@RolesAllowed({Roles.CHIEF_REPRESENTATIVE, Roles.SUPERVISOR, Roles.CENTER_ADMIN, Roles.AUDITOR})
public class AlertService {
    static final int MAX_MARGIN = 20;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private AuditService audit;

    @EJB
    private DocumentStore documents;

    @EJB
    private CalendarService calendar;

    @jakarta.inject.Inject
    private CenterRepository center;

    /** Alerts the caller may see, newest first: a chief representative only their department's. */
    public List<AlertView> list(boolean openOnly, String department) {
        StaffAccount me = me();
        String scope = me.getRole() == Role.CHIEF_REPRESENTATIVE ? me.getDepartment().getCode()
                : department == null || department.isBlank() ? null : department.strip();
        String jpql = "select a from SupervisionAlert a where 1 = 1"
                + (scope == null ? "" : " and a.departmentCode = :dept")
                + (openOnly ? " and a.status in (onestop.supervision.AlertStatus.OPEN, onestop.supervision.AlertStatus.EXPLAINED)" : "")
                + " order by a.raisedAt desc, a.id desc";
        TypedQuery<SupervisionAlert> q = em.createQuery(jpql, SupervisionAlert.class);
        if (scope != null) {
            q.setParameter("dept", scope);
        }
        return q.setMaxResults(1000).getResultStream().map(AlertView::of).toList();
    }

    /** The department explains a card (why, and what it does about it). */
    @RolesAllowed(Roles.CHIEF_REPRESENTATIVE)
    public AlertView explain(long id, long version, String explanation) {
        StaffAccount me = me();
        SupervisionAlert a = alert(id, version);
        if (!a.getDepartmentCode().equals(me.getDepartment().getCode())) {
            throw new SupervisionException("alert.unknown", id);
        }
        if (a.getStatus() != AlertStatus.OPEN) {
            throw new SupervisionException("alert.stateConflict", id);
        }
        a.explain(text(explanation), me.getLoginName(), now());
        audit.record("ALERT_EXPLAINED", "SupervisionAlert", a.getSubjectKey(), a.getExplanation());
        em.flush(); // the view carries the new version
        return AlertView.of(a);
    }

    /** Supervision closes a card: the explanation is accepted, or the matter is settled. */
    @RolesAllowed(Roles.SUPERVISOR)
    public AlertView close(long id, long version, String note) {
        SupervisionAlert a = alert(id, version);
        if (a.getStatus() == AlertStatus.CLOSED || a.getStatus() == AlertStatus.ESCALATED) {
            throw new SupervisionException("alert.stateConflict", id);
        }
        a.close(text(note), me().getLoginName(), now());
        audit.record("ALERT_CLOSED", "SupervisionAlert", a.getSubjectKey(), a.getClosingNote());
        em.flush(); // the view carries the new version
        return AlertView.of(a);
    }

    /** Supervision escalates a card with a rectification notice and a deadline in working days. */
    @RolesAllowed(Roles.SUPERVISOR)
    public AlertView escalate(long id, long version, String requirement, int workingDays) {
        if (workingDays < 1 || workingDays > 30) {
            throw new SupervisionException("alert.rectificationDays", 1, 30);
        }
        String what = text(requirement);
        SupervisionAlert a = alert(id, version);
        if (a.getStatus() == AlertStatus.CLOSED || a.getStatus() == AlertStatus.ESCALATED) {
            throw new SupervisionException("alert.stateConflict", id);
        }
        StaffAccount me = me();
        LocalDate today = CenterTime.today();
        LocalDate due = calendar.deadline(today, workingDays);
        byte[] pdf = rectificationNotice(a, what, due, today, me.getDisplayName());
        String sha = documents.store(pdf, ContentTypes.PDF).sha256();
        a.escalate(sha, due, me.getLoginName(), now(), what);
        audit.record("ALERT_ESCALATED", "SupervisionAlert", a.getSubjectKey(), "rectification by " + due + ", notice " + sha);
        em.flush(); // the view carries the new version
        return AlertView.of(a);
    }

    public byte[] rectification(long id) {
        SupervisionAlert a = em.find(SupervisionAlert.class, id);
        StaffAccount me = me();
        if (a == null || a.getRectificationSha256() == null || (me.getRole() == Role.CHIEF_REPRESENTATIVE
                && !a.getDepartmentCode().equals(me.getDepartment().getCode()))) {
            throw new SupervisionException("alert.unknown", id);
        }
        return documents.read(a.getRectificationSha256());
    }

    public int margin() {
        return em.find(SupervisionSetting.class, SupervisionSetting.ID).getMarginDays();
    }

    @RolesAllowed({Roles.SUPERVISOR, Roles.CENTER_ADMIN})
    public void setMargin(String itemCode, int days) {
        if (days < 0 || days > MAX_MARGIN) {
            throw new SupervisionException("alert.marginRange", 0, MAX_MARGIN);
        }
        if (itemCode == null || itemCode.isBlank()) {
            em.find(SupervisionSetting.class, SupervisionSetting.ID).setMarginDays(days);
        } else {
            ItemAlertMargin m = em.find(ItemAlertMargin.class, itemCode.strip());
            if (m == null) {
                em.persist(new ItemAlertMargin(itemCode.strip(), days));
            } else {
                m.setMarginDays(days);
            }
        }
        audit.record("ALERT_MARGIN_SET", "SupervisionSetting", itemCode == null || itemCode.isBlank() ? "*" : itemCode.strip(),
                days + " working days");
    }

    private byte[] rectificationNotice(SupervisionAlert a, String requirement, LocalDate due, LocalDate today, String by) {
        String centerName = center.profile().map(p -> p.getName().hant()).orElse("行政服務中心");
        String department = center.department(a.getDepartmentCode()).map(d -> d.getName().hant()).orElse(a.getDepartmentCode());
        PdfMetadata info = new PdfMetadata("整改通知書 " + a.getSubjectKey(), centerName, a.getSubjectKey(), "zh-Hant",
                java.time.ZonedDateTime.now(CenterTime.zone()), centerName + " 電子監察", "第 {page} 頁，共 {pages} 頁");
        try (PdfDocumentBuilder pdf = PdfDocumentBuilder.create(info)) {
            pdf.title("整改通知書");
            pdf.paragraph(department + "：");
            pdf.paragraph("電子監察系統對下列事項發出" + (a.getCard() == AlertKind.Card.RED ? "紅牌" : "黃牌")
                    + "預警，經核查，現責令你單位限期整改，並於期限內書面報告整改情況。");
            pdf.keyValue("預警類型", a.getKind().name());
            if (a.getCaseNumber() != null) {
                pdf.keyValue("辦件編號", a.getCaseNumber());
            }
            pdf.keyValue("預警內容", a.getDescription());
            pdf.keyValue("發出日期", DATE.format(a.getRaisedOn()));
            if (a.getExplanation() != null) {
                pdf.keyValue("部門說明", a.getExplanation());
            }
            pdf.keyValue("整改要求", requirement);
            pdf.keyValue("整改期限", DATE.format(due));
            pdf.space(18);
            pdf.paragraph(centerName + " 電子監察", TextStyle.BODY.withAlign(TextStyle.Align.RIGHT));
            pdf.paragraph(by + "　" + DATE.format(today), TextStyle.BODY.withAlign(TextStyle.Align.RIGHT));
            return pdf.toBytes();
        }
    }

    private SupervisionAlert alert(long id, long version) {
        SupervisionAlert a = em.find(SupervisionAlert.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw new SupervisionException("alert.unknown", id);
        }
        if (a.getVersion() != version) {
            throw new SupervisionException("alert.editConflict", id);
        }
        return a;
    }

    private StaffAccount me() {
        return em.createNamedQuery("StaffAccount.byLogin", StaffAccount.class)
                .setParameter("login", context.getCallerPrincipal().getName()).getResultStream().findFirst()
                .orElseThrow(() -> new SupervisionException("alert.noAccount"));
    }

    private static String text(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new SupervisionException("alert.textRequired");
        }
        if (v.length() > 2000) {
            throw new SupervisionException("alert.textTooLong", 2000);
        }
        return v;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
