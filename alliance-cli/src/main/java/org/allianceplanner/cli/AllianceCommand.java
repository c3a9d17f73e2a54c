package org.allianceplanner.cli;

import org.allianceplanner.app.console.UnexpectedFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code alliance} command. */
@Command(
        name = "alliance",
        mixinStandardHelpOptions = true,
        version = "Alliance Planner 0.1.0",
        description = "Plans and prices a strategic alliance between carmakers.",
        subcommands = {
            DemoCommand.class,
            PlanCommand.class,
            ValidateCommand.class,
            ConvertCommand.class,
            GameCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {
            "",
            "A scenario is a folder of CSV files with scenario.yaml, or one .xlsx workbook; see",
            "docs/scenario-format.md. Exit codes: 0 ok, 1 invalid scenario or game file (or an output",
            "that exists already or cannot be written), 2 wrong usage, 3 failure.",
            "",
            "Benchmarks run from their own jar: alliance bench --help lists the suites."
        })
public final class AllianceCommand implements Runnable {
    /** Exit code when the scenario has problems. */
    static final int INVALID_SCENARIO = 1;
    /** Exit code when something failed that is not the user's input. */
    static final int FAILURE = 3;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, with errors printed as messages rather than stack traces. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new AllianceCommand());
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            UnexpectedFailure.print(exception, cmd.getErr());
            return FAILURE;
        });
        return commandLine;
    }
}
