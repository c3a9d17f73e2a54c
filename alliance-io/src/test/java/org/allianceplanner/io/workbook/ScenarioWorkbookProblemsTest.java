package org.allianceplanner.io.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.allianceplanner.io.Problem;
import org.allianceplanner.io.ScenarioLoad;
import org.allianceplanner.io.table.RawScenario;
import org.allianceplanner.io.table.ScenarioDecoder;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioWorkbookProblemsTest {
    /** Columns of the plants sheet as written: capacity_units_per_year is the 7th. */
    private static final int CAPACITY = 6;

    @TempDir
    Path folder;

    @Test
    void locatesTextInANumberColumnBySheetExcelRowAndColumnLetter() throws IOException {
        Path file = scenarioWith(workbook ->
                workbook.getSheet("plants").getRow(2).getCell(CAPACITY).setCellValue("abc"));

        List<Problem> problems = decode(file).problems();

        // The first problem, not the only one: the scenario rules may add their own about the placeholder.
        assertThat(problems).isNotEmpty();
        Problem problem = problems.get(0);
        assertThat(problem.sheet()).isEqualTo("plants");
        assertThat(problem.row()).isEqualTo(3);
        assertThat(problem.columnLetter()).isEqualTo("G");
        assertThat(problem.describe())
                .isEqualTo("x.xlsx, sheet plants, row 3, column G (capacity_units_per_year): \"abc\" is not a number.");
    }

    @Test
    void takesTheColumnLetterFromTheHeaderOfTheSheetNotFromTheFormat() throws IOException {
        Path file = scenarioWith(workbook -> {
            // Swaps the columns plant_id (A) and capacity_units_per_year (G) with their cells.
            XSSFSheet plants = workbook.getSheet("plants");
            for (int r = 0; r <= plants.getLastRowNum(); r++) {
                XSSFRow row = plants.getRow(r);
                String id = row.getCell(0).getStringCellValue();
                XSSFCell capacity = row.getCell(CAPACITY);
                if (r == 0) {
                    row.getCell(0).setCellValue(capacity.getStringCellValue());
                } else {
                    row.getCell(0).setCellValue(capacity.getNumericCellValue());
                }
                capacity.setCellValue(id);
            }
            plants.getRow(2).getCell(0).setCellValue("1,5");
        });

        List<Problem> problems = decode(file).problems();

        assertThat(problems)
                .extracting(Problem::describe)
                .first()
                .isEqualTo("x.xlsx, sheet plants, row 3, column A (capacity_units_per_year): \"1,5\" is not a"
                        + " number. Maybe write the decimal point as a dot: 1.5.");
    }

    @Test
    void keepsExcelRowNumbersWhenBlankRowsAreSkipped() throws IOException {
        Path file = scenarioWith(workbook -> {
            XSSFSheet plants = workbook.getSheet("plants");
            plants.shiftRows(2, 2, 3);
            plants.getRow(5).getCell(CAPACITY).setCellValue("lots");
        });

        RawScenario raw = ScenarioWorkbook.read(file);
        List<Problem> problems = ScenarioDecoder.decode(raw).problems();

        assertThat(raw.tables().get("plants").rows())
                .extracting(row -> row.rowNumber())
                .containsExactly(2, 6);
        assertThat(problems)
                .extracting(Problem::row, Problem::columnLetter)
                .first()
                .isEqualTo(tuple(6, "G"));
    }

    @Test
    void locatesASettingAtTheValueColumnOfItsRow() throws IOException {
        Path file = scenarioWith(workbook -> {
            XSSFSheet settings = workbook.getSheet("scenario");
            XSSFRow seedRow = settings.getRow(9);
            assertThat(seedRow.getCell(0).getStringCellValue()).isEqualTo("solver.seed");
            seedRow.getCell(1).setCellValue("one");
        });

        assertThat(decode(file).problems())
                .extracting(Problem::describe)
                .first()
                .isEqualTo("x.xlsx, sheet scenario, row 10, column B (solver.seed): \"one\" must be a whole number.");
    }

    @Test
    void reportsAFormulaErrorAtItsCellAndReadsOtherFormulasByTheirSavedResult() throws IOException {
        Path file = scenarioWith(workbook -> {
            XSSFSheet plants = workbook.getSheet("plants");
            plants.getRow(1).getCell(CAPACITY).setCellFormula("320000*2");
            plants.getRow(2).getCell(CAPACITY).setCellFormula("1/0");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        RawScenario raw = ScenarioWorkbook.read(file);

        assertThat(raw.tables().get("plants").rows().get(0).cells().get(CAPACITY))
                .isEqualTo("640000");
        assertThat(ScenarioDecoder.decode(raw).problems())
                .extracting(Problem::describe)
                .first()
                .isEqualTo("x.xlsx, sheet plants, row 3, column G (capacity_units_per_year): \"=1/0\" holds a formula"
                        + " error (#DIV/0!). Maybe fix the formula, or type the value.");
    }

    @Test
    void reportsAFormulaThatWasNeverCalculated() throws IOException {
        Path file = scenarioWith(workbook -> {
            // A new formula cell has no saved result, as in files written by tools that do not calculate.
            XSSFRow row = workbook.getSheet("plants").getRow(2);
            row.removeCell(row.getCell(CAPACITY));
            row.createCell(CAPACITY).setCellFormula("A1*2");
        });

        assertThat(ScenarioWorkbook.read(file).cellProblems())
                .extracting(Problem::row, Problem::columnLetter, Problem::value, Problem::rule)
                .containsExactly(tuple(3, "G", "=A1*2", "holds a formula without a saved result."));
    }

    @Test
    void reportsAFormulaWithAnEmptySavedResultRatherThanReadingItAsZero() throws IOException {
        Path file = scenarioWith(workbook -> {
            // Tools that write the formula and an empty <v/> leave POI reading the number as 0.
            XSSFCell cell = workbook.getSheet("plants").getRow(2).getCell(CAPACITY);
            cell.setCellFormula("A1*2");
            cell.getCTCell().setV("");
        });

        assertThat(ScenarioWorkbook.read(file).cellProblems())
                .extracting(Problem::row, Problem::columnLetter, Problem::value, Problem::rule)
                .containsExactly(tuple(3, "G", "=A1*2", "holds a formula without a saved result."));
    }

    @Test
    void reportsADateInANumberColumn() throws IOException {
        Path file = scenarioWith(workbook -> {
            XSSFCell cell = workbook.getSheet("plants").getRow(2).getCell(CAPACITY);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            cell.setCellValue(LocalDate.of(2025, 9, 4));
            cell.setCellStyle(date);
        });

        assertThat(decode(file).problems())
                .extracting(Problem::describe)
                .first()
                .isEqualTo("x.xlsx, sheet plants, row 3, column G (capacity_units_per_year): \"2025-09-04\" is a date,"
                        + " but no column holds dates. Maybe the cell is formatted as a date: format it as a number"
                        + " and check the value.");
    }

    @Test
    void ignoresTheAboutSheetSheetsAndColumnsStartingWithHashAndBrokenCellsInThem() throws IOException {
        Path file = scenarioWith(workbook -> {
            XSSFSheet notes = workbook.createSheet("#notes");
            notes.createRow(0).createCell(0).setCellValue("anything");
            XSSFSheet plants = workbook.getSheet("plants");
            plants.getRow(0).createCell(11).setCellValue("#source");
            plants.getRow(1).createCell(11).setCellFormula("1/0");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        ScenarioLoad load = decode(file);

        assertThat(load.problems()).isEmpty();
        assertThat(load.scenario()).isEqualTo(EveryTableScenario.build());
    }

    @Test
    void reportsAnUnknownSheetWithTheTableItWasProbablyMeantToBe() throws IOException {
        Path file = scenarioWith(workbook -> {
            workbook.setSheetName(workbook.getSheetIndex("plants"), "Plant");
            workbook.createSheet("budget 2026");
        });

        assertThat(ScenarioWorkbook.read(file).fileProblems())
                .extracting(Problem::describe)
                .containsExactly(
                        "x.xlsx, sheet Plant: is not a scenario table. Maybe rename it to plants.",
                        "x.xlsx, sheet budget 2026: is not a scenario table. Maybe start its name with # to keep it"
                                + " as notes; such sheets are ignored.",
                        "x.xlsx, sheet plants: is missing; every scenario needs this table (it may hold only its"
                                + " header row).");
    }

    @Test
    void reportsAMissingScenarioSheetButNotAMissingOptionalTable() throws IOException {
        Path file = scenarioWith(workbook -> {
            workbook.removeSheetAt(workbook.getSheetIndex("scenario"));
            workbook.removeSheetAt(workbook.getSheetIndex("rnd_teams"));
        });

        RawScenario raw = ScenarioWorkbook.read(file);

        assertThat(raw.settings()).isNull();
        assertThat(raw.fileProblems())
                .extracting(Problem::describe)
                .containsExactly("x.xlsx, sheet scenario: is missing; it holds the scenario's name, base currency and"
                        + " solver settings as key and value columns.");
    }

    @Test
    void reportsAnEmptyTableSheet() throws IOException {
        Path file = scenarioWith(workbook -> {
            workbook.removeSheetAt(workbook.getSheetIndex("markets"));
            workbook.createSheet("markets");
        });

        assertThat(ScenarioWorkbook.read(file).fileProblems())
                .extracting(Problem::describe)
                .containsExactly("x.xlsx, sheet markets: is empty; it needs at least its header row.");
    }

    @Test
    void readsASheetThatHoldsOnlyItsHeaderAsAnEmptyTable() throws IOException {
        Path file = scenarioWith(workbook -> {
            XSSFSheet friction = workbook.getSheet("friction");
            friction.removeRow(friction.getRow(1));
        });

        ScenarioLoad load = decode(file);

        assertThat(load.problems()).isEmpty();
        assertThat(load.scenario().frictions()).isEmpty();
    }

    @Test
    void reportsASettingsSheetWithoutKeyAndValueColumns() throws IOException {
        Path file = scenarioWith(
                workbook -> workbook.getSheet("scenario").getRow(0).getCell(1).setCellValue("setting"));

        assertThat(ScenarioWorkbook.read(file).fileProblems())
                .extracting(Problem::describe)
                .containsExactly(
                        "x.xlsx, sheet scenario, row 1, column B (setting): is not a column of the scenario sheet,"
                                + " which has the columns key and value. Maybe remove it, or start its name with # to"
                                + " keep it as a comment column.",
                        "x.xlsx, sheet scenario, row 1: needs the column names key and value in its first row."
                                + " Maybe write key in A1 and value in B1, with one setting per row below.");
    }

    /** The fixture written as {@code x.xlsx}, then changed as a user would in Excel. */
    private Path scenarioWith(Consumer<XSSFWorkbook> change) throws IOException {
        Path file = folder.resolve("x.xlsx");
        ScenarioWorkbook.write(EveryTableScenario.build(), file);
        XSSFWorkbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        try (workbook;
                OutputStream out = Files.newOutputStream(file)) {
            change.accept(workbook);
            workbook.write(out);
        }
        return file;
    }

    private static ScenarioLoad decode(Path file) {
        return ScenarioDecoder.decode(ScenarioWorkbook.read(file));
    }
}
