package org.allianceplanner.bench.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.allianceplanner.bench.cflp.CflpBenchmark;
import org.allianceplanner.bench.cflp.CflpFileException;
import org.allianceplanner.bench.cflp.CflpFormat;
import org.allianceplanner.bench.cflp.CflpInstance;
import org.allianceplanner.bench.cflp.CflpReader;
import org.allianceplanner.bench.cflp.CflpResult;
import org.allianceplanner.bench.cflp.ExternalCbc;
import org.allianceplanner.bench.cflp.KnownOptima;
import org.allianceplanner.engine.solver.Elapsed;
import org.allianceplanner.engine.solver.MipSolver;
import org.allianceplanner.engine.solver.OrTools;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alliance bench cflp}: capacitated facility-location instances solved by the footprint lever. */
@Command(
        name = "cflp",
        mixinStandardHelpOptions = true,
        description = {
            "Solves capacitated facility-location instances with the footprint lever; prints CSV.",
            "",
            "Columns: instance,objective,bound,gap,seconds,status; with --optima also "
                    + "known_optimum,deviation; with --compare-cbc also cbc_objective,cbc_seconds. objective is "
                    + "the cost of the plan found, bound the proven lower bound, seconds the wall-clock time of "
                    + "the whole plan call; status is optimal, feasible, no_solution_in_time, infeasible or "
                    + "error (the message goes to stderr, the run goes on, the exit code is 3). A summary of the "
                    + "set goes to stderr.",
            "",
            "orlib: OR-Library cap41..cap134, demand may be split. holmberg: Holmberg et al. p1..p71, "
                    + "each customer served by one facility (single sourcing)."
        })
final class CflpBenchCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "orlib", description = "orlib or holmberg (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--capacity", description = "Capacity that replaces the literal 'capacity' in OR-Library files.")
    @Nullable
    Double capacity;

    @Option(
            names = "--optima",
            paramLabel = "FILE",
            description = "Known optima: OR-Library capopt or Holmberg os (one value per line).")
    @Nullable
    Path optima;

    @Option(
            names = "--solver",
            defaultValue = "HIGHS",
            description = "HIGHS, SCIP or CBC, all through OR-Tools (default ${DEFAULT-VALUE}).")
    MipSolver solver;

    @Option(
            names = "--time-limit",
            paramLabel = "S",
            defaultValue = "600",
            description = "Seconds per instance and solver (default ${DEFAULT-VALUE}).")
    double timeLimitSeconds;

    @Option(
            names = "--compare-cbc",
            description =
                    "Also solve the plain textbook formulation with the external cbc binary" + " (Debian coinor-cbc).")
    boolean compareCbc;

    @Option(
            names = "--cbc",
            paramLabel = "PATH",
            defaultValue = "cbc",
            description = "The CBC binary for --compare-cbc (default ${DEFAULT-VALUE}).")
    String cbcExecutable;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Instance files.")
    List<Path> files;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CflpFormat cflpFormat = parseFormat();
        if (!(timeLimitSeconds > 0)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--time-limit must be positive, not " + timeLimitSeconds);
        }
        List<CflpInstance> instances = new ArrayList<>();
        KnownOptima known;
        try {
            known = optima == null ? null : KnownOptima.read(optima);
            OptionalDouble substitute = capacity == null ? OptionalDouble.empty() : OptionalDouble.of(capacity);
            for (Path file : files) {
                instances.add(CflpReader.read(file, cflpFormat, substitute));
            }
        } catch (CflpFileException e) {
            err.println("alliance: " + e.getMessage());
            err.flush();
            return BenchCommand.INVALID_INPUT;
        }
        ExternalCbc cbc = compareCbc ? new ExternalCbc(cbcExecutable) : null;
        Path lpFolder = null;
        try {
            if (cbc != null) {
                cbc.checkInstalled();
                lpFolder = Files.createTempDirectory("alliance-cflp");
            }
            // The native solver library loads once per JVM; like the external solver's process start,
            // that is not part of any instance's time.
            OrTools.load();
            return run(instances, known, cbc, lpFolder, out, err);
        } catch (ExternalCbc.NotInstalledException e) {
            err.println("alliance: " + e.getMessage());
            err.flush();
            return BenchCommand.FAILURE;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary folder for the LP files", e);
        } finally {
            if (lpFolder != null) {
                deleteTree(lpFolder);
            }
        }
    }

    private int run(
            List<CflpInstance> instances,
            @Nullable KnownOptima known,
            @Nullable ExternalCbc cbc,
            @Nullable Path lpFolder,
            PrintWriter out,
            PrintWriter err) {
        StringBuilder header = new StringBuilder("instance,objective,bound,gap,seconds,status");
        if (known != null) {
            header.append(",known_optimum,deviation");
        }
        if (cbc != null) {
            header.append(",cbc_objective,cbc_seconds");
        }
        out.println(header);
        out.flush();
        double totalSeconds = 0;
        double totalCbcSeconds = 0;
        double maxDeviation = 0;
        int atOptimum = 0;
        int withOptimum = 0;
        int proven = 0;
        int failed = 0;
        CflpResult slowest = null;
        for (CflpInstance instance : instances) {
            // The external solver first: its file is written before our model exists, so neither run
            // competes with the other for memory or cores.
            ExternalCbc.Outcome cbcOutcome = null;
            if (cbc != null && lpFolder != null) {
                Path lp = ExternalCbc.writeLp(instance, lpFolder);
                cbcOutcome = cbc.solve(lp, timeLimitSeconds, CflpBenchmark.RELATIVE_GAP);
                totalCbcSeconds += cbcOutcome.seconds();
            }
            CflpResult result;
            long start = System.nanoTime();
            try {
                result = CflpBenchmark.solve(instance, solver, timeLimitSeconds);
            } catch (RuntimeException e) {
                // One failing instance must not cost the rest of a long run: it gets a row with status
                // "error", its message goes to stderr, and the exit code says something failed.
                double seconds = Elapsed.secondsSince(start);
                totalSeconds += seconds;
                failed++;
                err.println("alliance: " + instance.name() + " failed: " + e.getMessage());
                err.flush();
                out.println(instance.name() + ",,,," + number(seconds, "%.3f") + ",error"
                        + (known != null ? ",," : "")
                        + (cbcOutcome != null
                                ? "," + number(cbcOutcome.objective(), "%.6f") + ","
                                        + number(cbcOutcome.seconds(), "%.3f")
                                : ""));
                out.flush();
                continue;
            }
            totalSeconds += result.seconds();
            if (slowest == null || result.seconds() > slowest.seconds()) {
                slowest = result;
            }
            if (result.status() == org.allianceplanner.model.plan.SolveStatus.OPTIMAL) {
                proven++;
            }
            StringBuilder row = new StringBuilder();
            row.append(instance.name())
                    .append(',')
                    .append(number(result.objective(), "%.6f"))
                    .append(',')
                    .append(number(result.bound(), "%.6f"))
                    .append(',')
                    .append(number(result.relativeGap(), "%.3g"))
                    .append(',')
                    .append(number(result.seconds(), "%.3f"))
                    .append(',')
                    .append(result.status().name().toLowerCase(Locale.ROOT));
            if (known != null) {
                OptionalDouble optimum = known.optimumOf(instance.name());
                if (optimum.isPresent()) {
                    double deviation = result.deviationFrom(optimum.getAsDouble());
                    withOptimum++;
                    if (deviation <= 1e-6) {
                        atOptimum++;
                    }
                    maxDeviation = Double.isNaN(deviation) ? Double.NaN : Math.max(maxDeviation, deviation);
                    row.append(',')
                            .append(number(optimum.getAsDouble(), "%.6f"))
                            .append(',')
                            .append(number(deviation, "%.3g"));
                } else {
                    row.append(",,");
                }
            }
            if (cbcOutcome != null) {
                row.append(',')
                        .append(number(cbcOutcome.objective(), "%.6f"))
                        .append(',')
                        .append(number(cbcOutcome.seconds(), "%.3f"));
            }
            out.println(row);
            out.flush();
        }
        err.printf(
                Locale.ROOT,
                "%d instances, %d proven optimal; %s %.3f s in all, slowest %s %.3f s%n",
                instances.size(),
                proven,
                solver,
                totalSeconds,
                slowest == null ? "-" : slowest.instance(),
                slowest == null ? 0 : slowest.seconds());
        if (known != null) {
            err.printf(
                    Locale.ROOT,
                    "%d of %d instances with a known optimum at it (deviation <= 1e-6); max deviation %.3g%n",
                    atOptimum,
                    withOptimum,
                    maxDeviation);
        }
        if (cbc != null) {
            err.printf(
                    Locale.ROOT,
                    "textbook formulation with cbc: %.3f s in all; our time / cbc time = %.3f%n",
                    totalCbcSeconds,
                    totalSeconds / totalCbcSeconds);
        }
        if (failed > 0) {
            err.printf(Locale.ROOT, "%d instance(s) failed; see the messages above%n", failed);
        }
        err.flush();
        return failed > 0 ? BenchCommand.FAILURE : 0;
    }

    private CflpFormat parseFormat() {
        try {
            return CflpFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--format must be orlib or holmberg, not '" + format + "'");
        }
    }

    private static String number(double value, String pattern) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, pattern, value);
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the temporary folder " + folder, e);
        }
    }
}
