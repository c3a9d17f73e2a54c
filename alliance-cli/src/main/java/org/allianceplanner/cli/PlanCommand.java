package org.allianceplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.allianceplanner.engine.footprint.FootprintOptions;
import org.allianceplanner.engine.footprint.FootprintStudy;
import org.allianceplanner.engine.footprint.MipSolver;
import org.allianceplanner.engine.footprint.PlanningException;
import org.allianceplanner.io.ScenarioFiles;
import org.allianceplanner.io.ScenarioLoad;
import org.allianceplanner.model.footprint.FootprintStudyResult;
import org.allianceplanner.model.partner.CandidateCoalition;
import org.allianceplanner.model.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alliance plan SCENARIO}: each partner alone, each candidate coalition, and the synergy. */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = {
            "Plans each partner alone and each candidate coalition, and shows the synergy.",
            "",
            "Every coalition is measured against its members' own best plans. The candidate coalitions",
            "are the scenario's coalitions table, or every group of two or more partners when it is empty.",
            "Progress goes to standard error, results to standard output."
        })
final class PlanCommand implements Callable<Integer> {
    /** The levers this command can run. */
    static final Set<String> LEVERS = Set.of("footprint");

    @Parameters(paramLabel = "SCENARIO", description = "Scenario folder or .xlsx workbook.")
    private Path scenarioPath;

    @Option(
            names = "--levers",
            split = ",",
            paramLabel = "LEVER",
            defaultValue = "footprint",
            description = "Levers to plan, comma-separated (default: ${DEFAULT-VALUE}; available: footprint).")
    private List<String> levers;

    @Option(
            names = "--solver",
            paramLabel = "SOLVER",
            description = "MIP solver: ${COMPLETION-CANDIDATES} (default: HIGHS).")
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
        FootprintOptions options =
                FootprintOptions.from(scenario.settings().solver()).withSolver(solver);
        if (timeLimitSeconds != null) {
            options = options.withTimeLimitSeconds(timeLimitSeconds);
        }
        if (relativeGap != null) {
            options = options.withRelativeGap(relativeGap);
        }
        return planFootprint(scenario, options, out, err);
    }

    /** Runs the footprint study with a progress bar and prints it; shared with {@code demo}. */
    static int planFootprint(Scenario scenario, FootprintOptions options, PrintWriter out, PrintWriter err) {
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
        return 0;
    }
}
