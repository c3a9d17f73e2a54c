package org.allianceplanner.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.allianceplanner.io.ScenarioFiles;
import org.allianceplanner.io.ScenarioLoad;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alliance convert IN OUT}: folder to workbook or back, only for a valid scenario. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = {
            "Converts a scenario between a CSV folder and an Excel workbook.",
            "",
            "Either way, or to a copy of the same form, keeping every comment column (#source, #note …). The"
                    + " input must be valid: nothing is written otherwise. OUT must not exist yet (or be an empty"
                    + " folder) unless --force is given."
        })
final class ConvertCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IN", description = "Scenario folder or .xlsx workbook to read.")
    private Path input;

    @Parameters(index = "1", paramLabel = "OUT", description = "Folder or .xlsx file to write.")
    private Path output;

    @Option(
            names = "--force",
            description = "Replace OUT when it is a workbook or a folder that exists already (and is not empty).")
    private boolean force;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!force && ExistingOutput.holdsSomething(output)) {
            // OUT may hold a scenario the user edited: only --force replaces it.
            spec.commandLine().getErr().print(ExistingOutput.refusal(output, "the converted scenario"));
            return AllianceCommand.INVALID_SCENARIO;
        }
        ScenarioLoad load = ScenarioFiles.read(input);
        if (!load.isValid()) {
            Problems.print(input, load, spec.commandLine().getErr());
            return AllianceCommand.INVALID_SCENARIO;
        }
        try {
            // With the comment columns (#source, #note …) of every table.
            ScenarioFiles.write(load.scenario(), load.notes(), output);
        } catch (UncheckedIOException notWritten) {
            // The message names the path and the reason in words.
            spec.commandLine().getErr().println("alliance: " + notWritten.getMessage());
            return AllianceCommand.INVALID_SCENARIO;
        }
        spec.commandLine()
                .getOut()
                .printf("Wrote %s (%s).%n", output, ScenarioFiles.isWorkbook(output) ? "workbook" : "CSV folder");
        return 0;
    }
}
