package org.allianceplanner.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.allianceplanner.app.StudyRequest;
import org.allianceplanner.io.ScenarioFiles;
import org.allianceplanner.io.ScenarioLoad;
import org.allianceplanner.io.demo.DemoScenarios;
import org.allianceplanner.model.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alliance demo}: the built-in Nissan–Tesla–Honda scenario. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Shows and plans the built-in Nissan-Tesla-Honda demo scenario.",
            "",
            "The figures are approximate public figures, for illustration: partners, "
                    + "plants with today's utilization, models, markets, tariffs and the candidate "
                    + "alliances; then each partner's own plan, each alliance's joint plan and its "
                    + "synergy, the parts bought alone and pooled, the R&D months saved, the "
                    + "alliances compared with their gain splits; and it writes the report "
                    + "(report.html, report.xlsx, plan.json) to --out. With --export, writes the "
                    + "demo as a scenario to start your own from."
        })
final class DemoCommand implements Callable<Integer> {

    @Parameters(
            arity = "0..1",
            paramLabel = "NAME",
            defaultValue = DemoScenarios.NISSAN_TESLA_HONDA,
            description = "Demo to show (default: ${DEFAULT-VALUE}).")
    private String name;

    @Option(
            names = "--export",
            paramLabel = "FOLDER|FILE.xlsx",
            description = "Write the demo scenario here (a CSV folder with its README, or a workbook).")
    private Path export;

    @Option(
            names = "--force",
            description = "With --export, replace a workbook or a folder that exists already (and is not empty).")
    private boolean force;

    @Option(
            names = "--out",
            paramLabel = "FOLDER",
            defaultValue = "demo-report",
            description = "Where to write report.html, report.xlsx and plan.json (default: ${DEFAULT-VALUE}).")
    private Path outFolder;

    @Option(
            names = "--no-cache",
            description = "Plan again even when the demo was planned before with the same options.")
    private boolean noCache;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ScenarioLoad load;
        try {
            load = DemoScenarios.load(name);
        } catch (IllegalArgumentException unknownDemo) {
            // "There is no demo called 'x'. Maybe use nissan-tesla-honda.": wrong usage, in our words.
            throw new CommandLine.ParameterException(spec.commandLine(), unknownDemo.getMessage());
        }
        if (!load.isValid()) {
            Problems.print(Path.of(name), load, spec.commandLine().getErr());
            return AllianceCommand.FAILURE;
        }
        if (export != null) {
            if (!force && ExistingOutput.holdsSomething(export)) {
                // A scenario the user edited may be there: only --force replaces it.
                spec.commandLine().getErr().print(ExistingOutput.refusal(export, "the demo"));
                return AllianceCommand.INVALID_SCENARIO;
            }
            try {
                if (ScenarioFiles.isWorkbook(export)) {
                    // With the demo's #source and #note columns, as in its CSV files.
                    ScenarioFiles.write(load.scenario(), load.notes(), export);
                } else {
                    DemoScenarios.export(name, export);
                }
            } catch (UncheckedIOException notWritten) {
                // The message names the path and the reason in words.
                spec.commandLine().getErr().println("alliance: " + notWritten.getMessage());
                return AllianceCommand.INVALID_SCENARIO;
            }
            spec.commandLine().getOut().printf("Wrote the demo scenario '%s' to %s.%n", name, export);
            return 0;
        }
        spec.commandLine().getOut().print(new ScenarioSummary(load.scenario()).render());
        spec.commandLine().getOut().println();
        Scenario scenario = load.scenario();
        int planned = PlanCommand.study(
                scenario,
                StudyRequest.demo(),
                outFolder,
                !noCache,
                false,
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
        if (planned != 0) {
            return planned;
        }
        spec.commandLine()
                .getOut()
                .println(
                        """

                        Next:
                          ./alliance plan my-scenario               plan your own scenario (--help for options)
                          ./alliance demo --export my-scenario      start your own from it (or my-scenario.xlsx)
                          ./alliance validate my-scenario           check a scenario, every problem at once
                          ./alliance convert my-scenario my.xlsx    CSV folder <-> Excel workbook""");
        return 0;
    }
}
