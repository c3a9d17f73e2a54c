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
            assertThat((double) row.get("Total synergy"))
                    .isCloseTo(alliance.synergy().total(), within(0.01));
            assertThat((double) row.get("Rank")).isEqualTo(alliance.rank());
        }
        assertThat((double) rows.get(0).get("Total synergy")).isCloseTo(4_612e6, within(0.01));
        assertThat((double) rows.get(0).get("Value")).isCloseTo(25_612e6, within(0.01));
        assertThat(workbook.getSheet("Alliances")
                        .getRow(1)
                        .getCell(6)
                        .getCellStyle()
                        .getDataFormatString())
                .isEqualTo("#,##0");
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
            value.put((String) row.get("Alliance"), (double) row.get("Value"));
        }
        Map<String, Double> sums = new HashMap<>();
        Map<String, Double> gains = new HashMap<>();
        for (Map<String, Object> row : rows("Split")) {
            String key = row.get("Alliance") + "/" + row.get("Method");
            sums.merge(key, (double) row.get("Value"), Double::sum);
            gains.merge(key, (double) row.get("Gain"), Double::sum);
        }

        assertThat(sums).hasSize(7 * 5);
        sums.forEach((key, sum) -> assertThat(sum).as(key).isCloseTo(value.get(key.split("/")[0]), within(1.0)));
        assertThat(gains.get("honda+nissan+tesla/nucleolus")).isCloseTo(4_612e6, within(1.0));
        assertThat(rows("Split"))
                .filteredOn(r -> r.get("Alliance").equals("honda+nissan+tesla")
                        && r.get("Method").equals("proportional"))
                .allSatisfy(r -> {
                    assertThat(r.get("In core")).isEqualTo(false);
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
