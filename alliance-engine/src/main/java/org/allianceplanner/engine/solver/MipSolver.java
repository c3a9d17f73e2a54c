package org.allianceplanner.engine.solver;

/** The mixed-integer solvers the levers can use, all reached through OR-Tools. */
public enum MipSolver {
    /** HiGHS, the default: fast, deterministic, open source. */
    HIGHS("HIGHS_MIXED_INTEGER_PROGRAMMING"),
    /** SCIP: a second opinion; the only one here that uses warm-start hints. */
    SCIP("SCIP"),
    /** COIN-OR CBC as bundled with OR-Tools. */
    CBC("CBC");

    private final String orToolsId;

    MipSolver(String orToolsId) {
        this.orToolsId = orToolsId;
    }

    public String orToolsId() {
        return orToolsId;
    }
}
