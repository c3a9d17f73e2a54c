package org.allianceplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path work;

    @Test
    void exportRefusesAFolderThatHoldsSomethingAndLeavesItAsItWas() throws IOException {
        Path folder = work.resolve("mine");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("plants.csv"), "my edits");

        CliRun run = CliRun.of("demo", "--export", folder.toString());

        assertThat(run.exitCode).as(run.err).isEqualTo(1);
        assertThat(run.err).contains("exists already").contains("add --force to replace it");
        assertThat(folder.resolve("plants.csv")).hasContent("my edits");
    }

    @Test
    void exportRefusesAnExistingWorkbookButForceReplacesIt() throws IOException {
        Path workbook = work.resolve("mine.xlsx");
        Files.writeString(workbook, "not yet a workbook");

        CliRun refused = CliRun.of("demo", "--export", workbook.toString());
        assertThat(refused.exitCode).as(refused.err).isEqualTo(1);
        assertThat(workbook).hasContent("not yet a workbook");

        CliRun forced = CliRun.of("demo", "--export", workbook.toString(), "--force");
        assertThat(forced.exitCode).as(forced.err).isZero();
        assertThat(Files.readAllBytes(workbook)).startsWith((byte) 'P', (byte) 'K');
    }

    @Test
    void exportedWorkbookKeepsTheSourcesOfTheDemosCsvFiles() throws IOException {
        Path folder = work.resolve("csv");
        Path workbook = work.resolve("demo.xlsx");
        assertThat(CliRun.of("demo", "--export", folder.toString()).exitCode).isZero();

        CliRun run = CliRun.of("demo", "--export", workbook.toString());

        assertThat(run.exitCode).as(run.err).isZero();
        List<String> csv = Files.readAllLines(folder.resolve("plants.csv"));
        int sourceAt = List.of(csv.get(0).split(",")).indexOf("#source");
        assertThat(sourceAt).isPositive();
        try (InputStream in = Files.newInputStream(workbook);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet plants = book.getSheet("plants");
            Row header = plants.getRow(0);
            int column = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                if (header.getCell(c).getStringCellValue().equals("#source")) {
                    column = c;
                }
            }
            assertThat(column)
                    .as("the workbook's plants sheet has a #source column")
                    .isNotNegative();
            // The first plant's source, as its CSV row gives it (the demo's sources hold no commas).
            String firstSource = csv.get(1).substring(csv.get(1).lastIndexOf(',') + 1);
            assertThat(firstSource).isNotBlank();
            assertThat(plants.getRow(1).getCell(column).getStringCellValue()).isEqualTo(firstSource);
        }
    }

    @Test
    void anUnknownDemoIsWrongUsageNamedInOurWords() {
        CliRun run =
                CliRun.of("demo", "nissan-tesla", "--export", work.resolve("x").toString());

        assertThat(run.exitCode).as(run.err).isEqualTo(2);
        assertThat(run.err).contains("There is no demo called 'nissan-tesla'").doesNotContain("Exception");
        assertThat(work.resolve("x")).doesNotExist();
    }

    @Test
    void exportWritesIntoAnEmptyFolderWithoutForce() throws IOException {
        Path folder = work.resolve("empty");
        Files.createDirectories(folder);

        CliRun run = CliRun.of("demo", "--export", folder.toString());

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(folder.resolve("plants.csv")).exists();
    }
}
