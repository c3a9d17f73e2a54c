package org.allianceplanner.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.allianceplanner.io.demo.DemoScenarios;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy of the demo with thirteen planted errors of different kinds: every one is reported with its
 * file, row and column, and nothing else is.
 */
class PlantedErrorsTest {
    @TempDir
    Path work;

    private Path demo;

    @BeforeEach
    void exportDemo() {
        demo = work.resolve("demo");
        DemoScenarios.export(DemoScenarios.NISSAN_TESLA_HONDA, demo);
        assertThat(ScenarioFiles.read(demo).problems()).as("the demo itself").isEmpty();
    }

    @Test
    void reportsEveryPlantedErrorInACsvFolderWithItsLocationAndNothingElse() throws IOException {
        List<Expected> expected = plantErrors(new CsvFolder(demo));

        List<Problem> problems = ScenarioFiles.read(demo).problems();

        assertReportedExactly(problems, expected, error -> {
            String file = error.table().equals("scenario") ? "scenario.yaml" : error.table() + ".csv";
            return problem -> {
                assertThat(problem.file()).isEqualTo(file);
                assertThat(problem.sheet()).isNull();
            };
        });
    }

    @Test
    void reportsEveryPlantedErrorInAWorkbookWithSheetRowAndColumnLetter() throws IOException {
        Path workbook = work.resolve("demo.xlsx");
        ScenarioFiles.write(ScenarioFiles.read(demo).scenario(), workbook);
        List<Expected> expected;
        try (WorkbookTables tables = new WorkbookTables(workbook)) {
            expected = plantErrors(tables);
        }

        List<Problem> problems = ScenarioFiles.read(workbook).problems();

        assertReportedExactly(problems, expected, error -> problem -> {
            assertThat(problem.file()).isEqualTo("demo.xlsx");
            assertThat(problem.sheet()).isEqualTo(error.table());
            assertThat(problem.columnLetter()).matches("[A-Z]+");
        });
        assertThat(problems)
                .extracting(Problem::describe)
                .contains("demo.xlsx, sheet plants, row 3, column D (country_id): \"XX\": Unknown country 'XX': no"
                        + " row of countries has this country_id. Maybe you meant 'MX'.");
    }

    /**
     * Every planted error is reported at its row and column with its rule, in the file the form
     * dictates, and nothing else is reported.
     */
    private static void assertReportedExactly(
            List<Problem> problems, List<Expected> expected, Function<Expected, Consumer<Problem>> inFile) {
        assertThat(problems).hasSize(expected.size());
        for (Expected error : expected) {
            assertThat(problems).as("planted: %s", error).anySatisfy(problem -> {
                inFile.apply(error).accept(problem);
                assertThat(problem.row()).isEqualTo(error.row());
                assertThat(problem.column()).isEqualTo(error.column());
                assertThat(problem.describe()).contains(error.ruleFragment());
            });
        }
    }

    /** Plants the errors through {@code tables} and says where each must be reported. */
    static List<Expected> plantErrors(Tables tables) throws IOException {
        List<Expected> expected = new ArrayList<>();
        tables.set("plants", 2, "capacity_units_per_year", "-5");
        expected.add(new Expected("plants", 2, "capacity_units_per_year", "must be greater than 0"));
        tables.set("plants", 3, "country_id", "XX");
        expected.add(new Expected("plants", 3, "country_id", "Unknown country 'XX'"));
        tables.set("plants", 4, "latitude", "");
        expected.add(new Expected("plants", 4, "latitude", "is empty; this column is required"));
        tables.set("platform_lines", 2, "capacity_units_per_year", "abc");
        expected.add(new Expected("platform_lines", 2, "capacity_units_per_year", "\"abc\" is not a number"));
        tables.set("models", 2, "powertrain", "STEAM");
        expected.add(new Expected("models", 2, "powertrain", "must be one of [BEV, PHEV, HEV, ICE]"));
        tables.set("demand", 2, "units_per_year", "NaN");
        expected.add(new Expected("demand", 2, "units_per_year", "is not a number"));
        int copy = tables.appendCopyOf("demand", 3);
        expected.add(new Expected(
                "demand", copy, "model_id", "is not unique: an earlier row has it too. (First on row 3.)"));
        tables.set("dealers", 2, "coverage_share", "35");
        expected.add(new Expected("dealers", 2, "coverage_share", "Maybe you entered a percentage"));
        int tier = tables.firstRowWhere("price_tiers", "min_units_per_year", value -> Double.parseDouble(value) > 0);
        tables.set("price_tiers", tier, "price_per_unit", "100000");
        expected.add(new Expected("price_tiers", tier, "price_per_unit", "Tiers out of order"));
        tables.set("rnd_tasks", 2, "predecessors", tables.get("rnd_tasks", 2, "task_id"));
        expected.add(new Expected("rnd_tasks", 2, "predecessors", "its own predecessor"));
        tables.set("coalitions", 2, "partners", tables.get("coalitions", 2, "partners") + "+ford");
        expected.add(new Expected("coalitions", 2, "partners", "ford"));
        tables.removeDataRows("fx_rates");
        int jpyPartner = tables.firstRowWhere("partners", "currency", "JPY"::equals);
        expected.add(new Expected("partners", jpyPartner, "currency", "JPY has no exchange rate"));
        int gapRow = tables.setSetting("solver.relative_gap", "2");
        expected.add(new Expected("scenario", gapRow, "solver.relative_gap", "the plausible range is 0 to 0.5"));
        return expected;
    }

    /**
     * Where a planted error must be reported.
     *
     * @param table table name, or {@code scenario} for a setting
     * @param row row as Excel shows it (for scenario.yaml, the line)
     */
    record Expected(String table, int row, String column, String ruleFragment) {}

    /** Edits cells of a scenario's tables by table, Excel row and column name. */
    interface Tables {
        String get(String table, int row, String column) throws IOException;

        void set(String table, int row, String column, String value) throws IOException;

        /** Appends a copy of a row; returns the new row's number. */
        int appendCopyOf(String table, int row) throws IOException;

        void removeDataRows(String table) throws IOException;

        int firstRowWhere(String table, String column, Predicate<String> test) throws IOException;

        /** Sets a setting; returns the row (or line) that holds it. */
        int setSetting(String key, String value) throws IOException;
    }

    /** The sheets of a workbook, saved on {@link #close()}. */
    static final class WorkbookTables implements Tables, AutoCloseable {
        private final Path file;
        private final XSSFWorkbook workbook;

        WorkbookTables(Path file) throws IOException {
            this.file = file;
            try (InputStream in = Files.newInputStream(file)) {
                this.workbook = new XSSFWorkbook(in);
            }
        }

        @Override
        public String get(String table, int row, String column) {
            Cell cell = workbook.getSheet(table).getRow(row - 1).getCell(columnIndex(table, column));
            return cell == null ? "" : new DataFormatter().formatCellValue(cell);
        }

        @Override
        public void set(String table, int row, String column, String value) {
            Row sheetRow = workbook.getSheet(table).getRow(row - 1);
            int index = columnIndex(table, column);
            Cell cell = sheetRow.getCell(index);
            if (cell != null) {
                sheetRow.removeCell(cell);
            }
            if (!value.isEmpty()) {
                sheetRow.createCell(index).setCellValue(value);
            }
        }

        @Override
        public int appendCopyOf(String table, int row) {
            Sheet sheet = workbook.getSheet(table);
            Row source = sheet.getRow(row - 1);
            Row copy = sheet.createRow(sheet.getLastRowNum() + 1);
            for (Cell cell : source) {
                Cell target = copy.createCell(cell.getColumnIndex());
                if (cell.getCellType() == CellType.NUMERIC) {
                    target.setCellValue(cell.getNumericCellValue());
                } else {
                    target.setCellValue(new DataFormatter().formatCellValue(cell));
                }
            }
            return copy.getRowNum() + 1;
        }

        @Override
        public void removeDataRows(String table) {
            Sheet sheet = workbook.getSheet(table);
            for (int r = sheet.getLastRowNum(); r >= 1; r--) {
                Row row = sheet.getRow(r);
                if (row != null) {
                    sheet.removeRow(row);
                }
            }
        }

        @Override
        public int firstRowWhere(String table, String column, Predicate<String> test) {
            Sheet sheet = workbook.getSheet(table);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (test.test(get(table, r + 1, column))) {
                    return r + 1;
                }
            }
            throw new IllegalStateException("No row of " + table + " fits.");
        }

        @Override
        public int setSetting(String key, String value) {
            Sheet sheet = workbook.getSheet("scenario");
            for (Row row : sheet) {
                if (row.getCell(0) != null
                        && row.getCell(0).getStringCellValue().equals(key)) {
                    row.getCell(1).setCellValue(Double.parseDouble(value));
                    return row.getRowNum() + 1;
                }
            }
            throw new IllegalStateException("No setting " + key + " in the scenario sheet.");
        }

        private int columnIndex(String table, String column) {
            for (Cell cell : workbook.getSheet(table).getRow(0)) {
                if (cell.getStringCellValue().equals(column)) {
                    return cell.getColumnIndex();
                }
            }
            throw new IllegalStateException("No column " + column + " in sheet " + table + ".");
        }

        @Override
        public void close() throws IOException {
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            workbook.close();
        }
    }

    /** The tables of a CSV scenario folder. */
    record CsvFolder(Path folder) implements Tables {
        @Override
        public String get(String table, int row, String column) throws IOException {
            List<List<String>> rows = read(table);
            return rows.get(row - 1).get(rows.get(0).indexOf(column));
        }

        @Override
        public void set(String table, int row, String column, String value) throws IOException {
            List<List<String>> rows = read(table);
            rows.get(row - 1).set(rows.get(0).indexOf(column), value);
            write(table, rows);
        }

        @Override
        public int appendCopyOf(String table, int row) throws IOException {
            List<List<String>> rows = read(table);
            rows.add(new ArrayList<>(rows.get(row - 1)));
            write(table, rows);
            return rows.size();
        }

        @Override
        public void removeDataRows(String table) throws IOException {
            write(table, new ArrayList<>(read(table).subList(0, 1)));
        }

        @Override
        public int firstRowWhere(String table, String column, Predicate<String> test) throws IOException {
            List<List<String>> rows = read(table);
            int index = rows.get(0).indexOf(column);
            for (int i = 1; i < rows.size(); i++) {
                if (test.test(rows.get(i).get(index))) {
                    return i + 1;
                }
            }
            throw new IllegalStateException("No row of " + table + " fits.");
        }

        @Override
        public int setSetting(String key, String value) throws IOException {
            Path yaml = folder.resolve("scenario.yaml");
            List<String> lines = new ArrayList<>(Files.readAllLines(yaml));
            String leaf = key.substring(key.lastIndexOf('.') + 1);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().startsWith(leaf + ":")) {
                    lines.set(i, lines.get(i).substring(0, lines.get(i).indexOf(leaf)) + leaf + ": " + value);
                    Files.write(yaml, lines);
                    return i + 1;
                }
            }
            throw new IllegalStateException("No setting " + key + " in scenario.yaml.");
        }

        private List<List<String>> read(String table) throws IOException {
            List<List<String>> rows = new ArrayList<>();
            try (CSVParser parser = CSVParser.parse(
                    Files.readString(folder.resolve(table + ".csv"), StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
                for (CSVRecord record : parser) {
                    rows.add(new ArrayList<>(record.toList()));
                }
            }
            return rows;
        }

        private void write(String table, List<List<String>> rows) throws IOException {
            StringWriter text = new StringWriter();
            try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
                printer.printRecords(rows);
            }
            Files.writeString(folder.resolve(table + ".csv"), text.toString(), StandardCharsets.UTF_8);
        }
    }
}
