package org.allianceplanner.model.plan;

/** How a solve ended. Only {@link #OPTIMAL} carries a proof; every other status says what is missing. */
public enum SolveStatus {
    /** The solver proved the plan optimal within the requested relative gap. */
    OPTIMAL,
    /** A plan was found, but the time limit stopped the proof; the gap and bound say how far it may be. */
    FEASIBLE,
    /** The time limit passed before any plan was found. */
    NO_SOLUTION_IN_TIME,
    /** The business rules contradict each other; no plan exists. */
    INFEASIBLE
}
