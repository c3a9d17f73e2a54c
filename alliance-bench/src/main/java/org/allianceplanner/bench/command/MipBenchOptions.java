package org.allianceplanner.bench.command;

import org.allianceplanner.engine.solver.MipSolver;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options the MIP scale benchmarks share: the gap to stop at, the solver and the scenario seed. */
final class MipBenchOptions {
    @Option(names = "--gap", defaultValue = "0.01", description = "Relative gap to stop at (default ${DEFAULT-VALUE}).")
    double relativeGap;

    @Option(
            names = "--solver",
            description = "MIP solver: ${COMPLETION-CANDIDATES} (default: the lever's own, HIGHS for the footprint,"
                    + " SCIP for sourcing).")
    @Nullable
    MipSolver solver;

    /** The solver chosen, or the lever's own. */
    MipSolver solverOr(MipSolver leverDefault) {
        return solver == null ? leverDefault : solver;
    }

    @Option(names = "--seed", defaultValue = "1", description = "Scenario seed (default ${DEFAULT-VALUE}).")
    long seed;
}
