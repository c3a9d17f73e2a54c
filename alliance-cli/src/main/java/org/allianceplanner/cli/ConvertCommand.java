package org.allianceplanner.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.allianceplanner.io.ScenarioFiles;
import org.allianceplanner.io.ScenarioLoad;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code alliance convert IN OUT}: folder to workbook or back, only for a valid scenario. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = {
            "Converts a scenario between a CSV folder and an Excel workbook.",
            "",
            "Either way, or to a copy of the same form. The input must be valid: nothing is written " + "otherwise."
        })
final class ConvertCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IN", description = "Scenario folder or .xlsx workbook to read.")
    private Path input;

    @Parameters(index = "1", paramLabel = "OUT", description = "Folder or .xlsx file to write.")
    private Path output;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ScenarioLoad load = ScenarioFiles.read(input);
        if (!load.isValid()) {
            Problems.print(input, load, spec.commandLine().getErr());
            return AllianceCommand.INVALID_SCENARIO;
        }
        ScenarioFiles.write(load.scenario(), output);
        spec.commandLine()
                .getOut()
                .printf("Wrote %s (%s).%n", output, ScenarioFiles.isWorkbook(output) ? "workbook" : "CSV folder");
        return 0;
    }
}
