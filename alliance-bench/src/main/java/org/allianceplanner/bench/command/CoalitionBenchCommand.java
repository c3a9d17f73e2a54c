package org.allianceplanner.bench.command;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.allianceplanner.app.AllianceStudy;
import org.allianceplanner.app.console.ProgressBar;
import org.allianceplanner.engine.alliance.AllianceOptions;
import org.allianceplanner.engine.footprint.FootprintOptions;
import org.allianceplanner.engine.game.GainSharingSolver;
import org.allianceplanner.engine.rnd.RndSolveOptions;
import org.allianceplanner.engine.solver.Elapsed;
import org.allianceplanner.engine.solver.MipSolver;
import org.allianceplanner.engine.sourcing.SourcingOptions;
import org.allianceplanner.io.synthetic.ScenarioSize;
import org.allianceplanner.io.synthetic.SyntheticScenarios;
import org.allianceplanner.model.alliance.AllianceComparison;
import org.allianceplanner.model.alliance.AllianceStudyResult;
import org.allianceplanner.model.alliance.CoalitionResult;
import org.allianceplanner.model.plan.SolveStatus;
import org.allianceplanner.model.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code alliance bench coalitions}: every coalition of a synthetic alliance planned with every lever, and split. */
@Command(
        name = "coalitions",
        mixinStandardHelpOptions = true,
        description = {
            "Plans every coalition of a synthetic scenario with all levers and splits the gain; prints CSV.",
            "",
            "SIZE is partners,plants,models,markets,demand (e.g. 8,40,80,20,800). The synthetic scenario "
                    + "names one candidate, all partners together, so every group of two or more is planned. Each "
                    + "--warm-start runs the whole study once. Columns: warm_start,partners,coalitions,study_seconds,"
                    + "coalition_seconds_mean,coalition_seconds_max,footprint_solve_seconds,footprint_not_optimal,"
                    + "grand_synergy,split_seconds,peak_rss_mb. Per coalition size, mean seconds go to standard error."
        })
final class CoalitionBenchCommand implements Callable<Integer> {
    @CommandLine.Parameters(paramLabel = "SIZE", description = "partners,plants,models,markets,demand")
    String sizeText;

    @Option(
            names = "--warm-start",
            split = ",",
            defaultValue = "BEST_SUB_COALITIONS,MEMBERS_ALONE",
            description = "Warm starts to compare: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    List<AllianceOptions.WarmStart> warmStarts;

    @Option(names = "--time-limit", defaultValue = "60", description = "Seconds per solve (default ${DEFAULT-VALUE}).")
    double timeLimitSeconds;

    @Option(names = "--threads", description = "Coalitions planned at once (default: the number of cores).")
    Integer threads;

    @Option(
            names = "--footprint-solver",
            defaultValue = "HIGHS",
            description = "MIP solver of the footprint lever: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE});"
                    + " SCIP takes the warm start as a hint, HiGHS only keeps it as a fallback.")
    MipSolver footprintSolver;

    @Option(names = "--seed", defaultValue = "1", description = "Scenario seed (default ${DEFAULT-VALUE}).")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ScenarioSize size = FootprintScaleCommand.parseSize(sizeText, spec.commandLine());
        Scenario scenario = SyntheticScenarios.generate(size, seed);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.println("warm_start,partners,coalitions,study_seconds,coalition_seconds_mean,coalition_seconds_max,"
                + "footprint_solve_seconds,footprint_not_optimal,grand_synergy,split_seconds,peak_rss_mb");
        for (AllianceOptions.WarmStart warmStart : warmStarts) {
            AllianceOptions options = AllianceOptions.allLevers(
                            new FootprintOptions(footprintSolver, timeLimitSeconds, 1e-4, seed, false, false, false),
                            SourcingOptions.from(scenario.settings().solver()).withTimeLimitSeconds(timeLimitSeconds),
                            RndSolveOptions.from(scenario.settings().solver())
                                    .withTimeLimitSeconds(timeLimitSeconds)
                                    .withWorkers(1))
                    .withWarmStart(warmStart);
            if (threads != null) {
                options = options.withThreads(threads);
            }
            ProgressBar progress = new ProgressBar(err);
            AllianceStudyResult result = AllianceStudy.run(scenario, options, progress::finished);
            progress.done(warmStart + ": " + result.coalitions().size() + " coalitions");
            List<CoalitionResult> coalitions = result.coalitions();
            for (int members = 2; members <= size.partners(); members++) {
                int count = members;
                double mean = coalitions.stream()
                        .filter(c -> c.partnerIds().size() == count)
                        .mapToDouble(CoalitionResult::seconds)
                        .average()
                        .orElse(Double.NaN);
                err.printf(Locale.ROOT, "  %s, %d members: %.2f s per coalition%n", warmStart, members, mean);
            }
            AllianceComparison grand = result.alliances().stream()
                    .filter(alliance -> alliance.partnerIds().size() == size.partners())
                    .findFirst()
                    .orElseThrow();
            long splitStart = System.nanoTime();
            GainSharingSolver.split(grand.sharing().game(), List.of());
            double splitSeconds = Elapsed.secondsSince(splitStart);
            out.printf(
                    Locale.ROOT,
                    "%s,%d,%d,%.1f,%.2f,%.2f,%.1f,%d,%.0f,%.3f,%d%n",
                    warmStart.name().toLowerCase(Locale.ROOT),
                    size.partners(),
                    coalitions.size(),
                    result.seconds(),
                    coalitions.stream()
                            .mapToDouble(CoalitionResult::seconds)
                            .average()
                            .orElse(0),
                    coalitions.stream()
                            .mapToDouble(CoalitionResult::seconds)
                            .max()
                            .orElse(0),
                    coalitions.stream()
                            .mapToDouble(c -> c.footprint().plan().solve().seconds())
                            .sum(),
                    coalitions.stream()
                            .filter(c -> c.footprint().plan().solve().status() != SolveStatus.OPTIMAL)
                            .count(),
                    grand.synergy().total(),
                    splitSeconds,
                    ProcessMemory.peakResidentMegabytes());
            out.flush();
        }
        return 0;
    }
}
