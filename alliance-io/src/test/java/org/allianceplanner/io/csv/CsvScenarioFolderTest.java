package org.allianceplanner.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.allianceplanner.io.Problem;
import org.allianceplanner.io.ScenarioFiles;
import org.allianceplanner.io.ScenarioLoad;
import org.allianceplanner.io.table.RawScenario;
import org.allianceplanner.io.table.RawTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvScenarioFolderTest {
    @TempDir
    Path folder;

    @Test
    void reportsACsvThatEndsInsideAQuotedCellWithTheRowTheCellStarts() throws IOException {
        write("partners.csv", "partner_id,name,home_country_id,currency\na,\"Alpha,JP,JPY\nb,Beta,JP,JPY\n");

        RawScenario raw = CsvScenarioFolder.read(folder);

        assertThat(raw.fileProblems())
                .filteredOn(problem -> problem.file().equals("partners.csv"))
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.row()).isEqualTo(2);
                    assertThat(problem.rule()).contains("ends inside a quoted cell");
                });
    }

    @Test
    void reportsAFileThatIsNotUtf8WithTheRowOfTheFirstBadByte() throws IOException {
        byte[] latin1 = "partner_id,name,home_country_id,currency\na,Alpha,JP,JPY\nb,Citro\u00ebn,FR,EUR\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(folder.resolve("partners.csv"), latin1);

        RawScenario raw = CsvScenarioFolder.read(folder);

        assertThat(raw.fileProblems())
                .filteredOn(problem -> problem.file().equals("partners.csv"))
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.row()).isEqualTo(3);
                    assertThat(problem.rule()).contains("not UTF-8");
                    assertThat(problem.hint()).contains("CSV UTF-8");
                });
    }

    @Test
    void readsSemicolonSeparatedFilesWithAByteOrderMarkAsExcelWritesThem() throws IOException {
        write("partners.csv", "\uFEFFpartner_id;name;home_country_id;currency\r\na;Alpha, Inc.;JP;JPY\r\n");

        RawTable table = CsvScenarioFolder.read(folder).tables().get("partners");

        assertThat(table.header()).containsExactly("partner_id", "name", "home_country_id", "currency");
        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.rowNumber()).isEqualTo(2);
            assertThat(row.cells()).containsExactly("a", "Alpha, Inc.", "JP", "JPY");
        });
    }

    @Test
    void numbersRowsAsExcelShowsThemSkippingBlankRows() throws IOException {
        write("partners.csv", "partner_id,name,home_country_id,currency\na,Alpha,JP,JPY\n\n,,,\nb,Beta,JP,JPY\n");

        RawTable table = CsvScenarioFolder.read(folder).tables().get("partners");

        assertThat(table.rows()).extracting(row -> row.rowNumber()).containsExactly(2, 5);
    }

    @Test
    void reportsMissingFilesUnknownFilesAndInvalidYamlAllAtOnce() throws IOException {
        write("scenario.yaml", "name: x\nsolver:\n  seed: [1, 2\n");
        write("plant.csv", "plant_id\n");

        ScenarioLoad load = ScenarioFiles.read(folder);

        assertThat(load.isValid()).isFalse();
        assertThat(load.problems())
                .extracting(Problem::describe)
                .anySatisfy(text -> assertThat(text).startsWith("scenario.yaml, row 3: is not valid YAML"))
                .anySatisfy(text -> assertThat(text)
                        .isEqualTo("plant.csv: is not a scenario table. Maybe rename it to plants.csv."))
                .anySatisfy(text -> assertThat(text).startsWith("partners.csv: is missing"))
                .anySatisfy(text -> assertThat(text).startsWith("demand.csv: is missing"));
    }

    @Test
    void reportsUnknownSettingsWithTheirLineAndTheSettingMeant() throws IOException {
        write("scenario.yaml", "name: x\nbase_currency: USD\nsolver:\n  time_limit_secnds: 5\n");

        RawScenario raw = CsvScenarioFolder.read(folder);
        ScenarioLoad load = org.allianceplanner.io.table.ScenarioDecoder.decode(raw);

        assertThat(load.problems())
                .extracting(Problem::describe)
                .contains("scenario.yaml, row 4, column solver.time_limit_secnds: \"5\" is not a scenario setting."
                        + " Maybe you meant 'solver.time_limit_seconds'.");
    }

    @Test
    void rejectsAPathThatIsNeitherAFolderNorAWorkbook() throws IOException {
        Path notes = write("notes.txt", "hello");

        ScenarioLoad load = ScenarioFiles.read(notes);

        assertThat(load.problems())
                .singleElement()
                .extracting(Problem::rule)
                .asString()
                .contains("neither");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
}
