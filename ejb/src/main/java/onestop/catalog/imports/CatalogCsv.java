package onestop.catalog.imports;

import onestop.catalog.ContentDiff;
import onestop.catalog.ItemContent;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes items in the import format as UTF-8 CSV (with a BOM, so spreadsheet programs open it as
 * UTF-8): an export that can be edited and imported again unchanged.
 */
public final class CatalogCsv {
    private CatalogCsv() {
    }

    public record Entry(String code, ItemContent content) {
    }

    public static byte[] write(List<Entry> entries) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, CatalogRows.COLUMNS);
        for (Entry e : entries) {
            Map<String, String> fields = ContentDiff.fields(e.content());
            List<String> cells = new ArrayList<>();
            for (String column : CatalogRows.COLUMNS) {
                cells.add(column.equals("code") ? e.code() : fields.getOrDefault(column, ""));
            }
            line(out, cells);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String v = cells.get(i) == null ? "" : cells.get(i);
            if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
                out.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                out.append(v);
            }
        }
        out.append("\r\n");
    }
}
