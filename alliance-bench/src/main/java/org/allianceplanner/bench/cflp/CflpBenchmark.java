package org.allianceplanner.bench.cflp;

import java.util.List;
import org.allianceplanner.engine.footprint.FootprintLever;
import org.allianceplanner.engine.footprint.FootprintOptions;
import org.allianceplanner.engine.solver.Elapsed;
import org.allianceplanner.engine.solver.MipSolver;
import org.allianceplanner.model.footprint.FootprintPlan;
import org.allianceplanner.model.plan.SolveReport;
import org.allianceplanner.model.scenario.Scenario;

/**
 * Solves facility-location instances with the footprint lever: all demand must be served, and single
 * sourcing is on exactly for single-source formats. Stateless and thread-safe.
 */
public final class CflpBenchmark {
    /**
     * The relative gap the solver is asked to close. Far below the 1e-6 deviation the benchmark
     * checks, so a solve that stops at it is optimal for the benchmark's purpose.
     */
    public static final double RELATIVE_GAP = 1e-9;

    private CflpBenchmark() {}

    /** The footprint options for {@code instance}. */
    public static FootprintOptions options(CflpInstance instance, MipSolver solver, double timeLimitSeconds) {
        return new FootprintOptions(
                solver,
                timeLimitSeconds,
                RELATIVE_GAP,
                1,
                true,
                instance.format().singleSourcing(),
                false);
    }

    /** Maps {@code instance} to a scenario and plans it within {@code timeLimitSeconds}. */
    public static CflpResult solve(CflpInstance instance, MipSolver solver, double timeLimitSeconds) {
        Scenario scenario = CflpScenarios.toScenario(instance);
        long start = System.nanoTime();
        FootprintPlan plan = FootprintLever.plan(
                scenario, List.of(CflpScenarios.PARTNER_ID), options(instance, solver, timeLimitSeconds));
        double seconds = Elapsed.secondsSince(start);
        SolveReport report = plan.solve();
        double objective = report.hasPlan() ? -plan.profit() : Double.NaN;
        return new CflpResult(
                instance.name(),
                report.status(),
                objective,
                -report.bound(),
                report.relativeGap(),
                seconds,
                scenario,
                plan);
    }
}
