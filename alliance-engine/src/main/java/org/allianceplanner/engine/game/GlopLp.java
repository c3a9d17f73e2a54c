package org.allianceplanner.engine.game;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import org.allianceplanner.engine.solver.OrTools;

/**
 * One GLOP linear program over a split x_1 … x_n and one extra variable (ε or f), the shape of every
 * LP of gain sharing. GLOP, not HiGHS: OR-Tools 9.15's HiGHS interface is unreliable for LPs. Not
 * thread-safe; close it to free the native model.
 */
final class GlopLp implements AutoCloseable {
    final MPSolver solver;
    final MPVariable[] x;
    final MPVariable extra;
    private final String purpose;

    /**
     * @param purpose what the LP computes, for error messages
     * @param lowerBounds lower bound of each x_i ({@code -infinity} for none)
     * @param extraName name of the extra variable
     */
    GlopLp(String purpose, double[] lowerBounds, String extraName) {
        OrTools.load();
        this.purpose = purpose;
        MPSolver created = MPSolver.createSolver("GLOP");
        if (created == null) {
            throw new IllegalStateException(
                    "OR-Tools has no GLOP solver in this build; cannot compute the " + purpose + ".");
        }
        solver = created;
        x = new MPVariable[lowerBounds.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = solver.makeNumVar(lowerBounds[i], MPSolver.infinity(), "x" + i);
        }
        extra = solver.makeNumVar(-MPSolver.infinity(), MPSolver.infinity(), extraName);
    }

    /** Adds lower ≤ Σ_{i ∈ mask} x_i + extraCoefficient · extra ≤ upper. */
    MPConstraint addCoalition(int mask, double extraCoefficient, double lower, double upper) {
        MPConstraint constraint = solver.makeConstraint(lower, upper);
        for (int i = 0; i < x.length; i++) {
            if ((mask & 1 << i) != 0) {
                constraint.setCoefficient(x[i], 1);
            }
        }
        if (extraCoefficient != 0) {
            constraint.setCoefficient(extra, extraCoefficient);
        }
        return constraint;
    }

    /** Minimizes the extra variable alone. */
    void minimizeExtra() {
        solver.objective().clear();
        solver.objective().setCoefficient(extra, 1);
        solver.objective().setMinimization();
    }

    /** Maximizes Σ_{i ∈ mask} x_i. */
    void maximizeSum(int mask) {
        solver.objective().clear();
        for (int i = 0; i < x.length; i++) {
            if ((mask & 1 << i) != 0) {
                solver.objective().setCoefficient(x[i], 1);
            }
        }
        solver.objective().setMaximization();
    }

    /**
     * Solves to optimality and returns the objective value.
     *
     * @throws IllegalStateException on any other outcome: the LPs here are feasible and bounded by
     *     construction, so another status means a numerical failure
     */
    double solveOptimal() {
        MPSolver.ResultStatus status = solver.solve();
        switch (status) {
            case OPTIMAL:
                return solver.objective().value();
            case INFEASIBLE:
                throw new IllegalStateException("GLOP found the " + purpose + " LP infeasible, which it cannot be;"
                        + " the game's values may be too far apart in magnitude.");
            case UNBOUNDED:
                throw new IllegalStateException("GLOP found the " + purpose + " LP unbounded, which it cannot be.");
            case FEASIBLE:
            case ABNORMAL:
            case NOT_SOLVED:
            case MODEL_INVALID:
            default:
                throw new IllegalStateException("GLOP did not solve the " + purpose + " LP (status " + status + ").");
        }
    }

    /** The current solution's x. */
    double[] solution() {
        double[] values = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            values[i] = x[i].solutionValue();
        }
        return values;
    }

    @Override
    public void close() {
        solver.delete();
    }
}
