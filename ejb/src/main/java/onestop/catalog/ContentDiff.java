package onestop.catalog;

import onestop.catalog.CatalogViews.FieldChange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Renders an item's content as named text fields (the import columns, lists as one line per
 * entry in the import format) and lists the fields that differ between two versions.
 */
public final class ContentDiff {
    private ContentDiff() {
    }

    public static List<FieldChange> between(ItemContent before, ItemContent after) {
        Map<String, String> a = fields(before);
        Map<String, String> b = fields(after);
        List<FieldChange> changes = new ArrayList<>();
        for (String field : b.keySet()) {
            if (!Objects.equals(a.get(field), b.get(field))) {
                changes.add(new FieldChange(field, a.get(field), b.get(field)));
            }
        }
        return changes;
    }

    /** The content as the import format writes it, field by field, in column order. */
    public static Map<String, String> fields(ItemContent c) {
        Map<String, String> f = new LinkedHashMap<>();
        if (c == null) {
            return f;
        }
        f.put("name", c.name());
        f.put("department", c.departmentCode());
        f.put("hall", c.hallCode());
        f.put("type", c.type() == null ? null : c.type().label());
        f.put("mode", c.mode() == null ? null : c.mode().label());
        f.put("co_departments", String.join(";", c.coDepartments()));
        f.put("statutory_days", Integer.toString(c.statutoryDays()));
        f.put("promised_days", Integer.toString(c.promisedDays()));
        f.put("legal_basis", c.legalBasis());
        f.put("online", c.online() ? "是" : "否");
        f.put("approval_content", c.approvalContent());
        f.put("procedure", c.procedure().stream()
                .map(s -> s.name() + "|" + s.role() + "|" + s.days()).collect(Collectors.joining("\n")));
        f.put("materials", c.materials().stream()
                .map(m -> String.join("|", m.name(), m.form() == null ? "" : m.form().label(),
                        Integer.toString(m.copies()), m.required() ? "必要" : "選填",
                        m.level() == null ? "" : m.level().name(), nullToEmpty(m.notes())))
                .collect(Collectors.joining("\n")));
        f.put("fees", c.fees().stream()
                .map(x -> String.join("|", x.code(), x.name(), amount(x.amount()), nullToEmpty(x.rule()),
                        nullToEmpty(x.legalBasis())) + (x.standard() == null ? "" : "|" + x.standard()))
                .collect(Collectors.joining("\n")));
        f.put("preferential_policy", nullToEmpty(c.preferentialPolicy()));
        f.put("complaint_channels", c.complaintChannels());
        f.put("supervising_department", c.supervisingDepartment());
        return f;
    }

    private static String amount(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
