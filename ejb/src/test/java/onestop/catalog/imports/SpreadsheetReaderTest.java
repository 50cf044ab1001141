package onestop.catalog.imports;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SpreadsheetReaderTest {
    private static final List<String> HEADER = List.of("code", "name", "procedure");
    private static final List<String> ROW = List.of("SCJ-XK-001", "食品經營許可", "受理|CLERK|1\n審查|CHIEF_REPRESENTATIVE|7");

    @Test
    @DisplayName("an XLSX file's first sheet is read by content, with line breaks inside cells and numbers as typed")
    void xlsx() throws IOException {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("事項");
            write(sheet.createRow(0), HEADER);
            write(sheet.createRow(1), ROW);
            sheet.createRow(2);
            Row numbers = sheet.createRow(3);
            numbers.createCell(0).setCellValue("X-2");
            numbers.createCell(1).setCellValue(20);
            workbook.write(out);
            file = out.toByteArray();
        }

        List<List<String>> rows = SpreadsheetReader.read(file);

        assertEquals(HEADER, rows.get(0));
        assertEquals(ROW, rows.get(1));
        assertEquals(List.of(), rows.get(2));
        assertEquals(List.of("X-2", "20"), rows.get(3));
    }

    @Test
    @DisplayName("a UTF-8 CSV with a BOM, quoted commas, doubled quotes and line breaks reads the same")
    void csv() {
        String csv = "\uFEFFcode,name,procedure\r\n"
                + "SCJ-XK-001,\"食品經營許可\",\"受理|CLERK|1\n審查|CHIEF_REPRESENTATIVE|7\"\r\n"
                + "X-2,\"a, \"\"quoted\"\" name\",\r\n";

        List<List<String>> rows = SpreadsheetReader.read(csv.getBytes(StandardCharsets.UTF_8));

        assertEquals(HEADER, rows.get(0));
        assertEquals(ROW, rows.get(1));
        assertEquals(List.of("X-2", "a, \"quoted\" name", ""), rows.get(2));
    }

    @Test
    @DisplayName("text in another encoding, an unclosed quote and an oversized file are refused with their reason")
    void refusals() {
        byte[] gbk = "事項".getBytes(java.nio.charset.Charset.forName("GBK"));

        assertEquals("import.notSpreadsheet", assertThrows(ImportException.class, () -> SpreadsheetReader.read(gbk)).key());
        assertEquals("import.unclosedQuote", assertThrows(ImportException.class,
                () -> SpreadsheetReader.read("code\n\"open".getBytes(StandardCharsets.UTF_8))).key());
        assertEquals("import.tooLarge", assertThrows(ImportException.class,
                () -> SpreadsheetReader.read(new byte[SpreadsheetReader.MAX_BYTES + 1])).key());
    }

    private static void write(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
        }
    }
}
