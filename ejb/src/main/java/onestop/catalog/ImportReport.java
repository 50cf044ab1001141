package onestop.catalog;

import onestop.catalog.imports.ImportProblem;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did or would do: rows read, items new / changed / unchanged, and every problem
 * (row, column, message). With problems, nothing is imported. {@code batch} names the versions it
 * submitted for review (null for a dry run or when nothing changed).
 */
public record ImportReport(String batch, String fileSha256, int rows, int created, int changed, int unchanged,
                           List<ImportProblem> problems) implements Serializable {
    public boolean clean() {
        return problems.isEmpty();
    }
}
