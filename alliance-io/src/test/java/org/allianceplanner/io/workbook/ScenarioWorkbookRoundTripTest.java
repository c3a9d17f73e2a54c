package org.allianceplanner.io.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.allianceplanner.io.ScenarioLoad;
import org.allianceplanner.io.csv.CsvScenarioFolder;
import org.allianceplanner.io.table.CellText;
import org.allianceplanner.io.table.Column;
import org.allianceplanner.io.table.RawScenario;
import org.allianceplanner.io.table.ScenarioDecoder;
import org.allianceplanner.io.table.ScenarioTables;
import org.allianceplanner.io.table.SettingsCodec;
import org.allianceplanner.io.table.TableCodec;
import org.allianceplanner.model.plant.Plant;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.scenario.ScenarioSettings;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioWorkbookRoundTripTest {
    @TempDir
    Path folder;

    @Test
    void readsBackEveryTableExactlyAsWritten() {
        Scenario scenario = EveryTableScenario.build();
        Path file = folder.resolve("every-table.xlsx");

        ScenarioWorkbook.write(scenario, file);
        ScenarioLoad load = ScenarioDecoder.decode(ScenarioWorkbook.read(file));

        assertThat(load.problems()).isEmpty();
        assertThat(load.scenario()).isEqualTo(scenario);
    }

    @Test
    void readsEveryCellBackAsTheExactTextCsvWouldHold() {
        double[] awkward = {0.1, 1e-4, 3.2e10, 0.0067, 1.0 / 3, 2.0 / 3 * 1e-7, 123_456_789.123_456_78, 1e20, -0.5};
        List<Plant> plants = Arrays.stream(awkward)
                .mapToObj(value -> new Plant(
                        "plant-" + value, "nissan", "Plant", "US", value, -value, value, value, value, value, false))
                .toList();
        // Checked below the decoder, so that the scenario rules (plausible coordinates, capacities) do
        // not decide whether a number survives the workbook.
        Scenario scenario =
                EveryTableScenario.build().toBuilder().plants(plants).build();
        Path file = folder.resolve("doubles.xlsx");

        ScenarioWorkbook.write(scenario, file);
        RawScenario raw = ScenarioWorkbook.read(file);

        assertThat(raw.fileProblems()).isEmpty();
        assertThat(raw.cellProblems()).isEmpty();
        for (TableCodec<?> codec : ScenarioTables.ALL) {
            List<List<String>> expected = codec.encode(scenario).stream()
                    .map(row -> row.stream().map(CellText::format).toList())
                    .toList();
            List<List<String>> read = raw.tables().get(codec.name()).rows().stream()
                    .map(row -> padded(row.cells(), codec.columns().size()))
                    .toList();
            assertThat(read).as(codec.name()).isEqualTo(expected);
        }
        List<Double> capacities = raw.tables().get("plants").rows().stream()
                .map(row -> Double.parseDouble(row.cells().get(6)))
                .toList();
        assertThat(capacities).containsExactly(Arrays.stream(awkward).boxed().toArray(Double[]::new));
    }

    @Test
    void convertsCsvFolderToWorkbookAndBackToIdenticalCsvFiles() throws IOException {
        Path original = folder.resolve("original");
        Path workbook = folder.resolve("converted.xlsx");
        Path again = folder.resolve("again");
        CsvScenarioFolder.write(EveryTableScenario.build(), original);

        ScenarioWorkbook.write(
                ScenarioDecoder.decode(CsvScenarioFolder.read(original)).scenario(), workbook);
        CsvScenarioFolder.write(
                ScenarioDecoder.decode(ScenarioWorkbook.read(workbook)).scenario(), again);

        List<String> names = fileNames(original);
        assertThat(fileNames(again)).isEqualTo(names);
        assertThat(names).hasSize(ScenarioTables.ALL.size() + 1);
        for (String name : names) {
            assertThat(Files.readString(again.resolve(name), StandardCharsets.UTF_8))
                    .as(name)
                    .isEqualTo(Files.readString(original.resolve(name), StandardCharsets.UTF_8));
        }
    }

    @Test
    void writesAboutThenScenarioThenTablesInFormatOrder() throws IOException {
        Path file = folder.resolve("order.xlsx");
        ScenarioWorkbook.write(EveryTableScenario.build(), file);

        try (XSSFWorkbook workbook = open(file)) {
            List<String> expected = Stream.concat(
                            Stream.of("about", "scenario"),
                            ScenarioTables.ALL.stream().map(codec -> codec.name()))
                    .toList();
            List<String> sheets = Stream.iterate(0, i -> i < workbook.getNumberOfSheets(), i -> i + 1)
                    .map(workbook::getSheetName)
                    .toList();
            assertThat(sheets).isEqualTo(expected);
        }
    }

    @Test
    void writesNumbersAsNumericCellsTextAsStringsAndBooleansAsBooleans() throws IOException {
        Path file = folder.resolve("cells.xlsx");
        ScenarioWorkbook.write(EveryTableScenario.build(), file);

        try (XSSFWorkbook workbook = open(file)) {
            XSSFRow smyrna = workbook.getSheet("plants").getRow(1);
            assertThat(smyrna.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(smyrna.getCell(0).getStringCellValue()).isEqualTo("nissan-smyrna");
            assertThat(smyrna.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(smyrna.getCell(6).getNumericCellValue()).isEqualTo(640_000.0);
            assertThat(smyrna.getCell(7).getNumericCellValue()).isEqualTo(3.2e10);
            assertThat(smyrna.getCell(10).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(smyrna.getCell(10).getBooleanCellValue()).isTrue();

            XSSFRow line = workbook.getSheet("platform_lines").getRow(1);
            assertThat(line.getCell(2).getStringCellValue()).isEqualTo("POSSIBLE");
            assertThat(line.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(line.getCell(6).getNumericCellValue()).isEqualTo(24.0);

            XSSFRow platformWithNumericId = workbook.getSheet("platforms").getRow(2);
            assertThat(platformWithNumericId.getCell(0).getCellType()).isEqualTo(CellType.STRING);

            XSSFRow unsharedTask = workbook.getSheet("rnd_tasks").getRow(2);
            assertThat(unsharedTask.getCell(4)).as("no predecessors").isNull();
            assertThat(unsharedTask.getCell(5)).as("no share key").isNull();
            XSSFRow lastTask = workbook.getSheet("rnd_tasks").getRow(3);
            assertThat(lastTask.getCell(4).getStringCellValue()).isEqualTo("T1;T2");
        }
    }

    @Test
    void writesSettingsAsKeyValueRowsWithNumbersNumericUnlessTooLongForADouble() throws IOException {
        Path file = folder.resolve("settings.xlsx");
        ScenarioWorkbook.write(EveryTableScenario.build(), file);

        try (XSSFWorkbook workbook = open(file)) {
            XSSFSheet sheet = workbook.getSheet("scenario");
            assertThat(texts(sheet.getRow(0))).containsExactly("key", "value", "#description");
            List<String> keys = Stream.iterate(1, r -> r <= sheet.getLastRowNum(), r -> r + 1)
                    .map(r -> sheet.getRow(r).getCell(0).getStringCellValue())
                    .toList();
            assertThat(keys).isEqualTo(SettingsCodec.keyNames());
            XSSFRow friction = sheet.getRow(keys.indexOf("default_friction") + 1);
            assertThat(friction.getCell(1).getNumericCellValue()).isEqualTo(0.3);
            assertThat(friction.getCell(2).getStringCellValue()).startsWith("Friction for pairs");
            XSSFCell seed = sheet.getRow(keys.indexOf("solver.seed") + 1).getCell(1);
            assertThat(seed.getCellType()).isEqualTo(CellType.STRING);
            assertThat(seed.getStringCellValue()).isEqualTo("9007199254740993");
        }
    }

    @Test
    void boldsAndFreezesTheHeaderAndExplainsEachColumnInAComment() throws IOException {
        Path file = folder.resolve("header.xlsx");
        ScenarioWorkbook.write(EveryTableScenario.build(), file);

        try (XSSFWorkbook workbook = open(file)) {
            XSSFSheet plants = workbook.getSheet("plants");
            List<Column> columns = ScenarioTables.PLANTS.columns();
            assertThat(texts(plants.getRow(0)))
                    .isEqualTo(columns.stream().map(Column::name).toList());
            XSSFCell capacity = plants.getRow(0).getCell(6);
            assertThat(workbook.getFontAt(capacity.getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(capacity.getCellComment().getString().getString())
                    .contains("Capacity over all lines.")
                    .contains("vehicles/year");
            PaneInformation pane = plants.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(plants.getRow(1).getCell(0).getStringCellValue())
                    .as("row 2 is data, not documentation")
                    .isEqualTo("nissan-smyrna");
        }
    }

    @Test
    void replacesAnExistingWorkbookAndLeavesNoTemporaryFile() throws IOException {
        Path file = folder.resolve("replaced.xlsx");
        Scenario first = EveryTableScenario.build();
        Scenario second = first.toBuilder()
                .settings(new ScenarioSettings(
                        "second", "", "USD", 0.5, 10, 0.1, first.settings().solver()))
                .build();

        ScenarioWorkbook.write(first, file);
        ScenarioWorkbook.write(second, file);

        assertThat(ScenarioDecoder.decode(ScenarioWorkbook.read(file)).scenario())
                .isEqualTo(second);
        assertThat(fileNames(folder)).containsExactly("replaced.xlsx");
    }

    @Test
    void keepsTheOldWorkbookWhenTheNewOneCannotBeWritten() throws IOException {
        Path file = folder.resolve("kept.xlsx");
        Scenario scenario = EveryTableScenario.build();
        ScenarioWorkbook.write(scenario, file);
        byte[] before = Files.readAllBytes(file);
        Scenario tooLong = scenario.toBuilder()
                .settings(new ScenarioSettings(
                        "too-long",
                        "x".repeat(40_000),
                        "USD",
                        0.3,
                        8,
                        0.08,
                        scenario.settings().solver()))
                .build();

        assertThatThrownBy(() -> ScenarioWorkbook.write(tooLong, file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sheet scenario, cell B3")
                .hasMessageContaining("40000 characters");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(fileNames(folder)).containsExactly("kept.xlsx");
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> texts(XSSFRow row) {
        return Stream.iterate(0, c -> c < row.getLastCellNum(), c -> c + 1)
                .map(c -> row.getCell(c).getStringCellValue())
                .toList();
    }

    private static List<String> padded(List<String> cells, int size) {
        List<String> padded = new ArrayList<>(cells);
        while (padded.size() < size) {
            padded.add("");
        }
        return padded;
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
