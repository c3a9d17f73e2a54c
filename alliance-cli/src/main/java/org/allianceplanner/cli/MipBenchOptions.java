package org.allianceplanner.cli;

import org.allianceplanner.engine.solver.MipSolver;
import picocli.CommandLine.Option;

/** The options the MIP scale benchmarks share: the gap to stop at, the solver and the scenario seed. */
final class MipBenchOptions {
    @Option(names = "--gap", defaultValue = "0.01", description = "Relative gap to stop at (default ${DEFAULT-VALUE}).")
    double relativeGap;

    @Option(names = "--solver", defaultValue = "HIGHS", description = "MIP solver: ${COMPLETION-CANDIDATES}.")
    MipSolver solver;

    @Option(names = "--seed", defaultValue = "1", description = "Scenario seed (default ${DEFAULT-VALUE}).")
    long seed;
}
