package onestop.catalog.imports;

import java.io.Serializable;
import java.util.List;

/** One problem in an import file: the spreadsheet row (1 = header), the column, a message key and its arguments. */
public record ImportProblem(int row, String column, String key, List<Object> args) implements Serializable {
}
