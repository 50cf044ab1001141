package onestop.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import onestop.audit.AuditService;
import onestop.catalog.imports.CatalogRows;
import onestop.catalog.imports.ImportProblem;
import onestop.catalog.imports.ImportRow;
import onestop.catalog.imports.SpreadsheetReader;
import onestop.security.Roles;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Imports a whole catalog from a spreadsheet. A dry run reports every problem and writes
 * nothing. A clean file is imported in one transaction: new items and changed items become
 * versions IN_REVIEW, grouped in one batch that another administrator approves in one step (the
 * review rule holds for imports too); rows equal to what the catalog already says are skipped, so
 * importing the same file twice changes nothing.
 */
@Stateless
@RolesAllowed(Roles.CENTER_ADMIN)
public class CatalogImportService {
    @Inject
    private CatalogRepository catalog;

    @Inject
    private Publisher publisher;

    @jakarta.annotation.Resource
    private jakarta.ejb.SessionContext context;

    @EJB
    private AuditService audit;

    public ImportReport dryRun(byte[] file) {
        return plan(file).report(null);
    }

    public ImportReport submit(byte[] file) {
        Plan plan = plan(file);
        if (!plan.problems.isEmpty()) {
            return plan.report(null);
        }
        if (plan.work.isEmpty()) {
            return plan.report(null);
        }
        String batch = "IMP-" + plan.sha256.substring(0, 12) + "-" + Long.toString(System.currentTimeMillis(), 36);
        String caller = context.getCallerPrincipal().getName();
        Instant now = Instant.now();
        for (ImportRow row : plan.work) {
            ServiceItem item = plan.snapshot.items().get(row.code());
            if (item == null) {
                item = new ServiceItem(row.code(), now);
                catalog.persist(item);
            }
            ServiceItemVersion version = new ServiceItemVersion(item, row.content(), "import " + batch, caller, now);
            catalog.persist(version);
            version.submit(caller, now, batch);
        }
        audit.record("CATALOG_IMPORTED", "ImportBatch", batch, "file " + plan.sha256 + ": " + plan.created
                + " new, " + plan.changed + " changed, " + plan.unchanged + " unchanged, submitted for review");
        return plan.report(batch);
    }

    /** Publishes every version of a batch; the approver must not be the importer. */
    public int approveBatch(String batch, LocalDate effective) {
        List<ServiceItemVersion> versions = catalog.inBatch(batch);
        if (versions.isEmpty()) {
            throw new CatalogException("catalog.batchUnknown", batch);
        }
        LocalDate from = effective == null ? onestop.common.CenterTime.today() : effective;
        if (from.isBefore(onestop.common.CenterTime.today())) {
            throw new CatalogException("catalog.effectiveInPast", from);
        }
        publisher.publishAll(versions, from, context.getCallerPrincipal().getName());
        audit.record("IMPORT_APPROVED", "ImportBatch", batch, versions.size() + " versions effective " + from + ": "
                + versions.stream().map(v -> v.getItem().getCode() + " v" + v.getNumber())
                .collect(java.util.stream.Collectors.joining(", ")));
        return versions.size();
    }

    /** Batches waiting for approval, with how many versions each holds. */
    public List<String> pendingBatches() {
        return catalog.openVersions().stream().map(ServiceItemVersion::getImportBatch)
                .filter(b -> b != null).distinct().sorted().toList();
    }

    private Plan plan(byte[] file) {
        List<ImportRow> rows = CatalogRows.parse(SpreadsheetReader.read(file));
        Plan plan = new Plan(sha256(file), catalog.snapshot());
        plan.rows = rows.size();
        ItemContentRules rules = publisher.rules();
        Set<String> seen = new HashSet<>();
        for (ImportRow row : rows) {
            List<ImportProblem> problems = new ArrayList<>(row.problems());
            if (!row.code().isEmpty() && !ItemContentRules.CODE.matcher(row.code()).matches()) {
                problems.add(new ImportProblem(row.row(), "code", "catalog.codeInvalid", List.of(row.code())));
            }
            if (!row.code().isEmpty() && !seen.add(row.code())) {
                problems.add(new ImportProblem(row.row(), "code", "import.duplicateCode", List.of(row.code())));
            }
            if (row.problems().isEmpty()) {
                rules.check(row.content()).forEach(p -> problems.add(
                        new ImportProblem(row.row(), p.field(), p.key(), p.args())));
            }
            if (problems.isEmpty()) {
                classify(plan, row, problems);
            }
            plan.problems.addAll(problems);
        }
        return plan;
    }

    private void classify(Plan plan, ImportRow row, List<ImportProblem> problems) {
        ServiceItem item = plan.snapshot.items().get(row.code());
        if (item == null) {
            plan.created++;
            plan.work.add(row);
            return;
        }
        ServiceItemVersion open = plan.snapshot.open().get(item.getId());
        if (open != null) {
            if (open.content().equals(row.content())) {
                plan.unchanged++;
            } else {
                problems.add(new ImportProblem(row.row(), "code", "import.openDraft", List.of(row.code())));
            }
            return;
        }
        Optional<ServiceItemVersion> latest = Optional.ofNullable(plan.snapshot.latestPublished().get(item.getId()));
        if (latest.isPresent() && latest.get().content().equals(row.content())) {
            plan.unchanged++;
        } else {
            plan.changed++;
            plan.work.add(row);
        }
    }

    private static String sha256(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file == null ? new byte[0] : file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Plan {
        final String sha256;
        final CatalogRepository.Snapshot snapshot;
        final List<ImportProblem> problems = new ArrayList<>();
        final List<ImportRow> work = new ArrayList<>();
        int rows;
        int created;
        int changed;
        int unchanged;

        Plan(String sha256, CatalogRepository.Snapshot snapshot) {
            this.sha256 = sha256;
            this.snapshot = snapshot;
        }

        ImportReport report(String batch) {
            return new ImportReport(batch, sha256, rows, created, changed, unchanged, List.copyOf(problems));
        }
    }
}
