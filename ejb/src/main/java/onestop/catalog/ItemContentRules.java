package onestop.catalog;

import onestop.security.Role;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules every version's content must meet, checked all at once so that a form or an import
 * row shows every problem together. Field names are the import format's column names.
 */
public final class ItemContentRules {
    public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,39}");
    static final int MAX_DAYS = 999;
    private static final Set<Role> STEP_ROLES = EnumSet.of(Role.CLERK, Role.CHIEF_REPRESENTATIVE, Role.CASHIER);

    private final Set<String> departments;
    private final Set<String> halls;

    public ItemContentRules(Set<String> departments, Set<String> halls) {
        this.departments = Set.copyOf(departments);
        this.halls = Set.copyOf(halls);
    }

    public List<ContentProblem> check(ItemContent c) {
        List<ContentProblem> p = new ArrayList<>();
        text(p, "name", c.name(), 200);
        known(p, "department", c.departmentCode(), departments, "catalog.departmentUnknown");
        known(p, "hall", c.hallCode(), halls, "catalog.hallUnknown");
        if (c.type() == null) {
            p.add(ContentProblem.of("type", "catalog.typeRequired"));
        }
        if (c.mode() == null) {
            p.add(ContentProblem.of("mode", "catalog.modeRequired"));
        }
        checkCoDepartments(p, c);
        checkTimeLimits(p, c);
        text(p, "legal_basis", c.legalBasis(), 4000);
        text(p, "approval_content", c.approvalContent(), 8000);
        checkProcedure(p, c);
        checkMaterials(p, c);
        checkFees(p, c);
        text(p, "complaint_channels", c.complaintChannels(), 2000);
        text(p, "supervising_department", c.supervisingDepartment(), 400);
        return p;
    }

    private void checkCoDepartments(List<ContentProblem> p, ItemContent c) {
        if (c.mode() == HandlingMode.JOINT && c.coDepartments().isEmpty()) {
            p.add(ContentProblem.of("co_departments", "catalog.jointNeedsCoDepartments"));
        }
        for (String code : c.coDepartments()) {
            if (!departments.contains(code) || code.equals(c.departmentCode())) {
                p.add(ContentProblem.of("co_departments", "catalog.coDepartmentInvalid", code));
            }
        }
    }

    private static void checkTimeLimits(List<ContentProblem> p, ItemContent c) {
        if (c.statutoryDays() < 0 || c.statutoryDays() > MAX_DAYS) {
            p.add(ContentProblem.of("statutory_days", "catalog.daysOutOfRange", MAX_DAYS));
        }
        if (c.promisedDays() < 0) {
            p.add(ContentProblem.of("promised_days", "catalog.daysOutOfRange", MAX_DAYS));
        } else if (c.promisedDays() > c.statutoryDays()) {
            p.add(ContentProblem.of("promised_days", "catalog.promisedExceedsStatutory", c.promisedDays(),
                    c.statutoryDays()));
        }
        if (c.mode() == HandlingMode.IMMEDIATE && c.promisedDays() != 0) {
            p.add(ContentProblem.of("promised_days", "catalog.immediateTakesNoDays"));
        }
    }

    private static void checkProcedure(List<ContentProblem> p, ItemContent c) {
        if (c.procedure().isEmpty()) {
            p.add(ContentProblem.of("procedure", "catalog.procedureRequired"));
        }
        int total = 0;
        for (int i = 0; i < c.procedure().size(); i++) {
            ProcedureStep s = c.procedure().get(i);
            if (isBlank(s.name()) || s.role() == null || !STEP_ROLES.contains(s.role()) || s.days() < 0) {
                p.add(ContentProblem.of("procedure", "catalog.stepInvalid", i + 1));
            } else {
                total += s.days();
            }
        }
        if (total > c.promisedDays() && c.promisedDays() >= 0 && c.mode() != null && c.mode() != HandlingMode.IMMEDIATE) {
            p.add(ContentProblem.of("procedure", "catalog.stepsExceedPromised", total, c.promisedDays()));
        }
    }

    private static void checkMaterials(List<ContentProblem> p, ItemContent c) {
        if (c.materials().isEmpty()) {
            p.add(ContentProblem.of("materials", "catalog.materialsRequired"));
        }
        for (int i = 0; i < c.materials().size(); i++) {
            RequiredMaterial m = c.materials().get(i);
            if (isBlank(m.name()) || m.form() == null || m.level() == null || m.copies() < 1 || m.copies() > 99) {
                p.add(ContentProblem.of("materials", "catalog.materialInvalid", i + 1));
            }
        }
    }

    private static void checkFees(List<ContentProblem> p, ItemContent c) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < c.fees().size(); i++) {
            FeeItem f = c.fees().get(i);
            if (isBlank(f.code()) || !codes.add(f.code()) || isBlank(f.name())
                    || (f.amount() == null && isBlank(f.rule()) && isBlank(f.standard()))
                    || (f.amount() != null && f.amount().compareTo(BigDecimal.ZERO) < 0)) {
                p.add(ContentProblem.of("fees", "catalog.feeInvalid", i + 1));
            }
            if (!isBlank(f.standard())) {
                try {
                    FeeStandard.parse(f.standard(), f.amount());
                } catch (IllegalArgumentException e) {
                    p.add(ContentProblem.of("fees", "fee.standardInvalid",
                            isBlank(f.code()) ? String.valueOf(i + 1) : f.code(), f.standard()));
                }
            }
            if (isBlank(f.legalBasis())) {
                p.add(ContentProblem.of("fees", "catalog.feeWithoutBasis", isBlank(f.code()) ? String.valueOf(i + 1) : f.code()));
            }
        }
    }

    private static void known(List<ContentProblem> p, String field, String code, Set<String> known, String key) {
        if (isBlank(code)) {
            p.add(ContentProblem.of(field, "catalog.required"));
        } else if (!known.contains(code)) {
            p.add(ContentProblem.of(field, key, code));
        }
    }

    private static void text(List<ContentProblem> p, String field, String value, int max) {
        if (isBlank(value)) {
            p.add(ContentProblem.of(field, "catalog.required"));
        } else if (value.length() > max) {
            p.add(ContentProblem.of(field, "catalog.tooLong", max));
        }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
