package org.allianceplanner.engine.rnd;

import org.allianceplanner.model.scenario.SolverSettings;
import org.jspecify.annotations.Nullable;

/**
 * How to solve an R&amp;D plan. The same options and inputs give a plan of the same value when the
 * solve ends by proof rather than by the time limit (with several workers, possibly another optimal
 * schedule).
 *
 * @param timeLimitSeconds wall-clock limit per plan (a partner's own, a coalition's), bound and
 *     heuristics included, above 0
 * @param workers CP-SAT search workers (threads), at least 1
 * @param seed CP-SAT random seed
 * @param relativeGap a solve stops once its proven relative gap is at most this
 * @param frictionOverride friction used for every pair of coalition members instead of the
 *     scenario's, 0 to 1; {@code null} to use the scenario's
 */
public record RndSolveOptions(
        double timeLimitSeconds, int workers, long seed, double relativeGap, @Nullable Double frictionOverride) {

    /** Workers used unless told otherwise: two, so that results on the reference machine repeat. */
    public static final int DEFAULT_WORKERS = 2;

    public RndSolveOptions {
        if (!(timeLimitSeconds > 0)) {
            throw new IllegalArgumentException("The time limit must be above 0 seconds, not " + timeLimitSeconds + ".");
        }
        if (workers < 1) {
            throw new IllegalArgumentException("CP-SAT needs at least 1 worker, not " + workers + ".");
        }
        if (!(relativeGap >= 0)) {
            throw new IllegalArgumentException("The relative gap must be 0 or more, not " + relativeGap + ".");
        }
        if (frictionOverride != null && !(frictionOverride >= 0 && frictionOverride <= 1)) {
            throw new IllegalArgumentException("A friction is between 0 and 1, not " + frictionOverride + ".");
        }
    }

    /**
     * The scenario's time limit and seed with {@link #DEFAULT_WORKERS} workers and no relative gap: an
     * R&amp;D plan is solved to a proof or its time limit. CP-SAT minimizes completion first and the
     * work done second, so a gap stops it before the second and leaves the work shared to chance; and
     * small R&amp;D plans prove in well under a second. The scenario's gap is for the footprint and
     * sourcing MIPs.
     */
    public static RndSolveOptions from(SolverSettings settings) {
        return new RndSolveOptions(settings.timeLimitSeconds(), DEFAULT_WORKERS, settings.seed(), 0, null);
    }

    /** These options with another time limit. */
    public RndSolveOptions withTimeLimitSeconds(double seconds) {
        return new RndSolveOptions(seconds, workers, seed, relativeGap, frictionOverride);
    }

    /** These options with another worker count. */
    public RndSolveOptions withWorkers(int count) {
        return new RndSolveOptions(timeLimitSeconds, count, seed, relativeGap, frictionOverride);
    }

    /** These options with one friction for every pair of coalition members. */
    public RndSolveOptions withFrictionOverride(@Nullable Double friction) {
        return new RndSolveOptions(timeLimitSeconds, workers, seed, relativeGap, friction);
    }
}
