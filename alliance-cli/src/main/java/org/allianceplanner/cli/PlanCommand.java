package org.allianceplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.allianceplanner.engine.rnd.RndSolveOptions;
import org.allianceplanner.io.ScenarioFiles;
import org.allianceplanner.io.ScenarioLoad;
import org.allianceplanner.model.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alliance plan SCENARIO --levers rnd}: each partner alone and each candidate alliance, lever by lever. */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = {
            "Plans each partner alone and each candidate alliance of a scenario, lever by lever.",
            "",
            "Levers: rnd (joint R&D programs on CP-SAT: months to market saved, work saved by shared tasks,",
            "pooled teams at an efficiency of 1 - friction). Coalitions are the scenario's candidate",
            "coalitions, or every subset of two or more partners when it lists none. Progress goes to stderr."
        })
final class PlanCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SCENARIO", description = "Scenario folder or .xlsx workbook.")
    private Path scenarioPath;

    @Option(
            names = "--levers",
            split = ",",
            defaultValue = "rnd",
            paramLabel = "LEVER",
            description = "Levers to plan, comma-separated (default ${DEFAULT-VALUE}).")
    private List<String> levers;

    @Option(
            names = "--time-limit",
            paramLabel = "S",
            description = "Seconds per solve (default: the scenario's solver.time_limit_seconds).")
    private Double timeLimitSeconds;

    @Option(
            names = "--workers",
            defaultValue = "2",
            description = "CP-SAT workers per solve (default ${DEFAULT-VALUE}).")
    private int workers;

    @Option(
            names = "--friction",
            paramLabel = "F",
            description = "Use this friction (0-1) for every pair of partners instead of the scenario's.")
    private Double friction;

    @Option(
            names = "--break-even-friction",
            description = "Also search each alliance's break-even friction (several solves per alliance).")
    private boolean breakEvenFriction;

    @Option(
            names = "--tolerance",
            defaultValue = "0.01",
            description = "Precision of the break-even friction search (default ${DEFAULT-VALUE}).")
    private double tolerance;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (String lever : levers) {
            if (!lever.equals("rnd")) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        "Unknown or not yet available lever '" + lever + "'. Maybe use --levers rnd.");
            }
        }
        ScenarioLoad load = ScenarioFiles.read(scenarioPath);
        PrintWriter err = spec.commandLine().getErr();
        if (!load.isValid()) {
            Problems.print(scenarioPath, load, err);
            return AllianceCommand.INVALID_SCENARIO;
        }
        Scenario scenario = load.scenario();
        RndSolveOptions options;
        try {
            options = RndSolveOptions.from(scenario.settings().solver())
                    .withWorkers(workers)
                    .withFrictionOverride(friction);
            if (timeLimitSeconds != null) {
                options = options.withTimeLimitSeconds(timeLimitSeconds);
            }
            if (!(tolerance > 0 && tolerance < 1)) {
                throw new IllegalArgumentException("The tolerance must be between 0 and 1, not " + tolerance + ".");
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(scenario.settings().name() + ": " + scenario.partners().size() + " partners");
        out.println();
        new RndSection(scenario, options, progress(err)).printFull(out, breakEvenFriction, tolerance);
        out.flush();
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
}
