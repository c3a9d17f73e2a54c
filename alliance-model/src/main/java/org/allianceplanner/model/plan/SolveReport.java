package org.allianceplanner.model.plan;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * What a solver run proved: its status, the objective of the plan it returned, the best bound on the
 * optimum, the relative gap between the two and the wall-clock seconds spent.
 *
 * <p>For a maximization the bound is an upper bound on the optimum, for a minimization a lower bound.
 * The gap is {@code |bound − objective| / max(1, |objective|)}; it is {@code NaN} when no plan was
 * found.
 *
 * @param status how the run ended
 * @param objective objective of the returned plan, {@code NaN} without a plan
 * @param bound best proven bound on the optimum, {@code NaN} when the solver gave none
 * @param relativeGap relative distance between objective and bound, {@code NaN} without a plan
 * @param seconds wall-clock time of the solve
 * @param note what a planner should know about how the plan was found, such as a phase the time
 *     limit cut short; empty when there is nothing to add
 */
public record SolveReport(
        SolveStatus status, double objective, double bound, double relativeGap, double seconds, String note) {
    public SolveReport {
        requireNonNull(status, "status");
        requireNonNull(note, "note");
    }

    /** A report without a note. */
    public SolveReport(SolveStatus status, double objective, double bound, double relativeGap, double seconds) {
        this(status, objective, bound, relativeGap, seconds, "");
    }

    /** Computes the relative gap of a plan's objective against a bound, as defined above. */
    public static double relativeGap(double objective, double bound) {
        if (Double.isNaN(objective) || Double.isNaN(bound)) {
            return Double.NaN;
        }
        return Math.abs(bound - objective) / Math.max(1.0, Math.abs(objective));
    }

    private String gapText() {
        if (Double.isNaN(relativeGap)) {
            return "unknown";
        }
        return relativeGap < 5e-5 ? "< 0.01 %" : String.format(Locale.ROOT, "%.2f %%", relativeGap * 100);
    }

    /** True when the run returned a plan (optimal or merely feasible). */
    public boolean hasPlan() {
        return status == SolveStatus.OPTIMAL || status == SolveStatus.FEASIBLE;
    }

    /** One line a planner reads: "optimal", or "feasible, gap 0.42 % (bound …)", and so on. */
    public String describe() {
        return note.isEmpty() ? outcome() : outcome() + "; " + note;
    }

    private String outcome() {
        return switch (status) {
            case OPTIMAL -> String.format(Locale.ROOT, "optimal, gap %s (%.1f s)", gapText(), seconds);
            case FEASIBLE -> Double.isNaN(relativeGap)
                    ? String.format(Locale.ROOT, "feasible, not proven optimal: no bound known (%.1f s)", seconds)
                    : String.format(
                            Locale.ROOT,
                            "feasible, not proven optimal: gap %s to bound %,.0f (%.1f s)",
                            gapText(),
                            bound,
                            seconds);
            case NO_SOLUTION_IN_TIME -> String.format(
                    Locale.ROOT, "no plan found within the time limit (%.1f s)", seconds);
            case INFEASIBLE -> "infeasible: the business rules contradict each other";
        };
    }
}
