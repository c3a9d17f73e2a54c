package org.allianceplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.allianceplanner.engine.footprint.FootprintOptions;
import org.allianceplanner.engine.footprint.FootprintStudy;
import org.allianceplanner.engine.rnd.RndSolveOptions;
import org.allianceplanner.engine.solver.MipSolver;
import org.allianceplanner.engine.solver.PlanningException;
import org.allianceplanner.engine.sourcing.SourcingOptions;
import org.allianceplanner.engine.sourcing.SourcingStudy;
import org.allianceplanner.io.ScenarioFiles;
import org.allianceplanner.io.ScenarioLoad;
import org.allianceplanner.model.footprint.FootprintStudyResult;
import org.allianceplanner.model.partner.CandidateCoalition;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.sourcing.plan.SourcingStudyResult;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alliance plan SCENARIO}: each partner alone, each candidate coalition, and the synergy. */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = {
            "Plans each partner alone and each candidate coalition, lever by lever, and shows the synergy.",
            "",
            "Levers: footprint (joint production and distribution, a MIP: plants, lines, routes, dealers);",
            "sourcing (the parts of the footprint plans bought at all-units price tiers, a MIP: pooled",
            "volume, supplier capacity, dual sourcing, commonization; needs footprint); and rnd (joint R&D",
            "programs on CP-SAT: months to market saved, shared tasks, pooled teams at an efficiency of",
            "1 - friction). Every coalition is measured against its members' own best",
            "plans. The candidate coalitions are the scenario's coalitions table, or every group of two or",
            "more partners when it is empty. Progress goes to standard error, results to standard output."
        })
final class PlanCommand implements Callable<Integer> {
    /** The levers this command can run. */
    static final Set<String> LEVERS = Set.of("footprint", "sourcing", "rnd");

    @Parameters(paramLabel = "SCENARIO", description = "Scenario folder or .xlsx workbook.")
    private Path scenarioPath;

    @Option(
            names = "--levers",
            split = ",",
            paramLabel = "LEVER",
            defaultValue = "footprint,sourcing,rnd",
            description = "Levers to plan, comma-separated (default: ${DEFAULT-VALUE}).")
    private List<String> levers;

    @Option(
            names = "--solver",
            paramLabel = "SOLVER",
            description = "Footprint and sourcing MIP solver: ${COMPLETION-CANDIDATES} (default: HIGHS).")
    private MipSolver solver = MipSolver.HIGHS;

    @Option(
            names = "--time-limit",
            paramLabel = "SECONDS",
            description = "Time limit per solve (default: the scenario's solver settings).")
    private Double timeLimitSeconds;

    @Option(
            names = "--gap",
            paramLabel = "GAP",
            description = "Stop a solve once its proven relative gap is at most this, e.g. 0.001 (default: the"
                    + " scenario's).")
    private Double relativeGap;

    @Option(
            names = "--workers",
            defaultValue = "2",
            description = "R&D: CP-SAT workers per solve (default ${DEFAULT-VALUE}).")
    private int workers;

    @Option(
            names = "--friction",
            paramLabel = "F",
            description = "R&D: use this friction (0-1) for every pair of partners instead of the scenario's.")
    private Double friction;

    @Option(
            names = "--break-even-friction",
            description = "R&D: also search each alliance's break-even friction (several solves per alliance).")
    private boolean breakEvenFriction;

    @Option(
            names = "--tolerance",
            defaultValue = "0.01",
            description = "R&D: precision of the break-even friction search (default ${DEFAULT-VALUE}).")
    private double tolerance;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Set<String> chosen = new LinkedHashSet<>(levers);
        for (String lever : chosen) {
            if (!LEVERS.contains(lever)) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "Unknown lever '" + lever + "': the levers are " + LEVERS + ".");
            }
        }
        ScenarioLoad load = ScenarioFiles.read(scenarioPath);
        if (!load.isValid()) {
            Problems.print(scenarioPath, load, spec.commandLine().getErr());
            return AllianceCommand.INVALID_SCENARIO;
        }
        return plan(
                load.scenario(), spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    int plan(Scenario scenario, PrintWriter out, PrintWriter err) {
        Set<String> chosen = new LinkedHashSet<>(levers);
        RndSolveOptions rndOptions = null;
        if (chosen.contains("rnd")) {
            try {
                rndOptions = RndSolveOptions.from(scenario.settings().solver())
                        .withWorkers(workers)
                        .withFrictionOverride(friction);
                if (timeLimitSeconds != null) {
                    rndOptions = rndOptions.withTimeLimitSeconds(timeLimitSeconds);
                }
                if (!(tolerance > 0 && tolerance < 1)) {
                    throw new IllegalArgumentException("The tolerance must be between 0 and 1, not " + tolerance + ".");
                }
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        if (chosen.contains("sourcing") && !chosen.contains("footprint")) {
            err.println("alliance: the sourcing lever buys the parts of the footprint plans, so the footprint"
                    + " lever runs too.");
            chosen.add("footprint");
        }
        out.println(scenario.settings().name() + ": " + scenario.partners().size() + " partners");
        out.println();
        if (chosen.contains("footprint")) {
            FootprintOptions options =
                    FootprintOptions.from(scenario.settings().solver()).withSolver(solver);
            SourcingOptions sourcing =
                    SourcingOptions.from(scenario.settings().solver()).withSolver(solver);
            if (timeLimitSeconds != null) {
                options = options.withTimeLimitSeconds(timeLimitSeconds);
                sourcing = sourcing.withTimeLimitSeconds(timeLimitSeconds);
            }
            if (relativeGap != null) {
                options = options.withRelativeGap(relativeGap);
                sourcing = sourcing.withRelativeGap(relativeGap);
            }
            int planned = planFootprint(scenario, options, chosen.contains("sourcing") ? sourcing : null, out, err);
            if (planned != 0) {
                return planned;
            }
        }
        if (rndOptions != null) {
            new RndSection(scenario, rndOptions, progress(err)).printFull(out, breakEvenFriction, tolerance);
            out.flush();
        }
        return 0;
    }

    /** Numbered progress lines on stderr, so that stdout stays the report. */
    static Consumer<String> progress(PrintWriter err) {
        long start = System.nanoTime();
        int[] count = {0};
        return message -> {
            count[0]++;
            err.printf(Locale.ROOT, "[%3d | %5.1f s] %s%n", count[0], (System.nanoTime() - start) / 1e9, message);
            err.flush();
        };
    }

    /**
     * Runs the footprint study with a progress bar and prints it, then, with {@code sourcing} options,
     * the sourcing lever on its volumes; shared with {@code demo}.
     */
    static int planFootprint(
            Scenario scenario,
            FootprintOptions options,
            @Nullable SourcingOptions sourcing,
            PrintWriter out,
            PrintWriter err) {
        List<CandidateCoalition> coalitions;
        try {
            coalitions = FootprintStudy.coalitionsOf(scenario);
        } catch (IllegalArgumentException tooMany) {
            err.println("alliance: " + tooMany.getMessage());
            return AllianceCommand.INVALID_SCENARIO;
        }
        ProgressBar progress = new ProgressBar(err);
        FootprintStudyResult result;
        try {
            result = FootprintStudy.run(
                    scenario,
                    coalitions,
                    options,
                    (label, index, total) -> progress.step("planning " + label, index, total));
        } catch (PlanningException infeasible) {
            progress.done("stopped");
            err.println("alliance: " + infeasible.getMessage());
            return AllianceCommand.INVALID_SCENARIO;
        }
        progress.done(
                "planned " + scenario.partners().size() + " partners alone and " + coalitions.size() + " coalitions");
        out.print(new FootprintSection(scenario, result).render());
        out.flush();
        if (sourcing == null) {
            return 0;
        }
        ProgressBar sourcingProgress = new ProgressBar(err);
        SourcingStudyResult parts;
        try {
            parts = SourcingStudy.run(
                    scenario,
                    result,
                    sourcing,
                    (label, index, total) -> sourcingProgress.step("buying " + label, index, total));
        } catch (PlanningException infeasible) {
            sourcingProgress.done("stopped");
            err.println("alliance: " + infeasible.getMessage());
            return AllianceCommand.INVALID_SCENARIO;
        }
        sourcingProgress.done("bought the parts of "
                + (result.standalone().size() + result.coalitions().size()) + " footprint plans");
        out.println();
        out.print(new SourcingSection(scenario, result, parts).render());
        out.flush();
        return 0;
    }
}
