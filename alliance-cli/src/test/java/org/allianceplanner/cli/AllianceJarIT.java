package org.allianceplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.allianceplanner.model.alliance.AllianceStudyResult;
import org.allianceplanner.report.json.PlanJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged {@code alliance.jar} as a user would, and checks what it prints and returns. */
class AllianceJarIT {
    private static final Path JAR = Path.of("target", "alliance.jar");

    @TempDir
    Path work;

    @Test
    void demoPrintsTheScenarioAndItsFootprintPlansAndExitsZero() throws Exception {
        Run run = alliance("demo", "--out", work.resolve("demo-report").toString());

        assertThat(run.exitCode).as(run.stderr).isZero();
        assertThat(run.stdout)
                .contains("Partners (volumes in vehicles per year)")
                .contains("Plants: today's production against capacity")
                .contains("Smyrna")
                .contains("Candidate alliances")
                .contains("Each coalition against its members alone")
                .doesNotContain("no plan found")
                .contains("R&D: months to market saved by each alliance")
                .contains("break-even friction")
                .containsPattern("nissan\\+tesla +\\d+ ")
                .contains("Candidate alliances compared")
                .contains("Synergy of nissan-tesla by lever and partner")
                .contains("How nissan-tesla could split its gain")
                // A commonization whose saving is the two solves' rounding says so in words.
                .contains("would save nothing, against")
                .doesNotContain("USD 0.00/yr");
        Path report = work.resolve("demo-report");
        assertThat(run.stdout)
                .contains("Report: " + report.resolve("report.html").toAbsolutePath());
        assertThat(report.resolve("report.html")).isNotEmptyFile();
        assertThat(report.resolve("report.xlsx")).isNotEmptyFile();
        AllianceStudyResult written = PlanJson.read(report.resolve("plan.json"));
        assertThat(written.coalitions()).hasSize(4);
        assertThat(written.alliances()).hasSize(7);
        assertThat(run.stdout)
                .contains(String.format(
                        java.util.Locale.ROOT,
                        "%,.1f",
                        written.alliances().get(0).synergy().total() / 1e6));
        assertThat(run.stderr)
                .contains("planned 3 partners alone and 4 coalitions with footprint, sourcing, rnd")
                .doesNotContain("Exception");
    }

    @Test
    void aSecondPlanOfTheSameScenarioReusesTheCachedStudyAndPrintsTheSame() throws Exception {
        Path exported = work.resolve("demo");
        alliance("demo", "--export", exported.toString());

        Run first = alliance("plan", exported.toString(), "--levers", "footprint,sourcing");
        Run second = alliance("plan", exported.toString(), "--levers", "footprint,sourcing");
        Run fresh = alliance("plan", exported.toString(), "--levers", "footprint,sourcing", "--no-cache");

        assertThat(first.exitCode).as(first.stderr).isZero();
        assertThat(first.stderr).contains("planned 3 partners alone").doesNotContain("reused");
        assertThat(second.stderr).contains("reused the study").doesNotContain("planned 3 partners alone");
        assertThat(fresh.stderr).contains("planned 3 partners alone").doesNotContain("reused");
        assertThat(second.stdout).isEqualTo(first.stdout);
        // Planned again, the same plans; only the solve times differ.
        assertThat(withoutSolveTimes(fresh.stdout)).isEqualTo(withoutSolveTimes(first.stdout));
        assertThat(work.resolve("demo-report").resolve("report.html")).isNotEmptyFile();
    }

    @Test
    void planWithTheRndLeverComparesEveryAllianceWithItsMembersAlone() throws Exception {
        Path exported = work.resolve("demo");
        alliance("demo", "--export", exported.toString());

        Run run = alliance(
                "plan",
                exported.toString(),
                "--levers",
                "rnd",
                "--time-limit",
                "20",
                "--out",
                work.resolve("report").toString());

        assertThat(run.exitCode).as(run.stderr).isZero();
        assertThat(run.stdout)
                .contains("Each partner alone")
                .contains("Coalition nissan+tesla:")
                .contains("months saved")
                .contains("critical chains");
        assertThat(run.stderr).contains("so the footprint lever runs too");
    }

    @Test
    void planRejectsALeverItDoesNotKnowWithExitTwo() throws Exception {
        Run run = alliance("plan", "anything", "--levers", "rnd,teleport");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.stderr).contains("Unknown lever 'teleport'");
    }

    @Test
    void jarHoldsNoBenchmarkCode() throws Exception {
        List<String> benchEntries;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            benchEntries = jar.stream()
                    .map(JarEntry::getName)
                    .filter(name -> name.startsWith("org/allianceplanner/bench/"))
                    .toList();
        }

        // The benchmark suites (PSPLIB, CFLP, the external CBC runner) and their commands ship in
        // alliance-bench.jar; the launcher hands `alliance bench` over to it.
        assertThat(benchEntries).isEmpty();
    }

    @Test
    void helpPointsToTheBenchmarksThatLeftThisJar() throws Exception {
        Run run = alliance("--help");

        assertThat(run.exitCode).as(run.stderr).isZero();
        assertThat(run.stdout).contains("alliance bench --help lists the suites");
    }

    @Test
    void exportedDemoValidatesAndConvertsToAWorkbookAndBackWithoutLoss() throws Exception {
        Path exported = work.resolve("demo");
        Path canonical = work.resolve("canonical");
        Path workbook = work.resolve("demo.xlsx");
        Path back = work.resolve("back");

        assertThat(alliance("demo", "--export", exported.toString()).exitCode).isZero();
        Run validate = alliance("validate", exported.toString());
        assertThat(validate.exitCode).as(validate.stderr).isZero();
        assertThat(validate.stdout).contains("is a valid scenario: 3 partners");
        assertThat(exported.resolve("README.md")).isNotEmptyFile();
        assertThat(exported.resolve("sources").resolve("plants.csv")).isNotEmptyFile();
        assertThat(alliance("convert", exported.toString(), canonical.toString()).exitCode)
                .isZero();
        assertThat(alliance("convert", canonical.toString(), workbook.toString()).exitCode)
                .isZero();
        assertThat(alliance("convert", workbook.toString(), back.toString()).exitCode)
                .isZero();

        assertThat(csvFiles(back)).isEqualTo(csvFiles(canonical)).isNotEmpty();
        for (String file : csvFiles(canonical)) {
            assertThat(Files.readString(back.resolve(file)))
                    .as(file)
                    .isEqualTo(Files.readString(canonical.resolve(file)));
        }
        assertThat(Files.readString(back.resolve("scenario.yaml")))
                .isEqualTo(Files.readString(canonical.resolve("scenario.yaml")));
    }

    @Test
    void invalidScenarioExitsOneWithLocatedProblemsAndWritesNothing() throws Exception {
        Path exported = work.resolve("demo");
        alliance("demo", "--export", exported.toString());
        Path plants = exported.resolve("plants.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(plants));
        lines.set(1, lines.get(1) + ",surplus-cell");
        Files.write(plants, lines);
        Path output = work.resolve("out.xlsx");

        Run validate = alliance("validate", exported.toString());
        Run convert = alliance("convert", exported.toString(), output.toString());

        assertThat(validate.exitCode).isEqualTo(1);
        assertThat(validate.stderr)
                .contains("plants.csv, row 2: \"surplus-cell\" has more cells than the header has columns.");
        assertThat(convert.exitCode).isEqualTo(1);
        assertThat(output).doesNotExist();
    }

    @Test
    void fileThatIsNotAWorkbookIsAMessageNotAStackTrace() throws Exception {
        Path fake = Files.writeString(work.resolve("plants.xlsx"), "plant_id,name\np1,Smyrna\n");

        Run run = alliance("validate", fake.toString());

        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.stderr)
                .contains("plants.xlsx")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void wrongUsageExitsTwoAndShowsUsage() throws Exception {
        Run run = alliance("convert", "only-one-argument");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.stderr).contains("Usage: alliance convert");
    }

    private static List<String> csvFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".csv"))
                    .sorted()
                    .toList();
        }
    }

    private static String withoutSolveTimes(String report) {
        return report.replaceAll("\\(\\d+(\\.\\d+)? s\\)", "(… s)").replaceAll("in \\d+(\\.\\d+)? s", "in … s");
    }

    private Run alliance(String... args) throws Exception {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("ALLIANCE_CACHE", work.resolve("cache").toString());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("finished within 2 minutes")
                .isTrue();
        return new Run(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String stdout, String stderr) {}
}
