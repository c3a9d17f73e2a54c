package org.allianceplanner.bench.rcpsp;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.allianceplanner.engine.rnd.RndPlanner;
import org.allianceplanner.engine.rnd.RndSolveOptions;
import org.allianceplanner.engine.solver.Elapsed;
import org.allianceplanner.model.plan.SolveStatus;
import org.allianceplanner.model.rnd.plan.RndPlan;
import org.jspecify.annotations.Nullable;

/**
 * Solves PSPLIB instances with the R&amp;D lever and prints one CSV line each: {@code
 * instance,makespan,lower_bound,seconds,status}, plus {@code best_known,gap} with a reference table
 * (gap = (makespan − best known) / best known). Seconds are wall-clock for reading, converting,
 * solving and checking out the plan. A file that cannot be read is reported on {@code err} and
 * skipped.
 */
public final class RcpspBenchmark {
    /** CSV header without a reference table. */
    public static final String HEADER = "instance,makespan,lower_bound,seconds,status";

    private final RndSolveOptions options;
    private final @Nullable ReferenceTable reference;
    /** Schedules of the genetic search alone per instance; 0 for the lever's whole solve. */
    private final long searchSchedules;

    /** A benchmark run of the lever's solve with these options, comparing with {@code reference} when not null. */
    public RcpspBenchmark(RndSolveOptions options, @Nullable ReferenceTable reference) {
        this(options, reference, 0);
    }

    /**
     * As {@link #RcpspBenchmark(RndSolveOptions, ReferenceTable)}, but with {@code searchSchedules} above
     * 0, each instance is planned by the genetic search alone with that many schedules ({@link
     * RndPlanner#searchAlone}, options' seed), not by the lever's time-limited solve.
     */
    public RcpspBenchmark(RndSolveOptions options, @Nullable ReferenceTable reference, long searchSchedules) {
        this.options = options;
        this.reference = reference;
        this.searchSchedules = searchSchedules;
    }

    /** The result of one instance. */
    public record Row(String instance, int makespan, int lowerBound, double seconds, SolveStatus status) {}

    /** Solves one instance. */
    public Row solve(Path file) {
        long start = System.nanoTime();
        PsplibInstance instance = PsplibReader.read(file);
        RndPlanner planner = RndPlanner.of(RcpspScenario.of(instance));
        RndPlan plan = searchSchedules > 0
                ? planner.searchAlone(RcpspScenario.PARTNER, searchSchedules, options.seed())
                : planner.standalone(RcpspScenario.PARTNER, options);
        double seconds = Elapsed.secondsSince(start);
        int makespan = plan.report().hasPlan() ? plan.lastCompletionMonth() : -1;
        int bound = Double.isNaN(plan.report().bound())
                ? -1
                : (int) Math.ceil(plan.report().bound() - 1e-6);
        return new Row(instance.name(), makespan, bound, seconds, plan.report().status());
    }

    /**
     * Solves every file in order, printing the header and one line per instance to {@code out} as it
     * goes; problems go to {@code err}.
     *
     * @return the number of files that could not be read
     */
    public int run(List<Path> files, PrintWriter out, PrintWriter err) {
        out.println(reference == null ? HEADER : HEADER + ",best_known,gap");
        out.flush();
        int bad = 0;
        for (Path file : files) {
            Row row;
            try {
                row = solve(file);
            } catch (BenchmarkFileException e) {
                err.println(e.getMessage());
                err.flush();
                bad++;
                continue;
            }
            StringBuilder line = new StringBuilder(String.format(
                    Locale.ROOT,
                    "%s,%d,%d,%.3f,%s",
                    row.instance(),
                    row.makespan(),
                    row.lowerBound(),
                    row.seconds(),
                    row.status().name().toLowerCase(Locale.ROOT)));
            if (reference != null) {
                OptionalInt best = reference.makespan(row.instance());
                if (best.isPresent() && row.makespan() >= 0) {
                    line.append(String.format(
                            Locale.ROOT,
                            ",%d,%.4f",
                            best.getAsInt(),
                            (row.makespan() - best.getAsInt()) / (double) best.getAsInt()));
                } else {
                    line.append(best.isPresent() ? "," + best.getAsInt() + "," : ",,");
                }
            }
            out.println(line);
            out.flush();
        }
        return bad;
    }
}
