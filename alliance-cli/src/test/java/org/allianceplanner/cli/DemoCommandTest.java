package org.allianceplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void exportWritesIntoAnEmptyFolderWithoutForce() throws IOException {
        Path folder = work.resolve("empty");
        Files.createDirectories(folder);

        CliRun run = CliRun.of("demo", "--export", folder.toString());

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(folder.resolve("plants.csv")).exists();
    }
}
