package org.allianceplanner.engine.footprint;

import static java.util.Objects.requireNonNull;

import org.allianceplanner.engine.solver.MipSolver;
import org.allianceplanner.model.scenario.SolverSettings;

/**
 * How to solve the footprint model.
 *
 * @param solver the MIP solver
 * @param timeLimitSeconds wall-clock limit of one solve; the plan says its gap when the limit stops it
 * @param relativeGap the solve stops once the proven relative gap is at most this
 * @param seed random seed handed to solvers that take one
 * @param serveAllDemand when true every demand row must be served in full (a contract, or a
 *     facility-location benchmark); when false, the default, demand may stay unserved when serving it
 *     does not pay
 * @param singleSourcing when true each (model, market) is served from a single plant
 * @param explain when true, the plan carries binding capacities with marginal values and the causes
 *     of unmet demand (one extra linear program)
 */
public record FootprintOptions(
        MipSolver solver,
        double timeLimitSeconds,
        double relativeGap,
        long seed,
        boolean serveAllDemand,
        boolean singleSourcing,
        boolean explain) {
    public FootprintOptions {
        requireNonNull(solver, "solver");
        if (!(timeLimitSeconds > 0)) {
            throw new IllegalArgumentException("timeLimitSeconds must be positive: " + timeLimitSeconds);
        }
        if (!(relativeGap >= 0 && relativeGap < 1)) {
            throw new IllegalArgumentException("relativeGap must lie in [0, 1): " + relativeGap);
        }
    }

    /** The footprint lever's solver unless one is chosen: HiGHS. */
    public static final MipSolver DEFAULT_SOLVER = MipSolver.HIGHS;

    /** The {@link #DEFAULT_SOLVER} with the scenario's limits and seed, demand optional, explanations on. */
    public static FootprintOptions from(SolverSettings settings) {
        return new FootprintOptions(
                DEFAULT_SOLVER,
                settings.timeLimitSeconds(),
                settings.relativeGap(),
                settings.seed(),
                false,
                false,
                true);
    }

    /** These options with another solver. */
    public FootprintOptions withSolver(MipSolver newSolver) {
        return new FootprintOptions(
                newSolver, timeLimitSeconds, relativeGap, seed, serveAllDemand, singleSourcing, explain);
    }

    /** These options with another time limit. */
    public FootprintOptions withTimeLimitSeconds(double seconds) {
        return new FootprintOptions(solver, seconds, relativeGap, seed, serveAllDemand, singleSourcing, explain);
    }

    /** These options with another relative gap. */
    public FootprintOptions withRelativeGap(double gap) {
        return new FootprintOptions(solver, timeLimitSeconds, gap, seed, serveAllDemand, singleSourcing, explain);
    }
}
