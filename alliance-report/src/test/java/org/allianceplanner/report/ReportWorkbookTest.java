package org.allianceplanner.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.allianceplanner.model.alliance.AllianceComparison;
import org.allianceplanner.model.alliance.AllianceStudyResult;
import org.allianceplanner.model.rnd.plan.BreakEvenFriction;
import org.allianceplanner.report.workbook.ReportWorkbook;
import org.allianceplanner.testkit.StudyFixture;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWorkbookTest {
    private static final AllianceStudyResult RESULT = StudyFixture.result();
    private static Workbook workbook;

    @BeforeAll
    static void writeReport(@TempDir Path dir) throws Exception {
        ReportWriter.write(RESULT, dir);
        try (InputStream in = Files.newInputStream(dir.resolve(ReportWriter.XLSX))) {
            workbook = WorkbookFactory.create(in);
        }
    }

    @AfterAll
    static void close() throws Exception {
        workbook.close();
    }

    @Test
    void hasEveryTableAsASheetWithABoldFrozenFilteredHeader() {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));

        assertThat(names).containsExactlyElementsOf(ReportWorkbook.SHEETS);
        for (Sheet sheet : workbook) {
            Cell first = sheet.getRow(0).getCell(0);
            assertThat(workbook.getFontAt(first.getCellStyle().getFontIndex()).getBold())
                    .as(sheet.getSheetName())
                    .isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet)
                            .getCTWorksheet()
                            .isSetAutoFilter())
                    .isTrue();
        }
    }

    @Test
    void listsOneRowPerAllianceWithItsTotals() {
        List<Map<String, Object>> rows = rows("Alliances");

        assertThat(rows).hasSize(RESULT.alliances().size());
        for (AllianceComparison alliance : RESULT.alliances()) {
            Map<String, Object> row = rows.stream()
                    .filter(r -> r.get("Alliance").equals(alliance.coalitionId()))
                    .findFirst()
                    .orElseThrow();
            assertThat((double) row.get("Total synergy (USD million)"))
                    .isCloseTo(alliance.synergy().total() / 1e6, within(1e-9));
        }
        assertThat((double) rows.get(0).get("Total synergy (USD million)")).isCloseTo(4_612, within(1e-9));
        assertThat((double) rows.get(0).get("Value (USD million)")).isCloseTo(25_612, within(1e-9));
        assertThat(workbook.getSheet("Alliances")
                        .getRow(1)
                        .getCell(6)
                        .getCellStyle()
                        .getDataFormatString())
                .isEqualTo("#,##0.0");
    }

    @Test
    void ranksOnlyAlliancesOfTwoOrMorePartners() {
        List<Map<String, Object>> rows = rows("Alliances");

        assertThat(rows)
                .filteredOn(r -> r.containsKey("Rank"))
                .extracting(r -> ((Double) r.get("Rank")).intValue() + " " + r.get("Alliance"))
                .containsExactly("1 honda+nissan+tesla", "2 honda+nissan", "3 nissan+tesla", "4 honda+tesla");
        assertThat(rows)
                .filteredOn(r -> !r.containsKey("Rank"))
                .extracting(r -> (String) r.get("Partners"))
                .containsExactlyInAnyOrder("Honda alone", "Nissan alone", "Tesla alone");
    }

    @Test
    void namesTheCurrencyAndMillionsInEveryMoneyHeaderAndFitsTheColumns() {
        Row header = workbook.getSheet("Alliances").getRow(0);
        List<String> headers = new ArrayList<>();
        header.forEach(cell -> headers.add(cell.getStringCellValue()));

        assertThat(headers)
                .contains(
                        "Total synergy (USD million)",
                        "Value (USD million)",
                        "Least core (smallest gain a group still makes by leaving) (USD million)");
        assertThat(rows("Split").get(0)).containsKeys("Value (USD million)", "Gain (USD million)");
        assertThat(rows("Coalitions").get(0)).containsKey("Total synergy (USD million)");
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    String shown = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                            ? String.format(java.util.Locale.ROOT, "%,.2f", cell.getNumericCellValue())
                            : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                                    ? cell.getStringCellValue()
                                    : "FALSE";
                    int chars = sheet.getColumnWidth(cell.getColumnIndex()) / 256;
                    // The row of headers wraps; a sentence may run over 80 characters, the widest column.
                    if (row.getRowNum() > 0 && shown.length() <= 78) {
                        assertThat(shown.length())
                                .as(sheet.getSheetName() + " " + cell.getAddress() + " \"" + shown + "\"")
                                .isLessThan(chars);
                    }
                }
            }
        }
    }

    @Test
    void listsEachAllianceDecisionsByName() {
        List<Map<String, Object>> rows = rows("Decisions");

        assertThat(rows)
                .filteredOn(r -> r.get("Decision").equals("plant closed"))
                .extracting(r -> r.get("Alliance") + ": " + r.get("Plant") + " of " + r.get("Partner"))
                .containsExactly("Honda + Nissan + Tesla: Nissan Motor Kyushu of Nissan");
        assertThat(rows)
                .filteredOn(r -> r.get("Decision").equals("built in a partner's plant")
                        && r.get("Alliance").equals("Honda + Nissan + Tesla"))
                .extracting(r -> r.get("Model or platform") + " of " + r.get("Partner") + " at " + r.get("Plant")
                        + " of " + r.get("Partner serving") + ": " + r.get("Vehicles per year"))
                .containsExactlyInAnyOrder(
                        "CR-V of Honda at Smyrna Vehicle Assembly of Nissan: 200000.0",
                        "Civic of Honda at Sunderland Plant of Nissan: 120000.0",
                        "Serena of Nissan at Suzuka Factory of Honda: 200000.0",
                        "X-Trail of Nissan at Gigafactory Shanghai of Tesla: 90000.0");
        assertThat(rows)
                .filteredOn(r -> r.get("Decision").equals("sold through a partner's dealers"))
                .extracting(r -> r.get("Alliance") + ": " + r.get("Model or platform") + " in " + r.get("Market"))
                .containsExactlyInAnyOrder(
                        "Honda + Nissan + Tesla: Civic in European Union", "Honda + Nissan: Civic in European Union");
        assertThat(rows)
                .filteredOn(r -> r.get("Decision").equals("line opened"))
                .extracting(r ->
                        r.get("Model or platform") + " at " + r.get("Plant") + " after " + r.get("Ready after months"))
                .containsExactly("Beta car platform at Sunderland Plant after 18.0");
    }

    @Test
    void saysInWordsWhenTheBreakEvenFrictionIsNotBetweenZeroAndOne() {
        Map<String, Map<String, Object>> byAlliance = new HashMap<>();
        rows("Alliances").forEach(row -> byAlliance.put((String) row.get("Alliance"), row));
        for (AllianceComparison alliance : RESULT.alliances()) {
            if (alliance.breakEven() == null) {
                continue;
            }
            Object cell = byAlliance.get(alliance.coalitionId()).get("Break-even friction");
            // The record holds 1 when sharing alone pays; as a number it would read "breaks even at 1".
            if (alliance.breakEven().outcome() == BreakEvenFriction.Outcome.FOUND) {
                assertThat((double) cell).isEqualTo(alliance.breakEven().friction());
            } else {
                assertThat(cell).isEqualTo("above 1");
            }
        }
        assertThat(RESULT.alliances())
                .extracting(alliance -> alliance.breakEven() == null
                        ? null
                        : alliance.breakEven().outcome())
                .contains(BreakEvenFriction.Outcome.FOUND, BreakEvenFriction.Outcome.ABOVE_ONE);
    }

    @Test
    void splitValuesOfEveryMethodAddUpToTheAllianceValue() {
        Map<String, Double> value = new HashMap<>();
        for (Map<String, Object> row : rows("Alliances")) {
            value.put((String) row.get("Alliance"), (double) row.get("Value (USD million)"));
        }
        Map<String, Double> sums = new HashMap<>();
        Map<String, Double> gains = new HashMap<>();
        for (Map<String, Object> row : rows("Split")) {
            String key = row.get("Alliance") + "/" + row.get("Method");
            sums.merge(key, (double) row.get("Value (USD million)"), Double::sum);
            gains.merge(key, (double) row.get("Gain (USD million)"), Double::sum);
        }

        assertThat(sums).hasSize(7 * 5);
        sums.forEach((key, sum) -> assertThat(sum).as(key).isCloseTo(value.get(key.split("/")[0]), within(1e-6)));
        assertThat(gains.get("honda+nissan+tesla/nucleolus")).isCloseTo(4_612, within(1e-6));
        assertThat(rows("Split"))
                .filteredOn(r -> r.get("Alliance").equals("honda+nissan+tesla")
                        && r.get("Method").equals("proportional"))
                .allSatisfy(r -> {
                    assertThat(r.get("In core (no group would rather leave)")).isEqualTo(false);
                    assertThat(r.get("Blocked by")).isEqualTo("honda+nissan");
                });
    }

    @Test
    void listsTheFlowsStandaloneAndJoint() {
        List<Map<String, Object>> flows = rows("Flows");

        assertThat(flows).filteredOn(r -> r.get("Plan").equals("standalone")).hasSize(11);
        assertThat(flows)
                .filteredOn(r -> r.get("Plan").equals("joint honda+nissan+tesla"))
                .extracting(r -> (double) r.get("Units per year"))
                .containsExactlyElementsOf(StudyFixture.jointFlows().stream()
                        .map(f -> f.unitsPerYear())
                        .toList());
        assertThat(rows("Plants"))
                .filteredOn(r -> r.get("Plant").equals("nissan-smyrna"))
                .extracting(r -> (double) r.get("Joint utilization"))
                .containsExactly(500_000.0 / 640_000);
    }

    @Test
    void keepsTheTierSentencesAndTheExplanations() {
        assertThat(rows("Tiers"))
                .extracting(r -> (String) r.get("Sentence"))
                .anyMatch(s -> s.contains("reach its top tier"));
        assertThat(rows("Explanations"))
                .extracting(r -> (String) r.get("Topic"))
                .contains("Binding capacity", "Unmet demand", "Tier just missed", "Commonization", "Critical chain");
        assertThat(rows("R&D tasks")).hasSize(9 + 9);
    }

    @Test
    void namesThePathWhenTheFolderCannotBeCreated(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");

        assertThatThrownBy(() -> ReportWriter.write(RESULT, file.resolve("report")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(file.resolve("report").toAbsolutePath().toString());
    }

    @Test
    void leavesOnlyTheThreeFilesInANewNestedFolder(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("a").resolve("b");
        ReportWriter.write(RESULT, folder);
        ReportWriter.write(RESULT, folder);

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder(ReportWriter.HTML, ReportWriter.XLSX, ReportWriter.JSON);
        }
    }

    /** The rows of a sheet as header → value (text, number or boolean). */
    private static List<Map<String, Object>> rows(String sheetName) {
        Sheet sheet = workbook.getSheet(sheetName);
        Row header = sheet.getRow(0);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<String, Object> values = new HashMap<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                Cell cell = row.getCell(c);
                if (cell == null) {
                    continue;
                }
                Object value =
                        switch (cell.getCellType()) {
                            case NUMERIC -> cell.getNumericCellValue();
                            case BOOLEAN -> cell.getBooleanCellValue();
                            default -> cell.getStringCellValue();
                        };
                values.put(header.getCell(c).getStringCellValue(), value);
            }
            rows.add(values);
        }
        return rows;
    }
}
