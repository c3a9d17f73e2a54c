package org.allianceplanner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.allianceplanner.io.ScenarioFiles;
import org.allianceplanner.io.ScenarioLoad;
import org.allianceplanner.io.table.Column;
import org.allianceplanner.io.table.ColumnRanges;
import org.allianceplanner.io.table.ScenarioTables;
import org.allianceplanner.io.table.TableCodec;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.scenario.ScenarioSettings;
import org.allianceplanner.model.scenario.SolverSettings;
import org.allianceplanner.model.validation.PlausibleRange;
import org.allianceplanner.model.validation.PlausibleRanges;
import org.allianceplanner.testkit.TestScenarios;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What validate accepts, plan handles: every number of a small scenario, one at a time, at the edges of
 * its plausible range (and a few combinations), still validates and plans to a plan (exit 0) or a clear
 * message (exit 1), never to an unexpected failure (exit 3).
 */
class EdgeRangePlanTest {
    /** Every how many draws all levers run; the others plan the footprint alone, to keep the test short. */
    private static final int ALL_LEVERS_EVERY = 6;

    /**
     * Edges that other rows' rules keep out of this scenario, with the reason; each is reached by data a
     * planner may have (the rule is about other rows, not about the value).
     */
    private static final Map<String, String> REACHED_ONLY_WITH_OTHER_DATA = Map.of(
            "rnd_teams.capacity_teams at min",
            "a skill with no team is valid only when no task needs it, and every team here is needed",
            "fx_rates.base_per_unit at max",
            "at 100,000 dollars a euro, every euro figure here is far above its range in dollars; the edge fits"
                    + " a weak base currency");

    /**
     * When a column is drawn at an edge, these columns go to the same edge in every row first, so that
     * the cross-row rules (a line within its plant; a task within its owner's teams) still hold.
     */
    private static final Map<String, List<String>> COMPANIONS = Map.of(
            "platform_lines.capacity_units_per_year at max", List.of("plants.capacity_units_per_year"),
            "plants.capacity_units_per_year at min", List.of("platform_lines.capacity_units_per_year"),
            "rnd_task_needs.teams at max", List.of("rnd_teams.capacity_teams"));

    @TempDir
    Path work;

    private int draws;

    @Test
    void plansOrExplainsEveryScenarioWithANumberAtTheEdgeOfItsRange() throws IOException {
        Scenario base = TestScenarios.twoPartners();
        Path original = work.resolve("original");
        ScenarioFiles.write(base, original);

        List<String> unreachable = new ArrayList<>();
        Map<String, Map<String, String>> maxima = new LinkedHashMap<>();
        Map<String, Map<String, String>> minima = new LinkedHashMap<>();
        for (TableCodec<?> codec : ScenarioTables.ALL) {
            Path csv = original.resolve(codec.name() + ".csv");
            if (!Files.exists(csv)) {
                continue;
            }
            for (Column column : codec.columns()) {
                PlausibleRange range =
                        ColumnRanges.of(codec.name(), column.name()).orElse(null);
                if (range == null) {
                    continue;
                }
                for (boolean max : new boolean[] {false, true}) {
                    String key = codec.name() + "." + column.name() + (max ? " at max" : " at min");
                    String edge = key + " " + range.text();
                    Path folder = validEdge(
                            original, codec.name(), column.name(), range, max, COMPANIONS.getOrDefault(key, List.of()));
                    if (folder == null) {
                        if (!REACHED_ONLY_WITH_OTHER_DATA.containsKey(key)) {
                            unreachable.add(edge);
                        }
                        continue;
                    }
                    assertThat(REACHED_ONLY_WITH_OTHER_DATA)
                            .as(key + " is reachable after all")
                            .doesNotContainKey(key);
                    planEndsWithAPlanOrAMessage(folder, edge, true);
                }
            }
        }
        assertThat(unreachable)
                .as("edges that validation refuses in every row of the scenario")
                .isEmpty();
        assertThat(draws).isGreaterThan(60);
    }

    @Test
    void plansOrExplainsTheSettingsAtTheEdgesOfTheirRanges() {
        Scenario base = TestScenarios.twoPartners();
        ScenarioSettings s = base.settings();
        SolverSettings solver = s.solver();
        List<UnaryOperator<ScenarioSettings>> edges = List.of(
                x -> withSolver(x, new SolverSettings(PlausibleRanges.TIME_LIMIT_SECONDS.min(), 0, solver.seed())),
                x -> withSolver(x, new SolverSettings(PlausibleRanges.TIME_LIMIT_SECONDS.max(), 0, solver.seed())),
                x -> withSolver(
                        x,
                        new SolverSettings(
                                solver.timeLimitSeconds(), PlausibleRanges.RELATIVE_GAP.max(), solver.seed())),
                x -> withSolver(x, new SolverSettings(solver.timeLimitSeconds(), 0, Long.MAX_VALUE)),
                x -> new ScenarioSettings(x.name(), x.description(), x.baseCurrency(), 0, 1, 0, x.solver()),
                x -> new ScenarioSettings(x.name(), x.description(), x.baseCurrency(), 1, 100, 1, x.solver()));
        int index = 0;
        for (UnaryOperator<ScenarioSettings> edge : edges) {
            Scenario scenario = base.toBuilder().settings(edge.apply(s)).build();
            Path folder = work.resolve("settings-" + index++);
            ScenarioFiles.write(scenario, folder);
            assertThat(ScenarioFiles.read(folder).problems())
                    .as(scenario.settings().toString())
                    .isEmpty();
            planEndsWithAPlanOrAMessage(folder, scenario.settings().toString(), false);
        }
    }

    @Test
    void refusesANameOfAMegabyteBeforePlanningAndLeavesNoFileBehind() throws IOException {
        Path folder = work.resolve("long-name");
        ScenarioFiles.write(TestScenarios.twoPartners(), folder);
        rewrite(folder.resolve("partners.csv"), "name", 0, "A".repeat(1_000_000));
        Path out = work.resolve("report");

        CliRun run =
                CliRun.of("plan", folder.toString(), "--no-cache", "--levers", "footprint", "--out", out.toString());

        assertThat(run.exitCode).as(run.err).isEqualTo(1);
        assertThat(run.err)
                .contains("partners.csv, row 2")
                .contains("is 1000000 characters long; a cell of this column holds at most 200.")
                .hasSizeLessThan(5_000);
        assertThat(out).doesNotExist();
        try (Stream<Path> files = Files.list(work)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("long-name");
        }
    }

    private static ScenarioSettings withSolver(ScenarioSettings x, SolverSettings solver) {
        return new ScenarioSettings(
                x.name(),
                x.description(),
                x.baseCurrency(),
                x.defaultFriction(),
                x.annualizationYears(),
                x.discountRate(),
                solver);
    }

    /**
     * A copy of the scenario with {@code column} at its edge, in every row if that is valid, else in the
     * first row where it is; money is tried in the base currency and at the edge divided by the largest
     * exchange rate (for rows in a currency dearer than the base). {@code null} when no row validates.
     */
    private Path validEdge(
            Path original, String table, String column, PlausibleRange range, boolean max, List<String> companions)
            throws IOException {
        double edge = max ? range.max() : range.min();
        List<Double> values = new ArrayList<>(List.of(edge));
        if (range.inBaseCurrency() && max) {
            values.add(edge / 1.25);
        }
        if (!max) {
            values.add(Math.nextUp(edge));
        }
        int rows = rowCount(original.resolve(table + ".csv"));
        for (double value : values) {
            for (int row = -1; row < rows; row++) {
                Path folder = work.resolve("draw-" + draws + "-" + table + "-" + column + "-" + (max ? "max" : "min"));
                deleteRecursively(folder);
                copy(original, folder);
                for (String companion : companions) {
                    String[] parts = companion.split("\\.");
                    PlausibleRange companionRange =
                            ColumnRanges.of(parts[0], parts[1]).orElseThrow();
                    rewrite(
                            folder.resolve(parts[0] + ".csv"),
                            parts[1],
                            -1,
                            number(max ? companionRange.max() : companionRange.min()));
                }
                rewrite(folder.resolve(table + ".csv"), column, row, number(value));
                if (ScenarioFiles.read(folder).isValid()) {
                    return folder;
                }
            }
        }
        return null;
    }

    private void planEndsWithAPlanOrAMessage(Path folder, String edge, boolean shortLimit) {
        draws++;
        List<String> args = new ArrayList<>(List.of("plan", folder.toString(), "--no-cache"));
        if (shortLimit && draws % ALL_LEVERS_EVERY != 0) {
            args.addAll(List.of("--levers", "footprint"));
        }
        if (shortLimit) {
            args.addAll(List.of("--time-limit", "5"));
        }
        ScenarioLoad load = ScenarioFiles.read(folder);
        assertThat(load.problems()).as(edge).isEmpty();

        CliRun run = CliRun.of(args.toArray(String[]::new));

        String printed = run.out + run.err;
        assertThat(run.exitCode).as(edge + "\n" + run.err).isIn(0, 1);
        assertThat(printed)
                .as(edge)
                .doesNotContain("bug")
                .doesNotContain("ALLIANCE_DEBUG")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        if (run.exitCode == 1) {
            assertThat(run.err).as(edge).contains("alliance");
        }
    }

    private static String number(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toString();
    }

    private static int rowCount(Path csv) throws IOException {
        return read(csv).size() - 1;
    }

    /** Sets {@code column} to {@code value} in data row {@code row} (0-based), or in every row when -1. */
    private static void rewrite(Path csv, String column, int row, String value) throws IOException {
        List<List<String>> records = read(csv);
        int at = records.get(0).indexOf(column);
        assertThat(at).as(column + " in " + csv).isNotNegative();
        for (int r = 1; r < records.size(); r++) {
            if (row == -1 || row == r - 1) {
                records.get(r).set(at, value);
            }
        }
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
            for (List<String> record : records) {
                printer.printRecord(record);
            }
        }
        Files.writeString(csv, text.toString(), StandardCharsets.UTF_8);
    }

    private static List<List<String>> read(Path csv) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.RFC4180.parse(reader)) {
                records.add(new ArrayList<>(record.toList()));
            }
        }
        return records;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
            Files.delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
