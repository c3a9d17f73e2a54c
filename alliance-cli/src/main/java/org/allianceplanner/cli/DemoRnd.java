package org.allianceplanner.cli;

import java.io.PrintWriter;
import org.allianceplanner.engine.rnd.RndSolveOptions;
import org.allianceplanner.model.scenario.Scenario;

/** The demo's R&amp;D part: months to market saved by each alliance and the break-even friction. */
final class DemoRnd {
    /** Per solve; the demo's solves prove optimality well within it. */
    private static final double SECONDS_PER_SOLVE = 10;

    private DemoRnd() {}

    static void print(Scenario scenario, PrintWriter out, PrintWriter err) {
        RndSolveOptions options =
                RndSolveOptions.from(scenario.settings().solver()).withTimeLimitSeconds(SECONDS_PER_SOLVE);
        out.println();
        out.flush();
        // Progress only for a person watching; scripts and tests get a clean stderr.
        var progress = System.console() != null
                ? PlanCommand.progress(err)
                : (java.util.function.Consumer<String>) message -> {};
        new RndSection(scenario, options, progress).printSummary(out, true, 0.02);
        out.println("  Details, critical chains and team loads: ./alliance demo --export demo && ./alliance plan demo"
                + " --levers rnd --break-even-friction");
    }
}
