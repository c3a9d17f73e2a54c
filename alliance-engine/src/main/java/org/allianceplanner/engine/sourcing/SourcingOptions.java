package org.allianceplanner.engine.sourcing;

import static java.util.Objects.requireNonNull;

import org.allianceplanner.engine.solver.MipSolver;
import org.allianceplanner.model.scenario.SolverSettings;

/**
 * How to solve the sourcing model.
 *
 * @param solver the MIP solver
 * @param timeLimitSeconds wall-clock limit of one solve; the plan says its gap when the limit stops it
 * @param relativeGap the solve stops once the proven relative gap is at most this
 * @param seed random seed handed to solvers that take one
 * @param explain when true, the plan carries the marginal value of suppliers at capacity (one linear
 *     program) and the saving of each commonization option against the opposite choice (one more solve
 *     per option)
 */
public record SourcingOptions(
        MipSolver solver, double timeLimitSeconds, double relativeGap, long seed, boolean explain) {
    public SourcingOptions {
        requireNonNull(solver, "solver");
        if (!(timeLimitSeconds > 0)) {
            throw new IllegalArgumentException("timeLimitSeconds must be positive: " + timeLimitSeconds);
        }
        if (!(relativeGap >= 0 && relativeGap < 1)) {
            throw new IllegalArgumentException("relativeGap must lie in [0, 1): " + relativeGap);
        }
    }

    /**
     * The sourcing lever's solver unless one is chosen: SCIP, not HiGHS as for the footprint. The
     * sourcing solve starts from a greedy plan, which OR-Tools 9.15 hands to SCIP as a hint (to HiGHS
     * not at all), and SCIP reports its bound when its time runs out (docs/BENCHMARKS.md, "Sourcing
     * lever at scale").
     */
    public static final MipSolver DEFAULT_SOLVER = MipSolver.SCIP;

    /** The {@link #DEFAULT_SOLVER} with the scenario's limits and seed, explanations on. */
    public static SourcingOptions from(SolverSettings settings) {
        return new SourcingOptions(
                DEFAULT_SOLVER, settings.timeLimitSeconds(), settings.relativeGap(), settings.seed(), true);
    }

    /** These options with another solver. */
    public SourcingOptions withSolver(MipSolver newSolver) {
        return new SourcingOptions(newSolver, timeLimitSeconds, relativeGap, seed, explain);
    }

    /** These options with another time limit. */
    public SourcingOptions withTimeLimitSeconds(double seconds) {
        return new SourcingOptions(solver, seconds, relativeGap, seed, explain);
    }

    /** These options with another relative gap. */
    public SourcingOptions withRelativeGap(double gap) {
        return new SourcingOptions(solver, timeLimitSeconds, gap, seed, explain);
    }

    /** These options with explanations on or off. */
    public SourcingOptions withExplain(boolean newExplain) {
        return new SourcingOptions(solver, timeLimitSeconds, relativeGap, seed, newExplain);
    }
}
