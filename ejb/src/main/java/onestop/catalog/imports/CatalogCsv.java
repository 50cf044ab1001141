package onestop.catalog.imports;

import onestop.catalog.ContentDiff;
import onestop.catalog.ItemContent;
import onestop.documents.CsvWriter;

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
        CsvWriter csv = new CsvWriter(false).row(CatalogRows.COLUMNS);
        for (Entry e : entries) {
            Map<String, String> fields = ContentDiff.fields(e.content());
            List<String> cells = new ArrayList<>();
            for (String column : CatalogRows.COLUMNS) {
                cells.add(column.equals("code") ? e.code() : fields.getOrDefault(column, ""));
            }
            csv.row(cells);
        }
        return csv.toBytes();
    }
}
