package onestop.web.items;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import onestop.catalog.CatalogViews.Cancellation;
import onestop.catalog.CatalogViews.FieldChange;
import onestop.catalog.CatalogViews.ItemGuide;
import onestop.catalog.CatalogViews.ItemSummary;
import onestop.catalog.CatalogViews.VersionView;
import onestop.catalog.FeeItem;
import onestop.catalog.HandlingMode;
import onestop.catalog.ItemContent;
import onestop.catalog.ItemType;
import onestop.catalog.MaterialForm;
import onestop.catalog.ProcedureStep;
import onestop.catalog.RequiredMaterial;
import onestop.security.Role;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The public catalog as the pages and the JSON API show it, in one language: an item's guide
 * with the seven disclosures under the keys {@code approvalContent}, {@code procedure},
 * {@code materials}, {@code timeLimit}, {@code fees}, {@code preferentialPolicy},
 * {@code supervision}; the browse lines; the published versions with what each changed. Codes
 * stay codes, and each comes with its name in the caller's language.
 */
public final class PublicItems {
    private PublicItems() {
    }

    /** A coded value with its name in the caller's language. */
    public record Named(String code, String name) implements Serializable {
    }

    /** A cancellation by decree, of the item or of a fee; {@code inEffect} once the date has come. */
    public record Decree(String decree, LocalDate effective, boolean inEffect) implements Serializable {
        static Decree of(Cancellation c, LocalDate today) {
            return c == null ? null : new Decree(c.decree(), c.effective(), !c.effective().isAfter(today));
        }
    }

    public record Step(int number, String name, Named role, int days) implements Serializable {
    }

    public record Material(int number, String name, Named form, int copies, boolean required, String level,
                           String notes, String sampleFileName) implements Serializable {
        public boolean hasSample() {
            return sampleFileName != null;
        }
    }

    public record TimeLimit(int statutoryDays, int promisedDays, Named mode) implements Serializable {
    }

    /** A fee item; {@code amountText} says it for people ("¥10.00", or the rule). */
    @JsonbNillable
    public record Fee(String code, String name, BigDecimal amount, String rule, String legalBasis, String amountText,
                      Decree cancellation) implements Serializable {
        public boolean cancelled() {
            return cancellation != null && cancellation.inEffect();
        }
    }

    public record Supervision(String complaintChannels, String supervisingDepartment) implements Serializable {
    }

    /** The guide of an item: the version in effect and the seven disclosures. */
    @JsonbNillable
    @JsonbPropertyOrder({"code", "name", "department", "hall", "type", "mode", "version", "effectiveDate",
            "cancellation", "coDepartments", "legalBasis", "online", "approvalContent", "procedure", "materials",
            "timeLimit", "fees", "preferentialPolicy", "supervision", "publishedVersions"})
    public record Item(String code, String name, Named department, Named hall, Named type, Named mode, int version,
                       LocalDate effectiveDate, Decree cancellation, List<Named> coDepartments, String legalBasis,
                       boolean online, String approvalContent, List<Step> procedure, List<Material> materials,
                       TimeLimit timeLimit, List<Fee> fees, String preferentialPolicy, Supervision supervision,
                       List<Integer> publishedVersions) implements Serializable {
        public boolean cancelled() {
            return cancellation != null && cancellation.inEffect();
        }
    }

    /** One line of the browse list and of {@code GET /api/items}. */
    @JsonbNillable
    @JsonbPropertyOrder({"code", "name", "department", "hall", "type", "mode", "promisedDays", "statutoryDays",
            "version", "effectiveDate", "cancellation"})
    public record Summary(String code, String name, Named department, Named hall, Named type, Named mode,
                          int promisedDays, int statutoryDays, Integer version, LocalDate effectiveDate,
                          Decree cancellation) implements Serializable {
        public boolean cancelled() {
            return cancellation != null && cancellation.inEffect();
        }
    }

    /** One field a version changed: its label, and the text before and after. */
    @JsonbNillable
    public record Change(String field, String label, String before, String after) implements Serializable {
    }

    /** A published version, what it changed against the one before, and whether it is the one in effect. */
    @JsonbNillable
    @JsonbPropertyOrder({"version", "effectiveDate", "current", "changeNote", "publishedAt", "changes"})
    public record Version(int version, LocalDate effectiveDate, boolean current, String changeNote,
                          Instant publishedAt, List<Change> changes) implements Serializable {
        public boolean first() {
            return version == 1;
        }
    }

    public static Item item(ItemGuide guide, CatalogTexts t, LocalDate today) {
        VersionView v = guide.current();
        ItemContent c = v.content();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < c.procedure().size(); i++) {
            ProcedureStep s = c.procedure().get(i);
            steps.add(new Step(i + 1, s.name(), new Named(s.role() == null ? null : s.role().name(), t.role(s.role())),
                    s.days()));
        }
        List<Material> materials = new ArrayList<>();
        for (int i = 0; i < c.materials().size(); i++) {
            RequiredMaterial m = c.materials().get(i);
            materials.add(new Material(i + 1, m.name(), new Named(m.form() == null ? null : m.form().name(),
                    t.form(m.form())), m.copies(), m.required(), m.level() == null ? null : m.level().name(),
                    blankToNull(m.notes()), m.sampleSha256() == null ? null
                    : m.sampleFileName() == null ? "sample" : m.sampleFileName()));
        }
        List<Fee> fees = c.fees().stream().map(f -> fee(f, guide, t, today)).toList();
        return new Item(v.code(), c.name(), department(c.departmentCode(), t), hall(c.hallCode(), t),
                new Named(c.type() == null ? null : c.type().name(), t.type(c.type())),
                mode(c, t), v.number(), v.effectiveDate(), Decree.of(guide.cancellation(), today),
                c.coDepartments().stream().map(d -> department(d, t)).toList(), c.legalBasis(), c.online(),
                c.approvalContent(), steps, materials, new TimeLimit(c.statutoryDays(), c.promisedDays(), mode(c, t)),
                fees, blankToNull(c.preferentialPolicy()),
                new Supervision(c.complaintChannels(), c.supervisingDepartment()), guide.publishedNumbers());
    }

    public static Summary summary(ItemSummary s, CatalogTexts t, LocalDate today) {
        return new Summary(s.code(), s.name(), department(s.departmentCode(), t), hall(s.hallCode(), t),
                new Named(s.type() == null ? null : s.type().name(), t.type(s.type())),
                new Named(s.mode() == null ? null : s.mode().name(), t.mode(s.mode())), s.promisedDays(),
                s.statutoryDays(), s.currentNumber(), s.effectiveDate(), Decree.of(s.cancellation(), today));
    }

    /** A published version with its changes; department, hall and co-department codes shown by name. */
    public static Version version(VersionView v, boolean current, List<FieldChange> changes, CatalogTexts t) {
        List<Change> shown = changes.stream()
                .map(ch -> new Change(ch.field(), t.label("field." + ch.field()), value(ch.field(), ch.before(), t),
                        value(ch.field(), ch.after(), t)))
                .toList();
        return new Version(v.number(), v.effectiveDate(), current, blankToNull(v.changeNote()), v.publishedAt(), shown);
    }

    private static String value(String field, String value, CatalogTexts t) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (field) {
            case "department" -> t.department(value) + " (" + value + ")";
            case "hall" -> t.hall(value);
            case "co_departments" -> String.join("、", Arrays.stream(value.split(";")).map(t::department).toList());
            case "type" -> Optional.ofNullable(ItemType.parse(value)).map(t::type).orElse(value);
            case "mode" -> Optional.ofNullable(HandlingMode.parse(value)).map(t::mode).orElse(value);
            case "online" -> t.label("是".equals(value) ? "guide.online.yes" : "guide.online.no");
            case "procedure", "materials", "fees" -> Arrays.stream(value.split("\n", -1))
                    .map(line -> listLine(field, line.split("\\|", -1), t)).collect(Collectors.joining("\n"));
            default -> value;
        };
    }

    /**
     * One entry of a list field in the import format ({@code name|ROLE|days} and so on), said
     * for people: codes become labels, empty parts are left out, parts joined by " · ".
     */
    private static String listLine(String field, String[] p, CatalogTexts t) {
        List<String> parts = new ArrayList<>(Arrays.asList(p));
        if ("procedure".equals(field) && p.length == 3) {
            parts.set(1, roleLabel(p[1], t));
            parts.set(2, days(p[2], t));
        } else if ("materials".equals(field) && p.length == 6) {
            parts.set(1, Optional.ofNullable(MaterialForm.parse(p[1])).map(t::form).orElse(p[1]));
            parts.set(2, copies(p[2], t));
            parts.set(3, t.label("必要".equals(p[3]) ? "guide.material.required" : "guide.material.optional"));
        }
        return parts.stream().filter(x -> !x.isBlank()).collect(Collectors.joining(" · "));
    }

    private static String roleLabel(String role, CatalogTexts t) {
        try {
            return t.role(Role.valueOf(role));
        } catch (IllegalArgumentException e) {
            return role;
        }
    }

    private static String copies(String copies, CatalogTexts t) {
        try {
            return t.label("history.copies", Integer.parseInt(copies));
        } catch (NumberFormatException e) {
            return copies;
        }
    }

    private static String days(String days, CatalogTexts t) {
        try {
            return t.label("guide.workingDays", Integer.parseInt(days));
        } catch (NumberFormatException e) {
            return days;
        }
    }

    private static Fee fee(FeeItem f, ItemGuide guide, CatalogTexts t, LocalDate today) {
        Cancellation cancelled = guide.cancelledFees().stream().filter(x -> x.feeCode().equals(f.code()))
                .findFirst().orElse(null);
        return new Fee(f.code(), f.name(), f.amount(), blankToNull(f.rule()), f.legalBasis(), amountText(f, t),
                Decree.of(cancelled, today));
    }

    static String amountText(FeeItem f, CatalogTexts t) {
        String yuan = f.amount() == null ? null
                : t.label("guide.fee.yuan", f.amount().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        if (yuan == null) {
            return f.rule() == null ? "" : f.rule();
        }
        return f.rule() == null || f.rule().isBlank() ? yuan : yuan + "（" + f.rule() + "）";
    }

    private static Named mode(ItemContent c, CatalogTexts t) {
        return new Named(c.mode() == null ? null : c.mode().name(), t.mode(c.mode()));
    }

    private static Named department(String code, CatalogTexts t) {
        return new Named(code, t.department(code));
    }

    private static Named hall(String code, CatalogTexts t) {
        return new Named(code, t.hall(code));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
