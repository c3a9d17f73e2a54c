package org.allianceplanner.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allianceplanner.model.alliance.AllianceStudyResult;
import org.allianceplanner.report.json.PlanJson;
import org.allianceplanner.report.text.ConsoleReport;
import org.allianceplanner.testkit.StudyFixture;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A result read back from its {@code plan.json} renders the same report as the result itself. */
class ReportRoundTripTest {
    @Test
    void rendersTheSameReportFromPlanJsonReadBack(@TempDir Path dir) throws Exception {
        AllianceStudyResult result = StudyFixture.result();
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");

        ReportWriter.write(result, first);
        AllianceStudyResult readBack = PlanJson.read(first.resolve(ReportWriter.JSON));
        ReportWriter.write(readBack, second);

        assertThat(Files.readAllBytes(second.resolve(ReportWriter.HTML)))
                .isEqualTo(Files.readAllBytes(first.resolve(ReportWriter.HTML)));
        assertThat(Files.readAllBytes(second.resolve(ReportWriter.JSON)))
                .isEqualTo(Files.readAllBytes(first.resolve(ReportWriter.JSON)));
        assertThat(cells(second.resolve(ReportWriter.XLSX))).isEqualTo(cells(first.resolve(ReportWriter.XLSX)));
        for (ConsoleReport.Detail detail : ConsoleReport.Detail.values()) {
            assertThat(text(readBack, detail)).as(detail.name()).isEqualTo(text(result, detail));
        }
    }

    @Test
    void takesNamesAndPlacesFromTheResultsOutline(@TempDir Path dir) throws Exception {
        ReportWriter.write(StudyFixture.result("Nissan Motor Co."), dir);

        String page = Files.readString(dir.resolve(ReportWriter.HTML));
        assertThat(page)
                .contains("Nissan Motor Co. + Tesla")
                .contains("data-plant=\"nissan-smyrna\" data-partner=\"nissan\" data-capacity=\"640000\"");
        assertThat(text(StudyFixture.result("Nissan Motor Co."), ConsoleReport.Detail.FULL))
                .contains("Honda + Nissan Motor Co. + Tesla");
    }

    private static String text(AllianceStudyResult result, ConsoleReport.Detail detail) {
        StringWriter text = new StringWriter();
        ConsoleReport.write(result, detail, new PrintWriter(text));
        return text.toString();
    }

    /** Every sheet's cells as text with their type and number format: a workbook's zip carries timestamps. */
    private static Map<String, List<String>> cells(Path file) throws Exception {
        Map<String, List<String>> sheets = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file);
                Workbook workbook = WorkbookFactory.create(in)) {
            for (Sheet sheet : workbook) {
                List<String> cells = new ArrayList<>();
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(cell.getAddress() + " " + cell.getCellType() + " "
                                + cell.getCellStyle().getDataFormatString() + " " + cell);
                    }
                }
                sheets.put(sheet.getSheetName(), cells);
            }
        }
        return sheets;
    }
}
