package org.allianceplanner.model.scenario;

/**
 * Limits and seed for every solve of the scenario. The same inputs, seed and limits give the same
 * plan.
 *
 * @param timeLimitSeconds wall-clock limit per solve
 * @param relativeGap a solve stops once its proven gap is at most this, e.g. 0.001
 * @param seed random seed for solvers and sampling
 */
public record SolverSettings(double timeLimitSeconds, double relativeGap, long seed) {
    /** 60 s, 0.01 % gap, seed 1. */
    public static final SolverSettings DEFAULTS = new SolverSettings(60, 1e-4, 1);
}
