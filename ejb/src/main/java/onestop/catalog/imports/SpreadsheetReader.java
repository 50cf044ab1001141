package onestop.catalog.imports;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the first sheet of an XLSX file or a UTF-8 CSV file into rows of cell texts. The kind is
 * judged by content (an XLSX is a ZIP, a CSV is valid UTF-8 text), never by the file name; size,
 * row count and ZIP expansion are limited so a hostile file cannot exhaust the server.
 */
public final class SpreadsheetReader {
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;

    private SpreadsheetReader() {
    }

    public static List<List<String>> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new ImportException("import.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new ImportException("import.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return xlsx(content);
        }
        return csv(utf8(content));
    }

    private static String utf8(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            if (text.chars().anyMatch(ch -> ch == 0 || (ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t'))) {
                throw new ImportException("import.notSpreadsheet");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ImportException("import.notSpreadsheet");
        }
    }

    /** RFC 4180: comma-separated, fields in double quotes may hold commas, quotes ("") and line breaks. */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty() && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                addRow(rows, row);
                row = new ArrayList<>();
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new ImportException("import.unclosedQuote", rows.size() + 1);
        }
        if (fieldStarted || !field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            addRow(rows, row);
        }
        return rows;
    }

    private static void addRow(List<List<String>> rows, List<String> row) {
        if (row.stream().allMatch(String::isBlank)) {
            rows.add(List.of());
        } else {
            rows.add(row);
        }
        if (rows.size() > MAX_ROWS + 1) {
            throw new ImportException("import.tooManyRows", MAX_ROWS);
        }
    }

    private static List<List<String>> xlsx(byte[] content) {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new ImportException("import.notSpreadsheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw new ImportException("import.tooManyRows", MAX_ROWS);
            }
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                }
                rows.add(cells.stream().allMatch(String::isBlank) ? List.of() : cells);
            }
            return rows;
        } catch (ImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // a ZIP that is not a workbook, a corrupt or bomb-like file: POI refuses, so do we
            throw new ImportException("import.notSpreadsheet");
        }
    }
}
