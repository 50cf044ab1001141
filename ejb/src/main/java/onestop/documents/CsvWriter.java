package onestop.documents;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark (so spreadsheet programs open Chinese text right),
 * CRLF line ends. For reports, cells that a spreadsheet would run as a formula (starting with
 * = + - @) are prefixed with an apostrophe; the catalog export, which must import back unchanged,
 * turns that off.
 */
public final class CsvWriter {
    private final StringBuilder out = new StringBuilder("\uFEFF");
    private final boolean guardFormulas;

    public CsvWriter(boolean guardFormulas) {
        this.guardFormulas = guardFormulas;
    }

    public CsvWriter row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String v = cells.get(i) == null ? "" : cells.get(i).toString();
            if (guardFormulas && !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !isNumber(v)) {
                v = "'" + v;
            }
            if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
                out.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                out.append(v);
            }
        }
        out.append("\r\n");
        return this;
    }

    public byte[] toBytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isNumber(String v) {
        return v.matches("[-+]?\\d+(\\.\\d+)?");
    }
}
