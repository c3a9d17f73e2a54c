package org.allianceplanner.bench.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.allianceplanner.app.console.UnexpectedFailure;
import org.allianceplanner.bench.rcpsp.BenchmarkFileException;
import org.allianceplanner.bench.rcpsp.RcpspBenchmark;
import org.allianceplanner.bench.rcpsp.ReferenceTable;
import org.allianceplanner.bench.rcpsp.RndPortfolio;
import org.allianceplanner.bench.server.ServerCancelCommand;
import org.allianceplanner.bench.server.ServerLoadCommand;
import org.allianceplanner.bench.server.ServerQueueCommand;
import org.allianceplanner.bench.server.ServerUploadCommand;
import org.allianceplanner.engine.rnd.RndPlanner;
import org.allianceplanner.engine.rnd.RndSolveOptions;
import org.allianceplanner.engine.solver.Elapsed;
import org.allianceplanner.io.ScenarioFiles;
import org.allianceplanner.io.ScenarioLoad;
import org.allianceplanner.io.synthetic.ScenarioSize;
import org.allianceplanner.io.synthetic.SyntheticScenarios;
import org.allianceplanner.io.table.ScenarioTables;
import org.allianceplanner.io.table.TableCodec;
import org.allianceplanner.model.rnd.plan.RndPlan;
import org.allianceplanner.model.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Entry point of {@code alliance bench}: benchmark suites and synthetic scenarios for scaling runs. It
 * is its own jar, {@code alliance-bench.jar}, so that the user's {@code alliance.jar} carries no
 * benchmark code; the {@code alliance} launcher hands {@code alliance bench ...} over to it.
 */
@Command(
        name = "alliance bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks and synthetic scenarios of a chosen size.",
        subcommands = {
            BenchCommand.Synthetic.class,
            BenchCommand.Read.class,
            BenchCommand.Rcpsp.class,
            BenchCommand.RndPortfolioRun.class,
            FootprintScaleCommand.class,
            SourcingScaleCommand.class,
            CoalitionBenchCommand.class,
            CflpBenchCommand.class,
            CancelBenchCommand.class,
            GameCsvBenchCommand.class,
            ServerLoadCommand.class,
            ServerQueueCommand.class,
            ServerUploadCommand.class,
            ServerCancelCommand.class
        })
public final class BenchCommand implements Runnable {
    /** Exit code when an input file (an instance, a table of optima) has problems. */
    static final int INVALID_INPUT = 1;
    /** Exit code when something failed that is not the user's input. */
    static final int FAILURE = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, with errors printed as messages rather than stack traces, as {@code alliance} does. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new BenchCommand());
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            UnexpectedFailure.print(exception, cmd.getErr());
            return FAILURE;
        });
        return commandLine;
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
                "Columns: scenario,rows,seconds_median,seconds_min,repeats,valid. The first read of each "
                        + "scenario warms the JVM up and is not counted."
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
                    seconds.add(Elapsed.secondsSince(start));
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

    /** Solves PSPLIB RCPSP instances with the R&D lever. */
    @Command(
            name = "rcpsp",
            mixinStandardHelpOptions = true,
            description = {
                "Solves PSPLIB single-mode RCPSP instances (.sm) with the R&D lever's CP-SAT model; prints CSV.",
                "",
                "Columns: instance,makespan,lower_bound,seconds,status, and with --reference also "
                        + "best_known,gap (gap = (makespan - best_known) / best_known). The instances of PSPLIB j30 and "
                        + "j120 with their tables are in benchmarks/ at the repository root."
            })
    static final class Rcpsp implements Callable<Integer> {
        @Option(
                names = "--time-limit",
                paramLabel = "S",
                defaultValue = "10",
                description = "Seconds per instance (default ${DEFAULT-VALUE}).")
        double timeLimitSeconds;

        @Option(
                names = "--workers",
                defaultValue = "2",
                description = "CP-SAT workers per instance (default ${DEFAULT-VALUE}).")
        int workers;

        @Option(
                names = "--seed",
                defaultValue = "1",
                description = "Random seed of CP-SAT and the genetic search (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(
                names = "--reference",
                paramLabel = "FILE",
                description = "PSPLIB table of optimal or best-known makespans, e.g. j30opt.sm or j120hrs.sm.")
        Path reference;

        @Option(
                names = "--search-schedules",
                paramLabel = "N",
                description = "Instead of the lever's solve, the genetic search alone on one thread, stopped after N"
                        + " schedules (no time limit, no CP-SAT): the same makespans on any machine, comparable with"
                        + " the RCPSP literature's schedule-limited results.")
        Long searchSchedules;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "PSPLIB .sm instance files.")
        List<Path> files;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            RndSolveOptions options;
            try {
                options = new RndSolveOptions(timeLimitSeconds, workers, seed, 0, null);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            PrintWriter err = spec.commandLine().getErr();
            ReferenceTable table = null;
            if (reference != null) {
                try {
                    table = ReferenceTable.read(reference);
                } catch (BenchmarkFileException e) {
                    err.println(e.getMessage());
                    return BenchCommand.INVALID_INPUT;
                }
            }
            if (searchSchedules != null && searchSchedules < 1) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--search-schedules must be at least 1, not " + searchSchedules + ".");
            }
            int bad = new RcpspBenchmark(options, table, searchSchedules == null ? 0 : searchSchedules)
                    .run(files, spec.commandLine().getOut(), err);
            return bad == 0 ? 0 : BenchCommand.INVALID_INPUT;
        }
    }

    /** Plans a synthetic joint R&D portfolio. */
    @Command(
            name = "rnd-portfolio",
            mixinStandardHelpOptions = true,
            description = {
                "Plans a synthetic joint R&D portfolio: each partner alone, then all together; prints CSV.",
                "",
                "Columns: plan,tasks,objective,lower_bound,gap,seconds,status (objective: cost of delay x "
                        + "completion months, USD). The same size and seed always give the same portfolio."
            })
    static final class RndPortfolioRun implements Callable<Integer> {
        @Option(names = "--partners", defaultValue = "3", description = "Partners (default ${DEFAULT-VALUE}).")
        int partners;

        @Option(
                names = "--programs",
                defaultValue = "10",
                description = "Programs per partner (default ${DEFAULT-VALUE}).")
        int programs;

        @Option(names = "--tasks", defaultValue = "100", description = "Tasks per program (default ${DEFAULT-VALUE}).")
        int tasks;

        @Option(names = "--skills", defaultValue = "12", description = "Skills (default ${DEFAULT-VALUE}).")
        int skills;

        @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
        long seed;

        @Option(
                names = "--time-limit",
                paramLabel = "S",
                defaultValue = "60",
                description = "Seconds per solve (default ${DEFAULT-VALUE}).")
        double timeLimitSeconds;

        @Option(names = "--workers", defaultValue = "2", description = "CP-SAT workers (default ${DEFAULT-VALUE}).")
        int workers;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (partners < 1 || programs < 1 || tasks < 1 || skills < 2) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "Need at least 1 partner, 1 program, 1 task and 2 skills.");
            }
            Scenario scenario = RndPortfolio.generate(partners, programs, tasks, skills, seed);
            RndSolveOptions options = new RndSolveOptions(timeLimitSeconds, workers, seed, 1e-4, null);
            RndPlanner planner = RndPlanner.of(scenario)
                    .withProgress(progress(spec.commandLine().getErr()));
            PrintWriter out = spec.commandLine().getOut();
            out.println("plan,tasks,objective,lower_bound,gap,seconds,status");
            List<String> all = scenario.candidateCoalitions().get(0).partnerIds();
            for (String partner : all) {
                print(out, partner, planner.standalone(partner, options));
            }
            long start = System.nanoTime();
            RndPlan joint = planner.plan(all, options);
            print(
                    out,
                    String.join("+", all) + " (incl. hints "
                            + String.format(Locale.ROOT, "%.1f", Elapsed.secondsSince(start)) + " s)",
                    joint);
            return 0;
        }

        /** Numbered progress lines on stderr, so that stdout stays the CSV. */
        private static Consumer<String> progress(PrintWriter err) {
            long start = System.nanoTime();
            int[] count = {0};
            return message -> {
                count[0]++;
                err.printf(Locale.ROOT, "[%3d | %5.1f s] %s%n", count[0], Elapsed.secondsSince(start), message);
                err.flush();
            };
        }

        private static void print(PrintWriter out, String name, RndPlan plan) {
            out.printf(
                    Locale.ROOT,
                    "%s,%d,%.0f,%.0f,%.4f,%.1f,%s%n",
                    name,
                    plan.tasks().size(),
                    plan.report().objective(),
                    plan.report().bound(),
                    plan.report().relativeGap(),
                    plan.report().seconds(),
                    plan.report().status().name().toLowerCase(Locale.ROOT));
            out.flush();
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
