package org.allianceplanner.bench.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.allianceplanner.bench.game.RandomGames;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code alliance bench game}: writes a random superadditive game for timing {@code alliance game}. */
@Command(
        name = "game",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a random superadditive profit game of N players (1 to 20) as the coalition,value CSV that"
                    + " `alliance game` reads: 2^N - 1 rows, players P01, P02, ...",
            "",
            "v(S) = sum of standalone values + pair synergies + a weighted-majority bonus (which usually empties"
                    + " the core). Time it with: /usr/bin/time -v ./alliance game FILE"
        })
final class GameCsvBenchCommand implements Callable<Integer> {
    @Option(names = "--players", defaultValue = "20", description = "Number of players (default ${DEFAULT-VALUE}).")
    int players;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Parameters(paramLabel = "FILE", description = "The CSV file to write.")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (players < 1 || players > 20) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--players must be 1 to 20 (every coalition is written), not " + players + ".");
        }
        RandomGames.writeCsv(file, players, seed);
        spec.commandLine()
                .getOut()
                .println("Wrote " + file + ": " + ((1 << players) - 1) + " coalitions of " + players + " players (seed "
                        + seed + ").");
        return 0;
    }
}
