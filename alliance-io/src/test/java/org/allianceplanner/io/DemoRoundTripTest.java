package org.allianceplanner.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.allianceplanner.io.demo.DemoScenarios;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo, converted from its CSV folder to a workbook and back, keeps every cell of every table,
 * its {@code #source} and {@code #note} columns included: what the README promises with "without loss".
 */
class DemoRoundTripTest {
    @TempDir
    Path work;

    private Path demo;

    @BeforeEach
    void exportDemo() {
        demo = work.resolve("demo");
        DemoScenarios.export(DemoScenarios.NISSAN_TESLA_HONDA, demo);
    }

    @Test
    void csvToWorkbookToCsvKeepsEveryCellNotesIncluded() throws IOException {
        Path workbook = work.resolve("demo.xlsx");
        Path back = work.resolve("back");

        convert(demo, workbook);
        convert(workbook, back);

        List<String> files = csvFiles(demo);
        assertThat(files).hasSizeGreaterThan(20);
        int notes = 0;
        for (String file : files) {
            Map<String, List<String>> original = columns(demo.resolve(file));
            Map<String, List<String>> after = columns(back.resolve(file));
            for (Map.Entry<String, List<String>> column : original.entrySet()) {
                String name = column.getKey();
                assertThat(after).as(file + " keeps the column " + name).containsKey(name);
                List<String> cells = after.get(name);
                assertThat(cells).as(file + ", column " + name).hasSameSizeAs(column.getValue());
                for (int r = 0; r < cells.size(); r++) {
                    String was = column.getValue().get(r);
                    String is = cells.get(r);
                    assertThat(sameValue(was, is))
                            .as("%s, row %d, column %s: was \"%s\", is \"%s\"", file, r + 2, name, was, is)
                            .isTrue();
                }
                if (name.startsWith("#")) {
                    notes += (int) column.getValue().stream()
                            .filter(cell -> !cell.isBlank())
                            .count();
                }
            }
        }
        // The demo cites a source or gives a note on many rows; each of them came back.
        assertThat(notes).isGreaterThan(50);
    }

    @Test
    void workbookToCsvToWorkbookKeepsEveryCell() throws IOException {
        Path first = work.resolve("first.xlsx");
        Path folder = work.resolve("folder");
        Path second = work.resolve("second.xlsx");

        convert(demo, first);
        convert(first, folder);
        convert(folder, second);

        Map<String, List<List<String>>> before = sheets(first);
        Map<String, List<List<String>>> after = sheets(second);
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        for (String sheet : before.keySet()) {
            assertThat(after.get(sheet)).as(sheet).isEqualTo(before.get(sheet));
        }
        assertThat(before.get("plants").get(0)).contains("#source");
    }

    private static void convert(Path from, Path to) {
        ScenarioLoad load = ScenarioFiles.read(from);
        assertThat(load.problems()).as(from.toString()).isEmpty();
        ScenarioFiles.write(load.scenario(), load.notes(), to);
    }

    /**
     * Whether a cell means the same after the round trip: the same text, or the same number written
     * another way ({@code 8.0} and {@code 8}, {@code 25%} and {@code 0.25}).
     */
    private static boolean sameValue(String was, String is) {
        if (was.strip().equals(is)) {
            return true;
        }
        BigDecimal a = number(was);
        BigDecimal b = number(is);
        return a != null && b != null && a.compareTo(b) == 0;
    }

    private static BigDecimal number(String text) {
        String cell = text.strip();
        try {
            if (cell.endsWith("%")) {
                return new BigDecimal(cell.substring(0, cell.length() - 1)).movePointLeft(2);
            }
            return new BigDecimal(cell);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> csvFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".csv"))
                    .sorted()
                    .toList();
        }
    }

    /** Each column's cells by header name, blank rows left out as the reader does. */
    private static Map<String, List<String>> columns(Path file) throws IOException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.parse(
                Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", ""), CSVFormat.DEFAULT)) {
            List<CSVRecord> records = parser.getRecords();
            List<String> header = records.get(0).toList();
            header.forEach(name -> columns.put(name.strip(), new ArrayList<>()));
            for (CSVRecord record : records.subList(1, records.size())) {
                if (record.toList().stream().allMatch(String::isBlank)) {
                    continue;
                }
                for (int c = 0; c < header.size(); c++) {
                    columns.get(header.get(c).strip()).add(c < record.size() ? record.get(c) : "");
                }
            }
        }
        return columns;
    }

    /** Every sheet's cells as Excel shows them, row by row. */
    private static Map<String, List<List<String>>> sheets(Path file) throws IOException {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        DataFormatter formatter = new DataFormatter();
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                XSSFSheet sheet = workbook.getSheetAt(i);
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    XSSFRow row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                        cells.add(formatter.formatCellValue(row.getCell(c)));
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        }
        return sheets;
    }
}
