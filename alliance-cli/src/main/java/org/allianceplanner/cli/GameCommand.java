package org.allianceplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.allianceplanner.app.console.ProgressBar;
import org.allianceplanner.engine.game.GainSharingSolver;
import org.allianceplanner.io.game.GameCsv;
import org.allianceplanner.io.game.GameLoad;
import org.allianceplanner.model.game.Allocation;
import org.allianceplanner.model.game.CooperativeGame;
import org.allianceplanner.model.game.GainSharing;
import org.allianceplanner.model.game.GameKind;
import org.allianceplanner.model.validation.NearestName;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code alliance game FILE}: splits a cooperative game given as coalition values by every sharing
 * method, as CSV on stdout; the least-core value, the blocking coalitions and the methods that are not
 * defined go to stderr.
 */
@Command(
        name = "game",
        mixinStandardHelpOptions = true,
        description = {
            "Splits the value of a cooperative game by the Shapley value, the nucleolus, the equal-profit method, "
                    + "Nash bargaining and proportionally, and checks each split against the core.",
            "",
            "FILE is a CSV file with the header coalition,value and one row per non-empty coalition, its players "
                    + "joined by + (e.g. Nissan+Tesla,120). Prints method,player,value,in_core on stdout; the least-core "
                    + "value and, for each split not in the core, the coalition that would leave, on stderr. "
                    + "Exits 0 when done, 1 when the file has problems, 2 on wrong usage.",
            "",
            "Limits: a game has at most " + CooperativeGame.MAX_PLAYERS + " players (2^20 - 1 = 1,048,575 rows)."
                    + " The Shapley value, equal-profit, Nash, proportional, the least core and each split's core"
                    + " check run at every size (a 20-player game took 18 s and 1.8 GB on a shared 2-core machine)."
                    + " The nucleolus is computed up to " + GainSharingSolver.MAX_NUCLEOLUS_PLAYERS
                    + " players and skipped above, with the reason on stderr: it solves a sequence of LPs over"
                    + " every coalition. From " + GameCommand.PROGRESS_FROM_PLAYERS
                    + " players, progress is shown on stderr."
        })
final class GameCommand implements Callable<Integer> {
    /** Fewest players for which the steps of the split are shown on stderr as they finish. */
    static final int PROGRESS_FROM_PLAYERS = 13;

    @Parameters(paramLabel = "FILE", description = "CSV file of coalition values.")
    private Path file;

    @Option(
            names = "--kind",
            paramLabel = "profit|cost",
            defaultValue = "profit",
            description = "Whether the values are profits (split what is earned) or costs (split what is paid)."
                    + " Default: ${DEFAULT-VALUE}.")
    private String kind;

    @Option(
            names = "--power",
            split = ",",
            paramLabel = "PLAYER=W",
            description = "Bargaining powers for Nash bargaining, e.g. Nissan=2,Tesla=1; players not listed have"
                    + " power 1. Without it, the surplus is split equally.")
    private Map<String, String> powers = new LinkedHashMap<>();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        GameKind gameKind = gameKind();
        ProgressBar bar = new ProgressBar(spec.commandLine().getErr());
        GameLoad load = GameCsv.read(file, gameKind);
        if (!load.isValid()) {
            Problems.print(file, load.problems(), spec.commandLine().getErr());
            return AllianceCommand.INVALID_SCENARIO;
        }
        CooperativeGame game = Objects.requireNonNull(load.game()); // a valid load has its game
        List<Double> powers = bargainingPowers(game);
        GainSharing sharing;
        if (game.size() >= PROGRESS_FROM_PLAYERS) {
            // Reading the file is the first step; the split's own steps follow.
            bar.finished("read " + file.getFileName(), 1, 7);
            sharing = GainSharingSolver.split(
                    game, powers, (step, done, total) -> bar.finished(step, done + 1, total + 1));
            bar.done("split a game of " + game.size() + " players");
        } else {
            sharing = GainSharingSolver.split(game, powers);
        }
        print(sharing, spec.commandLine().getOut(), spec.commandLine().getErr());
        return 0;
    }

    private GameKind gameKind() {
        return switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "profit" -> GameKind.PROFIT;
            case "cost" -> GameKind.COST;
            default -> throw new CommandLine.ParameterException(
                    spec.commandLine(), "--kind must be profit or cost, not \"" + kind + "\".");
        };
    }

    private List<Double> bargainingPowers(CooperativeGame game) {
        if (powers.isEmpty()) {
            return List.of();
        }
        for (String player : powers.keySet()) {
            if (!game.players().contains(player)) {
                String nearest = NearestName.among(player, game.players());
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--power names " + player
                                + ", who is not a player of " + file.getFileName() + " " + game.players() + "."
                                + (nearest == null ? "" : " Maybe " + nearest + "?"));
            }
        }
        List<Double> weights = new ArrayList<>();
        for (String player : game.players()) {
            String text = powers.getOrDefault(player, "1");
            double weight;
            try {
                weight = Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                weight = Double.NaN;
            }
            if (!Double.isFinite(weight) || weight < 0) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--power " + player + "=" + text + ": a bargaining power is a number ≥ 0.");
            }
            weights.add(weight);
        }
        if (weights.stream().allMatch(w -> w == 0)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--power: at least one bargaining power must be positive.");
        }
        return weights;
    }

    /** The CSV of every defined split on {@code out}; stability and undefined methods on {@code err}. */
    static void print(GainSharing sharing, PrintWriter out, PrintWriter err) {
        CooperativeGame game = sharing.game();
        boolean cost = game.kind() == GameKind.COST;
        out.println("method,player,value,in_core");
        for (Allocation allocation : sharing.allocations()) {
            for (int i = 0; i < allocation.values().size(); i++) {
                out.println(allocation.method().label() + ","
                        + csvCell(game.players().get(i)) + ","
                        + number(allocation.values().get(i)) + "," + allocation.inCore());
            }
        }
        out.flush();
        err.println("least-core value: " + number(sharing.leastCoreValue()) + " ("
                + (sharing.coreEmpty()
                        ? "the core is empty: under any split some coalition " + (cost ? "saves" : "gains")
                                + " at least this much by leaving"
                        : "the core is not empty")
                + ")");
        for (Allocation allocation : sharing.allocations()) {
            String label = allocation.method().label();
            if (!allocation.defined()) {
                err.println(label + ": " + allocation.note());
            } else if (!allocation.inCore()) {
                err.println(label + ": not in the core; " + String.join("+", allocation.blockingCoalition())
                        + " would " + (cost ? "save " : "gain ") + number(allocation.blockingExcess())
                        + " by leaving.");
            }
        }
        err.flush();
    }

    /** A value with 6 decimals, trailing zeros trimmed, locale-independent. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.6f", value);
        text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        return text.equals("-0") ? "0" : text;
    }

    private static String csvCell(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
