package onestop.catalog.imports;

import onestop.catalog.FeeItem;
import onestop.catalog.HandlingMode;
import onestop.catalog.ItemContent;
import onestop.catalog.ItemType;
import onestop.catalog.MaterialForm;
import onestop.catalog.MaterialLevel;
import onestop.catalog.ProcedureStep;
import onestop.catalog.RequiredMaterial;
import onestop.security.Role;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the rows of a catalog spreadsheet ({@code docs/catalog-import.md}) into item contents,
 * collecting every cell-level problem with its row and column. Business rules (time limits,
 * known departments, fee bases) are checked afterwards by {@code ItemContentRules}.
 */
public final class CatalogRows {
    public static final List<String> COLUMNS = List.of("code", "name", "department", "hall", "type", "mode",
            "co_departments", "statutory_days", "promised_days", "legal_basis", "online", "approval_content",
            "procedure", "materials", "fees", "preferential_policy", "complaint_channels", "supervising_department");
    private static final Set<String> OPTIONAL = Set.of("co_departments", "fees", "preferential_policy");

    private CatalogRows() {
    }

    /** Reads every data row; throws if the header itself is unusable. */
    public static List<ImportRow> parse(List<List<String>> sheet) {
        if (sheet.isEmpty() || sheet.get(0).isEmpty()) {
            throw new ImportException("import.noHeader");
        }
        Map<String, Integer> index = header(sheet.get(0));
        List<ImportRow> rows = new ArrayList<>();
        for (int r = 1; r < sheet.size(); r++) {
            if (!sheet.get(r).isEmpty()) {
                rows.add(row(r + 1, sheet.get(r), index));
            }
        }
        if (rows.isEmpty()) {
            throw new ImportException("import.noRows");
        }
        return rows;
    }

    private static Map<String, Integer> header(List<String> cells) {
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < cells.size(); c++) {
            String name = cells.get(c).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!COLUMNS.contains(name)) {
                throw new ImportException("import.unknownColumn", cells.get(c).strip(), columnLetter(c));
            }
            if (index.put(name, c) != null) {
                throw new ImportException("import.duplicateColumn", name);
            }
        }
        for (String column : COLUMNS) {
            if (!index.containsKey(column) && !OPTIONAL.contains(column)) {
                throw new ImportException("import.missingColumn", column);
            }
        }
        return index;
    }

    private static ImportRow row(int rowNumber, List<String> cells, Map<String, Integer> index) {
        Cells in = new Cells(rowNumber, cells, index);
        String code = in.text("code").toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            in.problem("code", "catalog.required");
        }
        ItemContent content = new ItemContent(in.text("name"), in.text("department").toUpperCase(Locale.ROOT),
                in.text("hall").toUpperCase(Locale.ROOT), in.choice("type", ItemType::parse),
                in.choice("mode", HandlingMode::parse), codes(in.text("co_departments")),
                in.integer("statutory_days"), in.integer("promised_days"), in.text("legal_basis"),
                in.yesNo("online"), in.text("approval_content"), in.lines("procedure", 3, CatalogRows::step),
                in.lines("materials", 6, CatalogRows::material), in.lines("fees", 5, 6, CatalogRows::fee),
                blankToNull(in.text("preferential_policy")), in.text("complaint_channels"),
                in.text("supervising_department"));
        return new ImportRow(rowNumber, code, content, in.problems);
    }

    private static List<String> codes(String cell) {
        return cell.isBlank() ? List.of()
                : Arrays.stream(cell.split("[;；,，]")).map(s -> s.strip().toUpperCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).toList();
    }

    private static ProcedureStep step(String[] f) {
        Role role = Arrays.stream(Role.values()).filter(r -> r.name().equalsIgnoreCase(f[1].strip())).findFirst()
                .orElseThrow(IllegalArgumentException::new);
        return new ProcedureStep(f[0].strip(), role, Integer.parseInt(f[2].strip()));
    }

    private static RequiredMaterial material(String[] f) {
        MaterialForm form = MaterialForm.parse(f[1]);
        String required = f[3].strip();
        if (form == null || !(required.equals("必要") || required.equals("選填") || required.equals("必要件")
                || required.equalsIgnoreCase("required") || required.equalsIgnoreCase("optional"))) {
            throw new IllegalArgumentException();
        }
        return new RequiredMaterial(f[0].strip(), form, Integer.parseInt(f[2].strip()),
                required.startsWith("必要") || required.equalsIgnoreCase("required"),
                MaterialLevel.valueOf(f[4].strip().toUpperCase(Locale.ROOT)), blankToNull(f[5].strip()), null, null);
    }

    private static FeeItem fee(String[] f) {
        String amount = f[2].strip();
        return new FeeItem(f[0].strip(), f[1].strip(), amount.isEmpty() ? null : new BigDecimal(amount).setScale(2),
                blankToNull(f[3].strip()), f[4].strip(), f.length > 5 ? blankToNull(f[5].strip()) : null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String columnLetter(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            s.insert(0, (char) ('A' + i % 26));
        }
        return s.toString();
    }

    /** The cells of one row, read by column name, each reading noting its own problems. */
    private static final class Cells {
        private final int row;
        private final List<String> cells;
        private final Map<String, Integer> index;
        final List<ImportProblem> problems = new ArrayList<>();

        Cells(int row, List<String> cells, Map<String, Integer> index) {
            this.row = row;
            this.cells = cells;
            this.index = index;
        }

        void problem(String column, String key, Object... args) {
            problems.add(new ImportProblem(row, column, key, List.of(args)));
        }

        String text(String column) {
            Integer c = index.get(column);
            return c == null || c >= cells.size() ? "" : cells.get(c).strip();
        }

        int integer(String column) {
            String v = text(column);
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                problem(column, "import.notANumber", v);
                return 0;
            }
        }

        boolean yesNo(String column) {
            String v = text(column).toLowerCase(Locale.ROOT);
            if (v.equals("是") || v.equals("true") || v.equals("yes")) {
                return true;
            }
            if (!(v.equals("否") || v.equals("false") || v.equals("no"))) {
                problem(column, "import.notYesNo", v);
            }
            return false;
        }

        <E> E choice(String column, Function<String, E> parse) {
            String v = text(column);
            E value = parse.apply(v);
            if (value == null) {
                problem(column, "import.unknownValue", v);
            }
            return value;
        }

        <T> List<T> lines(String column, int fields, Function<String[], T> parse) {
            return lines(column, fields, fields, parse);
        }

        /** Lines of {@code minFields} to {@code maxFields} fields (a trailing optional field may be left out). */
        <T> List<T> lines(String column, int minFields, int maxFields, Function<String[], T> parse) {
            int fields = minFields;
            List<T> out = new ArrayList<>();
            String[] lines = text(column).split("\\R");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String[] f = lines[i].split("\\|", -1);
                try {
                    if (f.length < minFields || f.length > maxFields) {
                        throw new IllegalArgumentException();
                    }
                    out.add(parse.apply(f));
                } catch (RuntimeException e) {
                    problem(column, "import.badLine", i + 1, fields);
                }
            }
            return out;
        }
    }
}
