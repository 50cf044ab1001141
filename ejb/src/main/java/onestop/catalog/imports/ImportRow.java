package onestop.catalog.imports;

import onestop.catalog.ItemContent;

import java.util.List;

/** One data row read from the file: its number, the item code and content, or what is wrong with it. */
public record ImportRow(int row, String code, ItemContent content, List<ImportProblem> problems) {
    public boolean valid() {
        return problems.isEmpty();
    }
}
