package org.allianceplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.allianceplanner.io.ScenarioFiles;
import org.allianceplanner.testkit.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
    @TempDir
    Path work;

    @Test
    void refusesAFolderThatHoldsSomethingButForceReplacesItKeepingNotes() throws IOException {
        Path input = work.resolve("two");
        ScenarioFiles.write(TestScenarios.twoPartners(), input);
        Path partners = input.resolve("partners.csv");
        // A note on the first partner, in a comment column the user added.
        List<String> lines = new ArrayList<>(Files.readAllLines(partners));
        lines.set(0, lines.get(0) + ",#note");
        lines.set(1, lines.get(1) + ",\"checked with finance, 2025\"");
        Files.write(partners, lines);
        Path output = Files.createDirectories(work.resolve("mine"));
        Files.writeString(output.resolve("partners.csv"), "my edits");

        CliRun refused = CliRun.of("convert", input.toString(), output.toString());

        assertThat(refused.exitCode).as(refused.err).isEqualTo(1);
        assertThat(refused.err).contains("exists already").contains("--force");
        assertThat(output.resolve("partners.csv")).hasContent("my edits");

        CliRun forced = CliRun.of("convert", input.toString(), output.toString(), "--force");

        assertThat(forced.exitCode).as(forced.err).isZero();
        // Commons CSV quotes a cell that starts with #; it reads back the same.
        List<String> written = Files.readAllLines(output.resolve("partners.csv"));
        assertThat(written.get(0)).endsWith(",\"#note\"");
        assertThat(written.get(1)).endsWith(",\"checked with finance, 2025\"");
        assertThat(ScenarioFiles.read(output).notes().of("partners").rows().get(0))
                .containsExactly("checked with finance, 2025");
    }
}
