package org.allianceplanner.bench.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CflpBenchCommandTest {
    @TempDir
    Path work;

    @Test
    void printsCap41AtItsKnownOptimumAsCsv() {
        Path folder = cflpFolder().resolve("orlib-cap");

        BenchRun run = bench(
                "cflp",
                "--optima",
                folder.resolve("capopt.txt").toString(),
                folder.resolve("cap41.txt").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().strip().split("\\R");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("instance,objective,bound,gap,seconds,status,known_optimum,deviation");
        String[] cells = lines[1].split(",", -1);
        assertThat(cells).hasSize(8);
        assertThat(cells[0]).isEqualTo("cap41.txt");
        assertThat(cells[5]).isEqualTo("optimal");
        assertThat(Double.parseDouble(cells[6])).isEqualTo(1040444.375);
        assertThat(Double.parseDouble(cells[7])).isLessThanOrEqualTo(1e-6);
        assertThat(Math.abs(Double.parseDouble(cells[1]) - 1040444.375) / 1040444.375)
                .isLessThanOrEqualTo(1e-6);
        assertThat(run.err()).contains("1 of 1 instances with a known optimum at it");
    }

    @Test
    void explainsTheCapacityLiteralWithoutAStackTrace() throws Exception {
        Path file = work.resolve("capa");
        Files.writeString(file, "1 1\ncapacity 5\n3 4\n");

        BenchRun run = bench("cflp", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains("capa, token 3 (line 2): the capacity of facility 1 is the literal 'capacity'")
                .contains("Maybe add --capacity N")
                .doesNotContain("Exception");
    }

    @Test
    void saysSoWhenTheCbcBinaryIsMissing() {
        Path cap41 = cflpFolder().resolve("orlib-cap").resolve("cap41.txt");

        BenchRun run =
                bench("cflp", "--compare-cbc", "--cbc", work.resolve("no-cbc").toString(), cap41.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Cannot run the CBC solver").contains("apt-get install -y coinor-cbc");
    }

    /** Runs {@code alliance bench args...} in this JVM, through the bench jar's entry point. */
    private static BenchRun bench(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = BenchCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        return new BenchRun(exitCode, out.toString(), err.toString());
    }

    private record BenchRun(int exitCode, String out, String err) {}

    private static Path cflpFolder() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("benchmarks").resolve("cflp"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "No benchmarks/cflp folder above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("benchmarks").resolve("cflp");
    }
}
