package org.allianceplanner.engine.solver;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import org.allianceplanner.model.plan.SolveReport;
import org.allianceplanner.model.plan.SolveStatus;

/**
 * Creates and runs OR-Tools mixed-integer solvers with the same deterministic settings and the same
 * honest reading of their outcome for every lever. Translators use it; no OR-Tools type leaves them.
 */
public final class MipSolve {
    private MipSolve() {}

    /**
     * A solver of the given kind with time limit, gap and seed set and its output silenced.
     *
     * @throws IllegalStateException when OR-Tools has no such solver on this platform
     */
    public static MPSolver create(MipSolver kind, double timeLimitSeconds, double relativeGap, long seed) {
        return create(kind, timeLimitSeconds, relativeGap, seed, SubMipHeuristics.ON);
    }

    /**
     * Whether HiGHS runs its sub-MIP heuristics RINS and RENS at the root. They are what finds plans in
     * models with many binaries (the sourcing model, single sourcing); in a model whose few binaries
     * only open plants and lines, they can take half the solve time and find nothing the other
     * heuristics do not (measured in {@code docs/BENCHMARKS.md}, "Coalitions"). Other solvers ignore it.
     */
    public enum SubMipHeuristics {
        ON,
        OFF
    }

    /** As {@link #create(MipSolver, double, double, long)}, with HiGHS's sub-MIP heuristics on or off. */
    public static MPSolver create(
            MipSolver kind, double timeLimitSeconds, double relativeGap, long seed, SubMipHeuristics subMips) {
        OrTools.load();
        MPSolver solver = MPSolver.createSolver(kind.orToolsId());
        if (solver == null) {
            throw new IllegalStateException("OR-Tools has no " + kind + " solver on this platform.");
        }
        solver.suppressOutput();
        solver.setTimeLimit(Math.max(1L, Math.round(timeLimitSeconds * 1000)));
        int intSeed = (int) Math.floorMod(seed, (long) Integer.MAX_VALUE);
        if (kind == MipSolver.SCIP) {
            solver.setSolverSpecificParametersAsString("randomization/randomseedshift = " + intSeed);
        } else if (kind == MipSolver.HIGHS) {
            // OR-Tools 9.15 hands neither suppressOutput() nor RELATIVE_MIP_GAP to HiGHS; its own
            // options do. (The call reports false even when it applies them.)
            solver.setSolverSpecificParametersAsString(
                    "output_flag=false\nrandom_seed=" + intSeed + "\nmip_rel_gap=" + relativeGap
                            + (subMips == SubMipHeuristics.OFF
                                    ? "\nmip_heuristic_run_rins=false\nmip_heuristic_run_rens=false"
                                    : ""));
        }
        return solver;
    }

    /**
     * Solves a built model and says how it ended. A plan is in the solver's variables when the report
     * {@link SolveReport#hasPlan() has one}.
     *
     * @param modelName the model in words, for error messages ("the sourcing model")
     * @throws IllegalStateException when the solver fails or reports an unbounded model: a bug, not a
     *     property of the user's data
     */
    public static SolveReport solve(
            MPSolver solver, MipSolver kind, double timeLimitSeconds, double relativeGap, String modelName) {
        MPSolverParameters parameters = new MPSolverParameters();
        parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, relativeGap);
        long start = System.nanoTime();
        MPSolver.ResultStatus status;
        try {
            status = Cancellation.solving(solver::interruptSolve, () -> solver.solve(parameters));
        } catch (IllegalArgumentException unknownStatus) {
            // OR-Tools' Java enum lacks some native statuses: HiGHS ends with 99 (unknown) when its time
            // limit passes before it finds a plan.
            double seconds = Elapsed.secondsSince(start);
            if (seconds >= 0.95 * timeLimitSeconds) {
                return noPlan(SolveStatus.NO_SOLUTION_IN_TIME, seconds);
            }
            throw new IllegalStateException("The " + kind + " solver stopped on " + modelName
                    + " with a status OR-Tools cannot name (" + unknownStatus.getMessage() + "). Maybe the model"
                    + " is too large for the memory available, or another solver (SCIP) works.");
        }
        double seconds = Elapsed.secondsSince(start);
        return switch (status) {
            case OPTIMAL, FEASIBLE -> {
                double objective = solver.objective().value();
                SolveStatus kindOfPlan =
                        status == MPSolver.ResultStatus.OPTIMAL ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE;
                double bound = bound(solver, kind, kindOfPlan, objective, relativeGap);
                yield new SolveReport(kindOfPlan, objective, bound, SolveReport.relativeGap(objective, bound), seconds);
            }
            case INFEASIBLE -> noPlan(SolveStatus.INFEASIBLE, seconds);
            case NOT_SOLVED -> noPlan(SolveStatus.NO_SOLUTION_IN_TIME, seconds);
            case UNBOUNDED -> throw new IllegalStateException("The solver found " + modelName
                    + " unbounded, which its bounded volumes rule out: this is a bug; please report it with"
                    + " the scenario.");
            case ABNORMAL, MODEL_INVALID -> throw new IllegalStateException("The " + kind + " solver failed on "
                    + modelName + " (" + status + "); this is a bug or a solver failure: please report it with"
                    + " the scenario. Maybe another solver (SCIP) works.");
        };
    }

    /**
     * The best proven bound on the optimum. SCIP and CBC report theirs. OR-Tools 9.15 does not pass
     * HiGHS's dual bound through (it returns the plan's own objective), so for HiGHS the bound is what
     * its stopping rule proves: optimal means within the requested gap of the plan; a plan stopped by
     * the time limit has no bound we can vouch for.
     */
    private static double bound(
            MPSolver solver, MipSolver kind, SolveStatus kindOfPlan, double objective, double relativeGap) {
        if (kind != MipSolver.HIGHS) {
            double bound = solver.objective().bestBound();
            return Double.isFinite(bound) ? bound : Double.NaN;
        }
        if (kindOfPlan == SolveStatus.OPTIMAL) {
            double slack = relativeGap * Math.max(1.0, Math.abs(objective));
            return solver.objective().maximization() ? objective + slack : objective - slack;
        }
        return Double.NaN;
    }

    private static SolveReport noPlan(SolveStatus status, double seconds) {
        return new SolveReport(status, Double.NaN, Double.NaN, Double.NaN, seconds);
    }
}
