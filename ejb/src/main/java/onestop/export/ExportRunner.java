package onestop.export;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import onestop.audit.AuditRecord;
import onestop.audit.AuditService;
import onestop.casework.CaseQueries;
import onestop.casework.CaseViews.CaseView;
import onestop.casework.CaseViews.DocumentView;
import onestop.center.CenterRepository;
import onestop.common.CenterTime;
import onestop.common.OnestopException;
import onestop.documents.ContentTypes;
import onestop.documents.CsvWriter;
import onestop.documents.DocumentInfo;
import onestop.documents.DocumentStore;
import onestop.security.Roles;
import onestop.security.StaffAccount;
import onestop.supervision.AlertService;
import onestop.supervision.AlertView;
import onestop.supervision.Grouping;
import onestop.supervision.MetricRow;
import onestop.supervision.PerformanceReport;
import onestop.supervision.PerformanceService;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes one export in the background as its requester (the caller's identity and roles carry
 * over), outside any long transaction: it reads through the services page by page, reports its
 * progress, stores the file and records its hash in the audit trail.
 */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.SUPERVISOR})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExportRunner {
    private static final Logger LOG = Logger.getLogger(ExportRunner.class.getName());
    private static final int PAGE = 2000;

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private ExportJobs jobs;

    @EJB
    private PerformanceService performance;

    @EJB
    private AlertService alerts;

    @EJB
    private AuditService audit;

    @EJB
    private CaseQueries cases;

    @EJB
    private DocumentStore documents;

    @Inject
    private CenterRepository center;

    @Inject
    private Instance<DocumentCheck> checks;

    @Asynchronous
    public void run(long id) {
        ExportJob job = em.find(ExportJob.class, id);
        try {
            jobs.progress(id, 1);
            byte[] file = make(job);
            DocumentInfo stored = documents.store(file, job.getKind().contentType().equals("application/pdf")
                    ? ContentTypes.PDF : job.getKind().contentType());
            String name = job.getKind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-"
                    + job.getParameter().replaceAll("[^A-Za-z0-9.-]", "_") + "." + job.getKind().extension();
            jobs.done(id, stored.sha256(), name, job.getKind().contentType(), stored.sizeBytes());
            audit.record("EXPORT_CREATED", "ExportJob", Long.toString(id),
                    job.getKind() + " " + job.getParameter() + " sha256=" + stored.sha256() + " " + stored.sizeBytes() + " bytes");
        } catch (OnestopException e) {
            jobs.failed(id, e.key(), e.args().length == 0 ? null : String.valueOf(e.args()[0]));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "export " + id + " failed", e);
            jobs.failed(id, "export.failed", null);
        }
    }

    private byte[] make(ExportJob job) {
        ExportPage page = page();
        String p = job.getParameter();
        return switch (job.getKind()) {
            case BULLETIN_PDF -> bulletin(job.getId(), ExportService.month(p), page);
            case METRICS_CSV -> metricsCsv(ExportService.period(p));
            case DOSSIER_PDF -> dossier(job.getId(), p, page);
            case AUDIT_PDF -> {
                LocalDate[] period = ExportService.period(p);
                yield AuditTrailPdf.render(period[0], period[1], auditEntries(job.getId(), period), audit.verifyChain(), page);
            }
            case AUDIT_CSV -> auditCsv(auditEntries(job.getId(), ExportService.period(p)));
            case ALERTS_CSV -> alertsCsv(ExportService.period(p));
        };
    }

    private byte[] bulletin(long id, YearMonth month, ExportPage page) {
        PerformanceReport report = performance.report(month.atDay(1), month.atEndOfMonth(), Grouping.DEPARTMENT, null);
        jobs.progress(id, 40);
        List<PerformanceReport> trend = new ArrayList<>();
        for (int back = 5; back >= 0; back--) {
            YearMonth m = month.minusMonths(back);
            trend.add(performance.report(m.atDay(1), m.atEndOfMonth(), Grouping.CENTER, null));
        }
        jobs.progress(id, 80);
        List<AlertView> raised = alerts.list(false, null).stream()
                .filter(a -> YearMonth.from(a.raisedAt().atZone(CenterTime.zone())).equals(month)).toList();
        return BulletinPdf.render(month, report, trend, raised, page);
    }

    private byte[] dossier(long id, String number, ExportPage page) {
        CaseView c = cases.find(number);
        List<AuditRecord> entries = audit.about("CaseFile", c.number());
        Map<Long, byte[]> generated = new LinkedHashMap<>();
        Map<Long, String> results = new LinkedHashMap<>();
        for (DocumentView d : c.documents()) {
            if (d.kind().isGenerated()) {
                byte[] pdf = cases.document(c.number(), d.id());
                generated.put(d.id(), pdf);
                for (DocumentCheck check : checks) {
                    results.put(d.id(), check.check(pdf));
                }
            }
            jobs.progress(id, 10 + 80 * generated.size() / Math.max(1, c.documents().size()));
        }
        return DossierPdf.render(c, entries, generated, results, page);
    }

    private List<AuditRecord> auditEntries(long id, LocalDate[] period) {
        Instant from = period[0].atStartOfDay(CenterTime.zone()).toInstant();
        Instant to = period[1].plusDays(1).atStartOfDay(CenterTime.zone()).toInstant();
        List<AuditRecord> all = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<AuditRecord> page = audit.between(from, to, first, PAGE);
            all.addAll(page);
            jobs.progress(id, Math.min(70, 5 + all.size() / 500));
            if (page.size() < PAGE) {
                return all;
            }
        }
    }

    private static byte[] auditCsv(List<AuditRecord> entries) {
        CsvWriter csv = new CsvWriter(true).row(List.of("seq", "occurred_at", "actor", "action", "object_type", "object_id",
                "details", "client_address", "hash"));
        for (AuditRecord r : entries) {
            csv.row(java.util.Arrays.asList(r.seq(), r.occurredAt(), r.actor(), r.action(), r.objectType(), r.objectId(),
                    r.details(), r.clientAddress(), r.hash()));
        }
        return csv.toBytes();
    }

    private byte[] metricsCsv(LocalDate[] period) {
        PerformanceReport report = performance.report(period[0], period[1], Grouping.DEPARTMENT, null);
        CsvWriter csv = new CsvWriter(true).row(List.of("department", "name", "accepted", "completed", "on_time", "early",
                "overdue", "suspended", "on_time_rate", "early_rate", "average_days_used", "average_promised_days",
                "speed_up", "promise_compression", "evaluated", "satisfaction", "average_rating"));
        List<MetricRow> rows = new ArrayList<>(report.rows());
        rows.add(report.total());
        for (MetricRow r : rows) {
            csv.row(java.util.Arrays.asList(r.key(), r.label(), r.accepted(), r.completed(), r.onTime(), r.early(),
                    r.overdue(), r.suspended(), num(r.onTimeRate()), num(r.earlyRate()), num(r.averageDaysUsed()),
                    num(r.averagePromisedDays()), num(r.speedUp()), num(r.promiseCompression()), r.evaluated(),
                    num(r.satisfaction()), num(r.averageRating())));
        }
        return csv.toBytes();
    }

    private byte[] alertsCsv(LocalDate[] period) {
        CsvWriter csv = new CsvWriter(true).row(List.of("id", "card", "kind", "department", "case", "step", "due_on",
                "raised_at", "status", "description", "explanation", "closing_note"));
        for (AlertView a : alerts.list(false, null)) {
            LocalDate raised = a.raisedAt().atZone(CenterTime.zone()).toLocalDate();
            if (!raised.isBefore(period[0]) && !raised.isAfter(period[1])) {
                csv.row(java.util.Arrays.asList(a.id(), a.card(), a.kind(), a.departmentCode(), a.caseNumber(),
                        a.stepPosition(), a.dueOn(), a.raisedAt(), a.status(), a.description(), a.explanation(),
                        a.closingNote()));
            }
        }
        return csv.toBytes();
    }

    private static String num(Double value) {
        return value == null ? "" : String.format(java.util.Locale.ROOT, "%.4f", value);
    }

    private ExportPage page() {
        String login = context.getCallerPrincipal().getName();
        String name = em.createNamedQuery("StaffAccount.byLogin", StaffAccount.class).setParameter("login", login)
                .getResultStream().findFirst().map(StaffAccount::getDisplayName).orElse(login);
        String centerName = center.profile().map(p -> p.getName().hant()).orElse("行政服務中心");
        return new ExportPage(centerName, name, login, ZonedDateTime.now(CenterTime.zone()));
    }
}
