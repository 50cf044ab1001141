package onestop.export;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import onestop.casework.CaseQueries;
import onestop.security.Roles;
import onestop.supervision.SupervisionException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Exports for auditors and supervisors: the monthly bulletin, a case dossier, the audit trail of a
 * period (PDF), and CSV of the figures, the audit trail and the alerts. A request is checked at
 * once (period, visibility of the case, one export at a time per person) and then made in the
 * background; the requester follows its progress and downloads the file when it is ready. Every
 * file's SHA-256 goes to the audit trail.
 */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.SUPERVISOR})
public class ExportService {
    /** A job older than this no longer blocks a new one (the node that ran it may have stopped). */
    static final Duration STALE = Duration.ofMinutes(30);

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private ExportJobs jobs;

    @EJB
    private ExportRunner runner;

    @EJB
    private CaseQueries cases;

    @EJB
    private onestop.documents.DocumentStore documents;

    public ExportJobView request(ExportKind kind, String parameter) {
        if (kind == null) {
            throw new SupervisionException("export.kindRequired");
        }
        String p = parameter == null ? "" : parameter.strip();
        switch (kind) {
            case BULLETIN_PDF -> month(p);
            case DOSSIER_PDF -> cases.find(p);
            default -> period(p);
        }
        String login = context.getCallerPrincipal().getName();
        Instant now = Instant.now();
        if (jobs.running(login, now.minus(STALE)) > 0) {
            throw new SupervisionException("export.busy");
        }
        long id = jobs.create(kind, p, login, now);
        runner.run(id);
        return view(id);
    }

    public List<ExportJobView> mine() {
        return em.createNamedQuery("ExportJob.mine", ExportJob.class)
                .setParameter("login", context.getCallerPrincipal().getName()).setMaxResults(50)
                .getResultStream().map(ExportJobView::of).toList();
    }

    public ExportJobView job(long id) {
        return view(id);
    }

    /** The finished file of one of the caller's exports. */
    public byte[] file(long id) {
        ExportJobView job = view(id);
        if (job.status() != ExportJob.Status.DONE) {
            throw new SupervisionException("export.notReady", id);
        }
        return documents.read(job.sha256());
    }

    private ExportJobView view(long id) {
        ExportJob job = em.find(ExportJob.class, id);
        if (job == null || !job.getRequestedBy().equals(context.getCallerPrincipal().getName())) {
            throw new SupervisionException("export.unknown", id);
        }
        em.refresh(job);
        return ExportJobView.of(job);
    }

    static YearMonth month(String value) {
        try {
            YearMonth month = YearMonth.parse(value);
            if (month.getYear() < 2000 || month.getYear() > 2100) {
                throw new SupervisionException("export.monthInvalid", value);
            }
            return month;
        } catch (DateTimeParseException e) {
            throw new SupervisionException("export.monthInvalid", value);
        }
    }

    /** {@code 2026-11-01..2026-11-30}, or a month {@code 2026-11}. */
    static LocalDate[] period(String value) {
        int dots = value.indexOf("..");
        if (dots < 0) {
            YearMonth m = month(value);
            return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
        }
        try {
            LocalDate from = LocalDate.parse(value.substring(0, dots).strip());
            LocalDate to = LocalDate.parse(value.substring(dots + 2).strip());
            if (to.isBefore(from)) {
                throw new SupervisionException("metrics.periodReversed", from.toString(), to.toString());
            }
            if (from.plusDays(onestop.supervision.PerformanceService.MAX_PERIOD_DAYS).isBefore(to)) {
                throw new SupervisionException("metrics.periodTooLong", 3);
            }
            return new LocalDate[] {from, to};
        } catch (DateTimeParseException e) {
            throw new SupervisionException("export.periodInvalid", value);
        }
    }
}
