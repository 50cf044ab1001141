package onestop.casework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import onestop.casework.CaseEnums.Decision;
import onestop.center.CenterRepository;
import onestop.center.Department;
import onestop.indexing.HitContext;
import onestop.indexing.IndexSource;
import onestop.search.DocumentType;
import onestop.search.IndexedDocument;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The cases in the search index, one entry each ({@code case:<id>}): number, item (code and name),
 * applicant (name; credit code or ID number as an exact identifier), department and joint
 * departments, hall, status, and a body with what else an archivist asks about (not repeating the
 * item's and the applicant's names, which have fields of their own): the legal representative, the dates
 * (received, accepted, decided, deadline), the decision with its reason and basis, a refusal, an
 * extension, clock suspensions, the joint departments' opinions and the defects noted on materials.
 * Labels in the body are Traditional Chinese, as on the notices; the fold makes them findable in
 * Simplified too. The text of the case's documents is in entries of their own
 * ({@link CaseDocumentIndexSource}, {@link LicenseIndexSource}), so a hit says which document matched.
 *
 * <p>The entry's date is the day of receipt. {@link CaseIndexFeed} announces every change.
 */
@ApplicationScoped
public class CaseIndexSource implements IndexSource {
    public static final String KIND = "case";
    private static final Map<CaseStatus, String> STATUS = Map.of(
            CaseStatus.RECEIVED, "已收件", CaseStatus.AWAITING_CORRECTION, "待補正", CaseStatus.REFUSED, "不予受理",
            CaseStatus.IN_REVIEW, "審查中", CaseStatus.SUSPENDED, "已掛起", CaseStatus.FEE_DUE, "待繳費",
            CaseStatus.READY_TO_ISSUE, "待發證", CaseStatus.ISSUED, "已發證", CaseStatus.COLLECTED, "已領取",
            CaseStatus.ARCHIVED, "已歸檔");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CenterRepository center;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<IndexedDocument> load(String id) {
        return loadAll(List.of(id)).getOrDefault(id, Optional.empty());
    }

    @Override
    public Map<String, Optional<IndexedDocument>> loadAll(Collection<String> ids) {
        Map<String, Optional<IndexedDocument>> out = new LinkedHashMap<>();
        ids.forEach(id -> out.put(id, Optional.empty()));
        List<Long> numeric = CaseIndexFields.numeric(ids);
        if (numeric.isEmpty()) {
            return out;
        }
        Map<String, String> names = center.departments().stream()
                .collect(Collectors.toMap(Department::getCode, d -> d.getName().hant(), (a, b) -> a));
        em.createQuery("select c from CaseFile c where c.id in :ids", CaseFile.class).setParameter("ids", numeric)
                .getResultStream().forEach(c -> out.put(String.valueOf(c.getId()), Optional.of(document(c, names))));
        return out;
    }

    @Override
    public List<String> ids(String after, int limit) {
        return CaseIndexFields.idsAfter(em, "select c.id from CaseFile c where c.id > :after order by c.id", after, limit);
    }

    @Override
    public Map<String, HitContext> contexts(Collection<String> ids) {
        return CaseIndexFields.contexts(em, "select c.id, " + CaseIndexFields.CONTEXT_COLUMNS
                + " from CaseFile c where c.id in :ids", CaseIndexFields.numeric(ids));
    }

    private IndexedDocument document(CaseFile c, Map<String, String> departmentNames) {
        return CaseIndexFields.entry(documentId(String.valueOf(c.getId())), DocumentType.CASE, c.getReceivedAt(), c)
                .title(c.getItemName())
                .status(c.getStatus().name())
                .body(body(c, departmentNames))
                .build();
    }

    static String body(CaseFile c, Map<String, String> departmentNames) {
        Body b = new Body();
        b.line("辦件編號", c.getNumber());
        b.line("事項", c.getItemCode(), "第" + c.getItemVersion() + "版");
        b.line("部門", c.getDepartmentCode(), departmentNames.get(c.getDepartmentCode()));
        for (JointTask t : c.getJointTasks()) {
            b.line("聯辦部門", t.getDepartmentCode(), departmentNames.get(t.getDepartmentCode()),
                    t.getOpinion() == null ? null : t.getOpinion().name(), t.getOpinionText());
        }
        b.line("法定代表人", c.getApplicant().legalRepresentative());
        b.line("狀態", STATUS.get(c.getStatus()), c.getStatus().name());
        b.line("收件日期", date(c.getReceivedOn()));
        b.line("受理日期", date(c.getAcceptedOn()), c.isDeemedAccepted() ? "視為受理" : null);
        b.line("承諾辦結日期", date(c.getDeadline()));
        b.line("不予受理", c.getRefusalReason(), c.getRefusalBasis());
        for (ClockSuspension s : c.getSuspensions()) {
            b.line("掛起", s.getKind().name(), s.getReason(), s.getLegalBasis());
        }
        b.line("延期", c.getExtensionReason());
        if (c.getDecision() != null) {
            b.line("決定", c.getDecision() == Decision.APPROVED ? "准予行政許可" : "不予行政許可", c.getDecision().name(),
                    date(c.getDecidedOn()));
            b.line("決定理由", c.getDecisionReason());
            b.line("決定依據", c.getDecisionBasis());
        }
        for (CaseMaterial m : c.getMaterials()) {
            if (m.getDefect() != null) {
                b.line("材料補正", m.getName(), m.getDefect());
            }
        }
        for (CaseStep s : c.getSteps()) {
            b.line(s.getName(), s.getNote());
        }
        return b.toString();
    }

    private static String date(LocalDate day) {
        return day == null ? null : day.toString();
    }

    /** Lines of "label value value ...", leaving out a line whose values are all empty. */
    private static final class Body {
        private final StringBuilder text = new StringBuilder(512);

        void line(String label, String... values) {
            String joined = java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).map(String::strip)
                    .collect(Collectors.joining(" "));
            if (!joined.isEmpty()) {
                text.append(label).append(' ').append(joined).append('\n');
            }
        }

        @Override
        public String toString() {
            return text.toString().strip();
        }
    }
}
