package org.allianceplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.allianceplanner.bench.synthetic.ScenarioSize;
import org.allianceplanner.bench.synthetic.SyntheticScenarios;
import org.allianceplanner.io.ScenarioFiles;
import org.allianceplanner.io.ScenarioLoad;
import org.allianceplanner.io.table.ScenarioTables;
import org.allianceplanner.io.table.TableCodec;
import org.allianceplanner.model.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alliance bench}: benchmark suites and synthetic scenarios for scaling runs. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks and synthetic scenarios of a chosen size.",
        subcommands = {BenchCommand.Synthetic.class, BenchCommand.Read.class, CflpBenchCommand.class})
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Writes a synthetic scenario. */
    @Command(
            name = "synthetic",
            mixinStandardHelpOptions = true,
            description = {
                "Writes a valid synthetic alliance scenario of the given size.",
                "",
                "The same size and seed always give the same scenario. OUT is a folder, or an .xlsx file."
            })
    static final class Synthetic implements Callable<Integer> {
        @Option(names = "--partners", defaultValue = "8", description = "Partners (default ${DEFAULT-VALUE}).")
        int partners;

        @Option(names = "--plants", defaultValue = "1000", description = "Plants (default ${DEFAULT-VALUE}).")
        int plants;

        @Option(names = "--models", defaultValue = "1300", description = "Vehicle models (default ${DEFAULT-VALUE}).")
        int models;

        @Option(names = "--markets", defaultValue = "700", description = "Markets (default ${DEFAULT-VALUE}).")
        int markets;

        @Option(
                names = "--demand",
                defaultValue = "200000",
                description = "Demand records, model × market (default ${DEFAULT-VALUE}).")
        int demand;

        @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Parameters(paramLabel = "OUT", description = "Folder or .xlsx file to write.")
        Path output;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            ScenarioSize size;
            try {
                size = new ScenarioSize(partners, plants, models, markets, demand);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            Scenario scenario = SyntheticScenarios.generate(size, seed);
            ScenarioFiles.write(scenario, output);
            spec.commandLine().getOut().printf("Wrote %s: %,d rows in all.%n", output, rowCount(scenario));
            return 0;
        }
    }

    /** Times reading and checking scenarios. */
    @Command(
            name = "read",
            mixinStandardHelpOptions = true,
            description = {
                "Times reading and checking scenarios; prints CSV.",
                "",
                "Columns: scenario,rows,seconds_median,seconds_min,repeats,valid. The first read of each",
                "scenario warms the JVM up and is not counted."
            })
    static final class Read implements Callable<Integer> {
        @Option(
                names = "--repeats",
                defaultValue = "5",
                description = "Timed reads per scenario (default ${DEFAULT-VALUE}).")
        int repeats;

        @Parameters(paramLabel = "SCENARIO", arity = "1..*", description = "Scenario folders or .xlsx files.")
        List<Path> scenarios;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            out.println("scenario,rows,seconds_median,seconds_min,repeats,valid");
            for (Path path : scenarios) {
                ScenarioLoad load = ScenarioFiles.read(path);
                List<Double> seconds = new ArrayList<>();
                for (int i = 0; i < repeats; i++) {
                    long start = System.nanoTime();
                    load = ScenarioFiles.read(path);
                    seconds.add((System.nanoTime() - start) / 1e9);
                }
                seconds.sort(Double::compare);
                long rows = load.isValid() ? rowCount(load.scenario()) : -1;
                out.printf(
                        Locale.ROOT,
                        "%s,%d,%.3f,%.3f,%d,%s%n",
                        path,
                        rows,
                        seconds.get(seconds.size() / 2),
                        seconds.get(0),
                        repeats,
                        load.isValid());
                out.flush();
            }
            return 0;
        }
    }

    private static long rowCount(Scenario scenario) {
        long rows = 0;
        for (TableCodec<?> codec : ScenarioTables.ALL) {
            rows += codec.rowCount(scenario);
        }
        return rows;
    }
}
