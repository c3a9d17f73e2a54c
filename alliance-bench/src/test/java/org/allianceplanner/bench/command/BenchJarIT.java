package org.allianceplanner.bench.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged {@code alliance-bench.jar} as the {@code alliance} launcher does for {@code alliance bench}. */
class BenchJarIT {
    private static final Path JAR = Path.of("target", "alliance-bench.jar");

    @TempDir
    Path work;

    @Test
    void helpListsEverySuiteUnderTheNameUsersType() throws Exception {
        Run run = bench("--help");

        assertThat(run.exitCode).as(run.stderr).isZero();
        assertThat(run.stdout).startsWith("Usage: alliance bench [-hV] [COMMAND]");
        assertThat(run.stdout.lines().map(String::strip).map(line -> line.split(" ")[0]))
                .contains(
                        "synthetic",
                        "read",
                        "rcpsp",
                        "rnd-portfolio",
                        "footprint",
                        "sourcing",
                        "coalitions",
                        "cflp",
                        "cancel");
    }

    @Test
    void rcpspPrintsCsvAndNamesTheLineOfABrokenFile() throws Exception {
        Path good = Path.of("..", "benchmarks", "psplib-j30", "j301_2.sm");
        Path broken = work.resolve("broken.sm");
        Files.writeString(
                broken, Files.readString(good).replace("RESOURCEAVAILABILITIES:", "RESOURCEAVAILABILITIES:\n x"));

        Run run =
                bench("rcpsp", "--reference", "../benchmarks/psplib-j30/j30opt.sm", good.toString(), broken.toString());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.stdout)
                .startsWith("instance,makespan,lower_bound,seconds,status,best_known,gap\n")
                .contains("j301_2,47,47,");
        assertThat(run.stderr).contains(broken + ", line ").contains("\"x\" is not a whole number.");
    }

    private Run bench(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        Path stdout = work.resolve("stdout.txt");
        Path stderr = work.resolve("stderr.txt");
        Process process = new ProcessBuilder(command)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("finished within 2 minutes")
                .isTrue();
        return new Run(
                process.exitValue(),
                Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String stdout, String stderr) {}
}
