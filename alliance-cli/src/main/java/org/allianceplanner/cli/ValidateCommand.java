package org.allianceplanner.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.allianceplanner.io.ScenarioFiles;
import org.allianceplanner.io.ScenarioLoad;
import org.allianceplanner.model.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code alliance validate SCENARIO}: every problem at once, exit 1 if any. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Checks a scenario and lists every problem at once.",
            "",
            "SCENARIO is a folder of CSV files with scenario.yaml, or an .xlsx workbook. Each problem names "
                    + "its file or sheet, row and column. Exits 0 when the scenario is valid, 1 when it is not."
        })
final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SCENARIO", description = "Scenario folder or .xlsx workbook.")
    private Path scenario;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ScenarioLoad load = ScenarioFiles.read(scenario);
        if (!load.isValid()) {
            Problems.print(scenario, load, spec.commandLine().getErr());
            return AllianceCommand.INVALID_SCENARIO;
        }
        Scenario valid = load.scenario();
        spec.commandLine()
                .getOut()
                .printf(
                        "%s is a valid scenario: %d partners, %d plants, %d models, %d markets, %d demand rows.%n",
                        scenario,
                        valid.partners().size(),
                        valid.plants().size(),
                        valid.vehicleModels().size(),
                        valid.markets().size(),
                        valid.demands().size());
        return 0;
    }
}
