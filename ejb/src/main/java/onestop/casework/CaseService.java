package onestop.casework;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import onestop.calendar.WorkingCalendar;
import onestop.casework.CaseEnums.ApplicantKind;
import onestop.casework.CaseEnums.Decision;
import onestop.casework.CaseEnums.DocumentKind;
import onestop.casework.CaseEnums.Opinion;
import onestop.casework.CaseEnums.SuspensionKind;
import onestop.casework.CaseViews.CaseView;
import onestop.casework.CaseViews.DecisionForm;
import onestop.casework.CaseViews.IntakeForm;
import onestop.casework.CaseViews.MaterialReceipt;
import onestop.catalog.CatalogViews.VersionView;
import onestop.catalog.HandlingMode;
import onestop.catalog.ItemCatalog;
import onestop.catalog.ItemContent;
import onestop.catalog.ProcedureStep;
import onestop.catalog.RequiredMaterial;
import onestop.center.CenterRepository;
import onestop.audit.AuditAtEnd;
import onestop.common.CenterTime;
import onestop.common.IdentityNumbers;
import onestop.documents.ContentTypes;
import onestop.documents.DocumentInfo;
import onestop.documents.DocumentStore;
import onestop.seal.LicenseLinks;
import onestop.security.Roles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every change to a case, by the staff of its department: intake at the window (register, check
 * materials, attach scans, accept, refuse, one-time correction notice), review (procedure steps,
 * clock suspension, one extension, joint opinions), decision, issue, collection and archive.
 * Each action locks the case row, checks {@link CaseRules} for the state and the caller, applies
 * the change with its dates on the working-day clock, makes the notice PDF where one is due, and
 * writes the timeline and the audit trail last.
 */
@Stateless
@RolesAllowed({Roles.CLERK, Roles.CHIEF_REPRESENTATIVE})
@Interceptors(AuditAtEnd.class)
public class CaseService {
    /** The largest scan a window takes. */
    public static final long MAX_SCAN_BYTES = DocumentStore.MAX_BYTES;
    static final Set<String> SCAN_TYPES = Set.of(ContentTypes.PDF, ContentTypes.JPEG, ContentTypes.PNG);
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5,30}");
    /** The actor of what the law does by itself (a deemed acceptance), when no person acts. */
    public static final String SYSTEM = "system";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private CaseAccess access;

    @EJB
    private CaseSchedule schedule;

    @EJB
    private CaseTimeline timeline;

    @EJB
    private CaseNumbers numbers;

    @EJB
    private CaseQueries queries;

    @EJB
    private ItemCatalog catalog;

    @EJB
    private DocumentStore documents;

    @EJB
    private CaseSealing sealing;

    @Inject
    private CenterRepository center;

    // ---------------------------------------------------------------- intake

    /** Registers an application at the caller's window: the applicant, and the materials as checked. */
    public CaseView register(IntakeForm form) {
        Staff staff = access.caller();
        return queries.view(registered(staff, form), staff);
    }

    private CaseFile registered(Staff staff, IntakeForm form) {
        if (form == null || form.itemCode() == null || form.itemCode().isBlank()) {
            throw new CaseException("case.itemRequired");
        }
        Instant now = now();
        LocalDate today = CenterTime.dayOf(now);
        VersionView version = catalog.versionForNewCase(form.itemCode().strip(), today);
        ItemContent item = version.content();
        if (!staff.actsFor(item.departmentCode())) {
            throw new CaseException("case.itemOfOtherDepartment", version.code(), item.departmentCode());
        }
        Applicant applicant = applicant(form, today);
        CaseFile c = new CaseFile(numbers.next(item.departmentCode(), today.getYear()), QueryCodes.next(),
                version.code(), version.number(), item.name(), item.mode(), item.departmentCode(), item.hallCode(),
                staff.windowCode(), applicant, now, today, schedule.correctionDue(today), item.promisedDays(),
                item.statutoryDays(), staff.login());
        int position = 0;
        for (RequiredMaterial m : item.materials()) {
            c.getMaterials().add(new CaseMaterial(c, position++, m.name(), m.required(), m.form(), m.copies()));
        }
        position = 0;
        for (ProcedureStep s : item.procedure()) {
            c.getSteps().add(new CaseStep(c, position++, s.name(), s.role(), s.days()));
        }
        applyReceipts(c, form.materials());
        em.persist(c);
        timeline.record(c, staff.login(), "REGISTERED", null, CaseNotes.registered(applicant.kind(), applicant.name()), now);
        return c;
    }

    /**
     * A whole intake in one transaction, as an online portal hands it over: register, attach every
     * scan, and accept when asked to. Any refusal (an invalid identifier, a wrong file, lacking
     * materials) leaves nothing behind.
     */
    public CaseView intake(IntakeForm form, List<CaseViews.Scan> scans, boolean accept) {
        Staff staff = access.caller();
        for (CaseViews.Scan scan : scans == null ? List.<CaseViews.Scan>of() : scans) {
            checkScan(scan.fileName(), scan.content());
        }
        CaseFile c = registered(staff, form);
        for (CaseViews.Scan scan : scans == null ? List.<CaseViews.Scan>of() : scans) {
            attached(staff, c, scan.materialPosition(), scan.fileName(), scan.content());
        }
        if (accept) {
            accepted(staff, c);
        }
        return queries.view(c, staff);
    }

    /** Records the materials as checked: received or not, form, copies, defects. */
    public CaseView updateMaterials(String number, Long expectedVersion, List<MaterialReceipt> receipts) {
        Staff staff = access.caller();
        CaseFile c = access.actionable(staff, number, expectedVersion);
        require(CaseAction.UPDATE_MATERIALS, c, staff);
        applyReceipts(c, receipts);
        c.moveTo(c.getStatus(), now());
        long lacking = c.getMaterials().stream().filter(CaseMaterial::isLacking).count();
        timeline.record(c, staff.login(), "MATERIALS_CHECKED", c.getStatus(), CaseNotes.materialsChecked(lacking), now());
        return queries.view(c, staff);
    }

    /**
     * Attaches a scan (PDF, JPEG or PNG, judged by its content, up to 20 MB) to the case, for one
     * material or the case as a whole; it goes to the content-addressed document store.
     */
    public CaseView attach(String number, Integer materialPosition, String fileName, byte[] content) {
        Staff staff = access.caller();
        checkScan(fileName, content);
        CaseFile c = access.actionable(staff, number, null);
        attached(staff, c, materialPosition, fileName, content);
        return queries.view(c, staff);
    }

    private static String checkScan(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new CaseException("case.fileEmpty");
        }
        if (content.length > MAX_SCAN_BYTES) {
            throw new CaseException("case.fileTooLarge", MAX_SCAN_BYTES / (1024 * 1024));
        }
        String type = ContentTypes.detect(content);
        if (type == null || !SCAN_TYPES.contains(type)) {
            throw new CaseException("case.fileType", cleanFileName(fileName));
        }
        return type;
    }

    private void attached(Staff staff, CaseFile c, Integer materialPosition, String fileName, byte[] content) {
        String type = checkScan(fileName, content);
        require(CaseAction.ATTACH, c, staff);
        if (materialPosition != null && c.getMaterials().stream().noneMatch(m -> m.getPosition() == materialPosition)) {
            throw new CaseException("case.materialUnknown", materialPosition);
        }
        DocumentInfo stored = documents.store(content, type);
        Instant now = now();
        sealing.record(new CaseDocument(c.getId(), materialPosition, DocumentKind.SCAN, stored.sha256(), type,
                cleanFileName(fileName), stored.sizeBytes(), now, staff.login(), null));
        timeline.record(c, staff.login(), "ATTACHED", c.getStatus(), cleanFileName(fileName) + " " + stored.sha256(), now);
    }

    /** Accepts (受理): the case gets its deadline, its steps start, joint tasks open, the notice is printed. */
    public CaseView accept(String number, Long expectedVersion) {
        Staff staff = access.caller();
        CaseFile c = access.actionable(staff, number, expectedVersion);
        accepted(staff, c);
        return queries.view(c, staff);
    }

    private void accepted(Staff staff, CaseFile c) {
        require(CaseAction.ACCEPT, c, staff);
        List<String> lacking = c.getMaterials().stream().filter(CaseMaterial::isLacking).map(CaseMaterial::getName).toList();
        if (!lacking.isEmpty()) {
            throw new CaseException("case.materialsLacking", String.join("、", lacking));
        }
        Instant now = now();
        CaseStatus from = c.getStatus();
        acceptNow(c, staff.login(), now);
        timeline.record(c, staff.login(), "ACCEPTED", from, c.isDeemedAccepted() ? CaseNotes.deemedAcceptedOnReceipt() : null, now);
    }

    /**
     * An immediate item (即辦) handled in one sitting: accepted, approved and issued at once (or left
     * waiting for the fee when the item charges one).
     */
    public CaseView handleOnTheSpot(String number, Long expectedVersion) {
        Staff staff = access.caller();
        CaseFile c = access.actionable(staff, number, expectedVersion);
        require(CaseAction.HANDLE_ON_THE_SPOT, c, staff);
        List<String> lacking = c.getMaterials().stream().filter(CaseMaterial::isLacking).map(CaseMaterial::getName).toList();
        if (!lacking.isEmpty()) {
            throw new CaseException("case.materialsLacking", String.join("、", lacking));
        }
        Instant now = now();
        CaseStatus from = c.getStatus();
        acceptNow(c, staff.login(), now);
        decideNow(c, staff, new DecisionForm(Decision.APPROVED, null, null, null, null, null), now);
        if (c.getStatus() == CaseStatus.READY_TO_ISSUE) {
            issueNow(c, staff.login(), now);
        }
        timeline.record(c, staff.login(), "HANDLED_ON_THE_SPOT", from, licenseNote(c), now);
        return queries.view(c, staff);
    }

    /** Refuses (不予受理) with the reason and its legal basis; the refusal notice is printed. */
    public CaseView refuse(String number, Long expectedVersion, String reason, String legalBasis) {
        Staff staff = access.caller();
        String why = text(reason, 2000, "case.reasonRequired");
        String basis = text(legalBasis, 1000, "case.legalBasisRequired");
        CaseFile c = access.actionable(staff, number, expectedVersion);
        require(CaseAction.REFUSE, c, staff);
        Instant now = now();
        CaseStatus from = c.getStatus();
        c.refuse(why, basis);
        c.moveTo(CaseStatus.REFUSED, now);
        sealing.notice(c, DocumentKind.REFUSAL_NOTICE,
                CaseNotices.refusal(c, issuer(c), CenterTime.dayOf(now), now.atZone(CenterTime.zone())), staff.login(), now);
        timeline.record(c, staff.login(), "REFUSED", from, CaseNotes.refused(why, basis), now);
        return queries.view(c, staff);
    }

    /**
     * The one-time correction notice (一次性告知補正): every lacking material at once, within five
     * working days of receipt, once per case.
     */
    public CaseView requestCorrection(String number, Long expectedVersion, String note) {
        Staff staff = access.caller();
        CaseFile c = access.actionable(staff, number, expectedVersion);
        require(CaseAction.REQUEST_CORRECTION, c, staff);
        if (c.getMaterials().stream().noneMatch(CaseMaterial::isLacking)) {
            throw new CaseException("case.nothingToCorrect", number);
        }
        String extra = note == null || note.isBlank() ? null : text(note, 1000, "case.reasonRequired");
        Instant now = now();
        LocalDate today = CenterTime.dayOf(now);
        CaseStatus from = c.getStatus();
        c.requestCorrection(today);
        c.moveTo(CaseStatus.AWAITING_CORRECTION, now);
        sealing.notice(c, DocumentKind.CORRECTION_NOTICE,
                CaseNotices.correction(c, issuer(c), today, extra, now.atZone(CenterTime.zone())), staff.login(), now);
        String list = c.getMaterials().stream().filter(CaseMaterial::isLacking).map(CaseMaterial::getName)
                .collect(Collectors.joining("、"));
        timeline.record(c, staff.login(), "CORRECTION_REQUESTED", from, list, now);
        return queries.view(c, staff);
    }

    /** The applicant came back with the corrected materials: the case is checked again for acceptance. */
    public CaseView recordCorrection(String number, Long expectedVersion) {
        Staff staff = access.caller();
        CaseFile c = access.actionable(staff, number, expectedVersion);
        require(CaseAction.RECORD_CORRECTION, c, staff);
        Instant now = now();
        CaseStatus from = c.getStatus();
        c.corrected(CenterTime.dayOf(now));
        c.moveTo(CaseStatus.RECEIVED, now);
        timeline.record(c, staff.login(), "CORRECTION_RECEIVED", from, null, now);
        return queries.view(c, staff);
    }

    // ---------------------------------------------------------------- review

    /** Completes the running review step and starts the next. */
    public CaseView completeStep(String number, Long expectedVersion, String note) {
        Staff staff = access.caller();
        CaseFile c = access.actionable(staff, number, expectedVersion);
        require(CaseAction.COMPLETE_STEP, c, staff);
        Instant now = now();
        CaseStep step = c.currentStep();
        advance(c, step, staff.login(), note == null ? null : text(note, 1000, "case.reasonRequired"), now);
        c.moveTo(c.getStatus(), now);
        timeline.record(c, staff.login(), "STEP_COMPLETED", c.getStatus(), step.getName(), now);
        return queries.view(c, staff);
    }

    /** Suspends the clock (掛起) with its reason, legal basis and the longest it may last. */
    public CaseView suspend(String number, Long expectedVersion, SuspensionKind kind, String reason, String legalBasis,
                            int allowedDays) {
        Staff staff = access.caller();
        if (kind == null) {
            throw new CaseException("case.suspensionKindRequired");
        }
        String why = text(reason, 1000, "case.reasonRequired");
        String basis = text(legalBasis, 1000, "case.legalBasisRequired");
        if (allowedDays < 1 || allowedDays > 250) {
            throw new CaseException("case.suspensionDays", 1, 250);
        }
        CaseFile c = access.actionable(staff, number, expectedVersion);
        require(CaseAction.SUSPEND, c, staff);
        Instant now = now();
        CaseStatus from = c.getStatus();
        c.getSuspensions().add(new ClockSuspension(c, kind, why, basis, allowedDays, CenterTime.dayOf(now), staff.login()));
        c.moveTo(CaseStatus.SUSPENDED, now);
        schedule.refresh(c);
        timeline.record(c, staff.login(), "SUSPENDED", from, CaseNotes.suspended(kind, why, basis), now);
        return queries.view(c, staff);
    }

    /** Resumes the clock; the deadline moves by the working days the case was suspended. */
    public CaseView resume(String number, Long expectedVersion) {
        Staff staff = access.caller();
        CaseFile c = access.actionable(staff, number, expectedVersion);
        require(CaseAction.RESUME, c, staff);
        Instant now = now();
        CaseStatus from = c.getStatus();
        c.openSuspension().end(CenterTime.dayOf(now), staff.login());
        c.moveTo(CaseStatus.IN_REVIEW, now);
        schedule.refresh(c);
        timeline.record(c, staff.login(), "RESUMED", from, CaseNotes.resumed(c.getDeadline()), now);
        return queries.view(c, staff);
    }

    /** The one extension (延期) of a case, approved by the chief representative, up to ten working days. */
    public CaseView extend(String number, Long expectedVersion, int days, String reason) {
        Staff staff = access.caller();
        String why = text(reason, 1000, "case.reasonRequired");
        if (days < 1 || days > CaseFile.MAX_EXTENSION_DAYS) {
            throw new CaseException("case.extensionDays", 1, CaseFile.MAX_EXTENSION_DAYS);
        }
        CaseFile c = access.actionable(staff, number, expectedVersion);
        require(CaseAction.EXTEND, c, staff);
        Instant now = now();
        c.extend(days, why);
        c.moveTo(c.getStatus(), now);
        schedule.refresh(c);
        timeline.record(c, staff.login(), "EXTENDED", c.getStatus(), CaseNotes.extended(days, c.getDeadline(), why), now);
        return queries.view(c, staff);
    }

    /** A co-department's opinion on a joint case. */
    public CaseView answerJointTask(String number, Opinion opinion, String text) {
        Staff staff = access.caller();
        if (opinion == null) {
            throw new CaseException("case.opinionRequired");
        }
        String body = text(text, 4000, "case.opinionTextRequired");
        CaseFile c = access.readableForUpdate(staff, number);
        require(CaseAction.ANSWER_JOINT, c, staff);
        JointTask task = c.getJointTasks().stream()
                .filter(t -> t.getDepartmentCode().equals(staff.departmentCode())).findFirst().orElseThrow();
        Instant now = now();
        task.answer(opinion, body, now, CenterTime.dayOf(now), staff.login());
        c.moveTo(c.getStatus(), now);
        timeline.record(c, staff.login(), "JOINT_OPINION", c.getStatus(), CaseNotes.jointOpinion(staff.departmentCode(), opinion), now);
        return queries.view(c, staff);
    }

    /** The decision, by the chief representative or a person they authorised (on the spot for 即辦 items). */
    public CaseView decide(String number, Long expectedVersion, DecisionForm form) {
        Staff staff = access.caller();
        if (form == null || form.decision() == null) {
            throw new CaseException("case.decisionRequired");
        }
        CaseFile c = access.actionable(staff, number, expectedVersion);
        require(CaseAction.DECIDE, c, staff);
        DecisionForm checked = form.decision() == Decision.DENIED
                ? new DecisionForm(Decision.DENIED, text(form.reason(), 2000, "case.reasonRequired"),
                text(form.legalBasis(), 1000, "case.legalBasisRequired"),
                text(form.appeal(), 1000, "case.appealRequired"), null, null)
                : approval(c, form);
        Instant now = now();
        CaseStatus from = c.getStatus();
        decideNow(c, staff, checked, now);
        timeline.record(c, staff.login(), "DECIDED", from, CaseNotes.decided(checked.decision(), checked.reason()), now);
        return queries.view(c, staff);
    }

    /**
     * An approval's texts, and what its license says when the item yields one ({@link LicenseTerms}):
     * the scope and the last day of validity, which is not before the day of the decision.
     */
    private DecisionForm approval(CaseFile c, DecisionForm form) {
        String reason = optional(form.reason(), 2000);
        String basis = optional(form.legalBasis(), 1000);
        if (!sealing.yieldsLicense(c)) {
            return new DecisionForm(Decision.APPROVED, reason, basis, null, null, null);
        }
        LocalDate today = CenterTime.today();
        if (form.licenseValidUntil() != null && form.licenseValidUntil().isBefore(today)) {
            throw new CaseException("case.licenseValidUntil", today.toString());
        }
        return new DecisionForm(Decision.APPROVED, reason, basis, null, optional(form.licenseScope(), 2000),
                form.licenseValidUntil());
    }

    /** Issues the result (the decision letter, and the license when approved); it waits at the window. */
    public CaseView issue(String number, Long expectedVersion) {
        Staff staff = access.caller();
        CaseFile c = access.actionable(staff, number, expectedVersion);
        require(CaseAction.ISSUE, c, staff);
        Instant now = now();
        CaseStatus from = c.getStatus();
        issueNow(c, staff.login(), now);
        timeline.record(c, staff.login(), "ISSUED", from, licenseNote(c), now);
        return queries.view(c, staff);
    }

    /** The applicant collected the result (領取結果). */
    public CaseView collect(String number, Long expectedVersion, String note) {
        return simple(number, expectedVersion, CaseAction.COLLECT, CaseStatus.COLLECTED, "COLLECTED", note);
    }

    /** The finished case goes to the archive. */
    public CaseView archive(String number, Long expectedVersion) {
        return simple(number, expectedVersion, CaseAction.ARCHIVE, CaseStatus.ARCHIVED, "ARCHIVED", null);
    }

    /** Called by the cashier's side when every payment notice of the case is paid. */
    @RolesAllowed(Roles.CASHIER)
    public void feesSettled(String number, String reference) {
        CaseFile c = access.locked(number);
        if (c.getStatus() != CaseStatus.FEE_DUE) {
            throw new CaseException("case.stateConflict", number, c.getStatus().name(), "FEES_SETTLED");
        }
        Instant now = now();
        CaseStep step = c.currentStep();
        while (step != null && step.getRole() == onestop.security.Role.CASHIER) {
            advance(c, step, context.getCallerPrincipal().getName(), reference, now);
            step = c.currentStep();
        }
        c.moveTo(CaseStatus.READY_TO_ISSUE, now);
        timeline.record(c, context.getCallerPrincipal().getName(), "FEES_SETTLED", CaseStatus.FEE_DUE, reference, now);
    }

    /**
     * Called by the cashier's side when an approved void makes a paid notice of the case unpaid
     * again: the case waits for the fees once more, so its result cannot be issued unpaid.
     */
    @RolesAllowed(Roles.CASHIER)
    public void feesReopened(String number, String reason) {
        CaseFile c = access.locked(number);
        if (c.getStatus() != CaseStatus.READY_TO_ISSUE) {
            throw new CaseException("case.stateConflict", number, c.getStatus().name(), "FEES_REOPENED");
        }
        Instant now = now();
        c.moveTo(CaseStatus.FEE_DUE, now);
        timeline.record(c, context.getCallerPrincipal().getName(), "FEES_REOPENED", CaseStatus.READY_TO_ISSUE, reason, now);
    }

    // ---------------------------------------------------------------- the law's own clock

    /**
     * Applies the rule of 行政許可法 第32條: an application for which no correction notice was issued
     * within five working days of receipt counts as accepted from the day of receipt. Run daily by
     * {@link CaseDeadlines} (and callable with another "today" to replay a day).
     */
    @PermitAll
    public List<String> applyDeemedAcceptance(LocalDate today) {
        List<CaseFile> due = em.createNamedQuery("CaseFile.receivedBefore", CaseFile.class)
                .setParameter("today", today).setMaxResults(200).getResultList();
        List<String> accepted = new java.util.ArrayList<>();
        for (CaseFile found : due) {
            CaseFile c = access.locked(found.getNumber());
            if (c.getStatus() != CaseStatus.RECEIVED || c.getCorrectionRequestedOn() != null
                    || !today.isAfter(c.getCorrectionDue())) {
                continue;
            }
            Instant now = now();
            acceptAsOfReceipt(c, SYSTEM, now);
            timeline.record(c, SYSTEM, "DEEMED_ACCEPTED", CaseStatus.RECEIVED,
                    CaseNotes.deemedAccepted(c.getCorrectionDue()), now);
            accepted.add(c.getNumber());
        }
        return accepted;
    }

    /** Recomputes the dates of every open case after the calendar changed. */
    @PermitAll
    public int recomputeOpenCases() {
        List<CaseFile> open = em.createNamedQuery("CaseFile.clocked", CaseFile.class)
                .setParameter("statuses", List.of(CaseStatus.RECEIVED, CaseStatus.AWAITING_CORRECTION,
                        CaseStatus.IN_REVIEW, CaseStatus.SUSPENDED)).getResultList();
        if (open.isEmpty()) {
            return 0;
        }
        WorkingCalendar calendar = schedule.calendarForReceipts(
                open.stream().map(CaseFile::getReceivedOn).min(Comparator.naturalOrder()).orElseThrow(),
                open.stream().map(CaseFile::getReceivedOn).max(Comparator.naturalOrder()).orElseThrow());
        int changed = 0;
        for (CaseFile c : open) {
            LocalDate before = c.getDeadline();
            LocalDate correctionBefore = c.getCorrectionDue();
            schedule.refresh(c, calendar);
            if (!java.util.Objects.equals(before, c.getDeadline()) || !correctionBefore.equals(c.getCorrectionDue())) {
                changed++;
                timeline.record(c, SYSTEM, "DEADLINE_RECOMPUTED", c.getStatus(),
                        CaseNotes.deadlineRecomputed(before == null ? correctionBefore : before,
                                c.getDeadline() == null ? c.getCorrectionDue() : c.getDeadline()), now());
            }
        }
        return changed;
    }

    // ---------------------------------------------------------------- delegations

    /** The chief representative authorises one of the department's staff to decide cases. */
    @RolesAllowed(Roles.CHIEF_REPRESENTATIVE)
    public void delegateDecisions(String login) {
        Staff chief = access.caller();
        Staff delegate = access.account(login);
        if (delegate == null || !chief.departmentCode().equals(delegate.departmentCode())) {
            throw new CaseException("case.delegateUnknown", String.valueOf(login));
        }
        boolean active = em.createNamedQuery("DecisionDelegation.active", DecisionDelegation.class)
                .setParameter("department", chief.departmentCode()).getResultStream()
                .anyMatch(d -> d.getLoginName().equals(login));
        if (!active) {
            em.persist(new DecisionDelegation(chief.departmentCode(), login, chief.login(), now()));
            timelineAudit(chief.login(), "DECISION_DELEGATED", chief.departmentCode(), login);
        }
    }

    @RolesAllowed(Roles.CHIEF_REPRESENTATIVE)
    public void revokeDelegation(String login) {
        Staff chief = access.caller();
        em.createNamedQuery("DecisionDelegation.active", DecisionDelegation.class)
                .setParameter("department", chief.departmentCode()).getResultStream()
                .filter(d -> d.getLoginName().equals(login)).forEach(d -> d.revoke(chief.login(), now()));
        timelineAudit(chief.login(), "DECISION_DELEGATION_REVOKED", chief.departmentCode(), login);
    }

    @RolesAllowed({Roles.CLERK, Roles.CHIEF_REPRESENTATIVE})
    public List<String> delegates() {
        Staff staff = access.caller();
        return em.createNamedQuery("DecisionDelegation.active", DecisionDelegation.class)
                .setParameter("department", staff.departmentCode()).getResultStream()
                .map(DecisionDelegation::getLoginName).toList();
    }

    // ---------------------------------------------------------------- the transitions themselves

    private void acceptNow(CaseFile c, String actor, Instant now) {
        LocalDate today = CenterTime.dayOf(now);
        if (c.getCorrectionRequestedOn() == null && today.isAfter(c.getCorrectionDue())) {
            acceptAsOfReceipt(c, actor, now);
            return;
        }
        startClock(c, today, false, actor, now);
    }

    private void acceptAsOfReceipt(CaseFile c, String actor, Instant now) {
        startClock(c, c.getReceivedOn(), true, actor, now);
    }

    private void startClock(CaseFile c, LocalDate acceptedOn, boolean deemed, String actor, Instant now) {
        c.accept(acceptedOn, deemed);
        c.moveTo(CaseStatus.IN_REVIEW, now);
        LocalDate today = CenterTime.dayOf(now);
        if (!c.getSteps().isEmpty()) {
            CaseStep first = c.getSteps().get(0);
            first.start(acceptedOn, schedule.due(c, acceptedOn, first.getDays()));
            advance(c, first, actor, deemed ? "deemed accepted" : null, now);
        }
        if (c.getMode() == HandlingMode.JOINT) {
            VersionView version = catalog.history(c.getItemCode()).stream()
                    .filter(v -> v.number() == c.getItemVersion()).findFirst().orElseThrow();
            int limit = Math.max(0, c.getPromisedDays() - 1);
            for (String co : version.content().coDepartments()) {
                c.getJointTasks().add(new JointTask(c, co, acceptedOn, limit, schedule.due(c, acceptedOn, limit)));
            }
        }
        schedule.refresh(c);
        sealing.notice(c, DocumentKind.ACCEPTANCE_NOTICE,
                CaseNotices.acceptance(c, issuer(c), today, now.atZone(CenterTime.zone())), actor, now);
    }

    private void decideNow(CaseFile c, Staff staff, DecisionForm form, Instant now) {
        LocalDate today = CenterTime.dayOf(now);
        CaseStep decisionStep = CaseRules.decisionStep(c);
        CaseStep step = c.currentStep();
        while (step != null && decisionStep != null && step.getPosition() <= decisionStep.getPosition()) {
            advance(c, step, staff.login(), step == decisionStep ? form.decision().name() : null, now);
            step = c.currentStep();
        }
        boolean fees = form.decision() == Decision.APPROVED
                && !catalog.chargeableFees(c.getItemCode(), c.getItemVersion(), today).isEmpty();
        c.decide(form, today, staff.login(), fees);
        c.moveTo(fees ? CaseStatus.FEE_DUE : CaseStatus.READY_TO_ISSUE, now);
        sealing.notice(c, DocumentKind.DECISION, CaseNotices.decision(c, issuer(c), today, now.atZone(CenterTime.zone())),
                staff.login(), now);
    }

    private void issueNow(CaseFile c, String actor, Instant now) {
        CaseStep step = c.currentStep();
        while (step != null) {
            advance(c, step, actor, null, now);
            step = c.currentStep();
        }
        sealing.license(c, actor, now);
        c.issued(now);
        c.moveTo(CaseStatus.ISSUED, now);
    }

    private static String licenseNote(CaseFile c) {
        return CaseNotes.license(c.getLicenseNumber());
    }

    /** Completes a step and starts the next one, with its due day on the case clock. */
    private void advance(CaseFile c, CaseStep step, String actor, String note, Instant now) {
        LocalDate today = CenterTime.dayOf(now);
        step.complete(now, today, actor, note);
        c.getSteps().stream().filter(s -> s.getPosition() == step.getPosition() + 1).findFirst()
                .ifPresent(next -> next.start(today, schedule.due(c, today, next.getDays())));
    }

    private CaseView simple(String number, Long expectedVersion, CaseAction action, CaseStatus to, String event,
                            String note) {
        Staff staff = access.caller();
        CaseFile c = access.actionable(staff, number, expectedVersion);
        require(action, c, staff);
        Instant now = now();
        CaseStatus from = c.getStatus();
        if (to == CaseStatus.COLLECTED) {
            c.collected(now);
        } else if (to == CaseStatus.ARCHIVED) {
            c.archived(now);
        }
        c.moveTo(to, now);
        timeline.record(c, staff.login(), event, from, optional(note, 1000), now);
        return queries.view(c, staff);
    }

    private void require(CaseAction action, CaseFile c, Staff staff) {
        CaseRules.require(action, c, staff, access.mayDecide(staff, c.getDepartmentCode()), CenterTime.today());
    }

    private CaseNotices.Issuer issuer(CaseFile c) {
        String centerName = center.profile().map(p -> p.getName().hant()).orElse("行政服務中心");
        String department = center.department(c.getDepartmentCode()).map(d -> d.getName().hant())
                .orElse(c.getDepartmentCode());
        String base = System.getProperty(LicenseLinks.PUBLIC_URL_PROPERTY);
        return new CaseNotices.Issuer(centerName, department,
                base == null || base.isBlank() ? null : base.replaceAll("/+$", "") + "/progress.xhtml");
    }

    private void applyReceipts(CaseFile c, List<MaterialReceipt> receipts) {
        if (receipts == null) {
            return;
        }
        Set<Integer> seen = new HashSet<>();
        for (MaterialReceipt r : receipts) {
            if (r == null) {
                continue;
            }
            CaseMaterial m = c.getMaterials().stream().filter(x -> x.getPosition() == r.position()).findFirst()
                    .orElseThrow(() -> new CaseException("case.materialUnknown", r.position()));
            if (!seen.add(r.position())) {
                throw new CaseException("case.materialTwice", m.getName());
            }
            if (r.received() && (r.form() == null || r.copies() < 1 || r.copies() > 99)) {
                throw new CaseException("case.materialReceipt", m.getName());
            }
            if (r.defect() != null && r.defect().length() > 1000) {
                throw new CaseException("case.textTooLong", 1000);
            }
            m.receive(r.received(), r.form(), r.copies(), r.defect());
        }
    }

    static Applicant applicant(IntakeForm f, LocalDate today) {
        if (f.applicantKind() == null) {
            throw new CaseException("case.applicantKindRequired");
        }
        String name = f.applicantName() == null ? "" : f.applicantName().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new CaseException("case.applicantNameRequired");
        }
        String id = IdentityNumbers.normalize(f.identifier());
        String phone = f.phone() == null || f.phone().isBlank() ? null : f.phone().strip();
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new CaseException("case.phoneInvalid", phone);
        }
        if (f.applicantKind() == ApplicantKind.PERSON) {
            if (!IdentityNumbers.isResidentId(id, today)) {
                throw new CaseException("case.residentIdInvalid", f.identifier() == null ? "" : f.identifier().strip());
            }
            if (phone == null) {
                throw new CaseException("case.phoneRequired");
            }
            return new Applicant(ApplicantKind.PERSON, name, id, phone, null);
        }
        if (!IdentityNumbers.isCreditCode(id)) {
            throw new CaseException("case.creditCodeInvalid", f.identifier() == null ? "" : f.identifier().strip());
        }
        String representative = f.legalRepresentative() == null ? "" : f.legalRepresentative().strip();
        if (representative.isEmpty() || representative.length() > 100) {
            throw new CaseException("case.legalRepresentativeRequired");
        }
        return new Applicant(ApplicantKind.ENTITY, name, id, phone, representative);
    }

    private void timelineAudit(String actor, String action, String department, String login) {
        timeline.audit(actor, action, "Department", department, login);
    }

    private static String text(String value, int max, String requiredKey) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new CaseException(requiredKey);
        }
        if (v.length() > max) {
            throw new CaseException("case.textTooLong", max);
        }
        return v;
    }

    private static String optional(String value, int max) {
        return value == null || value.isBlank() ? null : text(value, max, "case.reasonRequired");
    }

    static String cleanFileName(String name) {
        if (name == null || name.isBlank()) {
            return "scan";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (base.isEmpty()) {
            return "scan";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
