package onestop.documents.pdf;

import java.util.List;

/**
 * A simple grid: a header row and rows of plain text cells that wrap. Column widths are
 * fractions of the text width and are scaled to add up to 1. Rows shorter than the header are
 * padded with empty cells.
 */
public record Table(List<Column> columns, List<List<String>> rows, float fontSize) {
    public record Column(String header, float width) {
        public Column {
            if (!(width > 0)) {
                throw new IllegalArgumentException("column width must be positive");
            }
            header = header == null ? "" : header;
        }
    }

    public Table {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs a column");
        }
        int width = columns.size();
        rows = rows.stream().map(row -> {
            if (row.size() > width) {
                throw new IllegalArgumentException("row has more cells than the table has columns: " + row);
            }
            return row.stream().map(cell -> cell == null ? "" : cell).toList();
        }).toList();
        if (fontSize < 4 || fontSize > 72) {
            throw new IllegalArgumentException("font size out of range: " + fontSize);
        }
    }

    public Table(List<Column> columns, List<List<String>> rows) {
        this(columns, rows, 10);
    }

    float[] widths(float total) {
        double sum = columns.stream().mapToDouble(Column::width).sum();
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (float) (columns.get(i).width() / sum * total);
        }
        return widths;
    }

    String cell(int row, int column) {
        List<String> cells = rows.get(row);
        return column < cells.size() ? cells.get(column) : "";
    }
}
