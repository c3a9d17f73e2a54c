package org.allianceplanner.engine.game;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.allianceplanner.model.game.Allocation;
import org.allianceplanner.model.game.CooperativeGame;
import org.allianceplanner.model.game.GainSharing;
import org.allianceplanner.model.game.GameKind;
import org.allianceplanner.model.game.ShapleyValue;
import org.allianceplanner.model.game.SharingMethod;

/**
 * Splits a cooperative game's grand-coalition value by every {@link SharingMethod} and checks each
 * split against the core.
 *
 * <p>A cost game is solved as the profit game of its negated costs, and the results are negated back:
 * a player's value is then what it pays, and a coalition's excess is x(S) − c(S), what it would save
 * by leaving. Every LP (least core, nucleolus, equal-profit) runs on values divided by the game's
 * largest |value| and is scaled back. Stateless and thread-safe.
 *
 * <p>Games of many players: every method but the nucleolus runs up to {@link
 * CooperativeGame#MAX_PLAYERS} players in O(n · 2^n) time and memory (the core check is one subset-sum
 * pass; the least core and equal-profit generate their coalition rows instead of writing all 2^n). The
 * nucleolus solves a sequence of LPs over every coalition and is skipped above {@link
 * #MAX_NUCLEOLUS_PLAYERS} players, with the reason in its note.
 */
public final class GainSharingSolver {
    /** Most players for which the nucleolus is computed; above, its allocation is undefined with the reason. */
    public static final int MAX_NUCLEOLUS_PLAYERS = 16;

    private static final int STEPS = 6;

    private GainSharingSolver() {}

    /**
     * Every method's split of {@code game}, in {@link SharingMethod} order, with the core check, whether
     * the core is empty and the least-core value ε* (in the game's units).
     *
     * @param bargainingPowers one non-negative weight per player (in player order) for Nash bargaining,
     *     not all 0; empty for equal powers
     * @throws IllegalArgumentException when the powers do not fit the game
     */
    public static GainSharing split(CooperativeGame game, List<Double> bargainingPowers) {
        return split(game, bargainingPowers, SplitProgress.NONE);
    }

    /**
     * As {@link #split(CooperativeGame, List)}, telling {@code progress} as each of its six steps (the
     * least core, then each method in {@link SharingMethod} order) finishes.
     */
    public static GainSharing split(CooperativeGame game, List<Double> bargainingPowers, SplitProgress progress) {
        checkPowers(game, bargainingPowers);
        ScaledProfitGame scaled = new ScaledProfitGame(game);
        CoreCheck core = new CoreCheck(game);
        double leastCore = LeastCore.value(scaled);
        boolean coreEmpty = leastCore > ScaledProfitGame.LP_TOLERANCE;
        double leastCoreValue = scaled.excessToGame(leastCore);
        progress.finished("least core", 1, STEPS);

        List<Allocation> allocations = new ArrayList<>();
        allocations.add(shapley(game, core));
        progress.finished(SharingMethod.SHAPLEY.label(), 2, STEPS);
        allocations.add(nucleolus(game, scaled, core));
        progress.finished(SharingMethod.NUCLEOLUS.label(), 3, STEPS);
        allocations.add(equalProfit(game, scaled, core, coreEmpty, leastCore));
        progress.finished(SharingMethod.EQUAL_PROFIT.label(), 4, STEPS);
        allocations.add(nash(game, core, bargainingPowers));
        progress.finished(SharingMethod.NASH.label(), 5, STEPS);
        allocations.add(proportional(game, core));
        progress.finished(SharingMethod.PROPORTIONAL.label(), 6, STEPS);
        return new GainSharing(
                game,
                allocations,
                coreEmpty,
                coreEmpty ? leastCoreValue : Math.min(leastCoreValue, 0),
                bargainingPowers);
    }

    private static void checkPowers(CooperativeGame game, List<Double> powers) {
        if (powers.isEmpty()) {
            return;
        }
        if (powers.size() != game.size()) {
            throw new IllegalArgumentException(
                    "Nash bargaining needs one power per player (" + game.size() + "), not " + powers.size() + ".");
        }
        double total = 0;
        for (int i = 0; i < powers.size(); i++) {
            double power = powers.get(i);
            if (!Double.isFinite(power) || power < 0) {
                throw new IllegalArgumentException("The bargaining power of "
                        + game.players().get(i) + " must be a finite number ≥ 0, not " + power + ".");
            }
            total += power;
        }
        if (total <= 0) {
            throw new IllegalArgumentException(
                    "At least one bargaining power must be positive. Maybe leave them out for equal powers.");
        }
    }

    private static Allocation shapley(CooperativeGame game, CoreCheck core) {
        return core.allocation(
                SharingMethod.SHAPLEY,
                toArray(ShapleyValue.exact(game)),
                "Average marginal contribution over all orders of joining (exact).");
    }

    private static Allocation nucleolus(CooperativeGame game, ScaledProfitGame scaled, CoreCheck core) {
        if (game.size() > MAX_NUCLEOLUS_PLAYERS) {
            return undefined(
                    SharingMethod.NUCLEOLUS,
                    "Skipped: the nucleolus is computed up to " + MAX_NUCLEOLUS_PLAYERS + " players and this game has "
                            + game.size() + "; its sequence of LPs over all " + ((1 << game.size()) - 1)
                            + " coalitions would take too long and too much memory.");
        }
        double[] x = Nucleolus.of(scaled);
        if (x == null) {
            return undefined(
                    SharingMethod.NUCLEOLUS,
                    "Not defined: the standalone " + word(game, "values", "costs")
                            + " add up to " + format(standaloneSum(game)) + ", " + word(game, "more", "less")
                            + " than the grand coalition's " + format(game.value(game.grandMask()))
                            + ", so no split gives every player at least its standalone "
                            + word(game, "value", "cost") + " (no imputation).");
        }
        return core.allocation(
                SharingMethod.NUCLEOLUS,
                scaled.toGame(x),
                "Lexicographically smallest excesses over the imputations (sequence of LPs).");
    }

    private static Allocation equalProfit(
            CooperativeGame game, ScaledProfitGame scaled, CoreCheck core, boolean coreEmpty, double leastCore) {
        for (int i = 0; i < game.size(); i++) {
            if (game.value(1 << i) <= 0) {
                return undefined(
                        SharingMethod.EQUAL_PROFIT,
                        "Not defined: it compares each player's share to its"
                                + " standalone " + word(game, "value", "cost") + ", and "
                                + game.players().get(i) + "'s is "
                                + format(game.value(1 << i)) + " (it must be positive).");
            }
        }
        // A hair above ε* so that round-off cannot make the least core empty; visible digits stay exact.
        double allowed = coreEmpty ? leastCore + 1e-10 : 0;
        String where = coreEmpty
                ? "in the least core (the core is empty; every coalition keeps at most ε* = "
                        + format(scaled.excessToGame(leastCore)) + " of excess)"
                : "in the core";
        return core.allocation(
                SharingMethod.EQUAL_PROFIT,
                scaled.toGame(EqualProfit.of(scaled, allowed)),
                "The split " + where + " whose relative " + word(game, "gains", "savings")
                        + " over standing alone differ the least.");
    }

    private static Allocation nash(CooperativeGame game, CoreCheck core, List<Double> powers) {
        int n = game.size();
        double sign = game.kind() == GameKind.COST ? -1 : 1;
        double surplus = sign * (game.value(game.grandMask()) - standaloneSum(game));
        if (surplus < -core.tolerance) {
            return undefined(
                    SharingMethod.NASH,
                    "Not defined: the grand coalition "
                            + word(game, "earns less", "costs more") + " than the players alone ("
                            + format(game.value(game.grandMask())) + " vs " + format(standaloneSum(game))
                            + "), so there is no surplus to bargain over.");
        }
        double totalPower = powers.isEmpty()
                ? n
                : powers.stream().mapToDouble(Double::doubleValue).sum();
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double power = powers.isEmpty() ? 1 : powers.get(i);
            x[i] = game.value(1 << i) + sign * power / totalPower * surplus;
        }
        String how = powers.isEmpty()
                ? "equally (no bargaining powers given)"
                : "in proportion to the bargaining powers " + powers;
        return core.allocation(
                SharingMethod.NASH,
                x,
                "Standalone " + word(game, "value", "cost") + " " + word(game, "plus", "minus") + " the surplus of "
                        + format(surplus) + " split " + how + ".");
    }

    private static Allocation proportional(CooperativeGame game, CoreCheck core) {
        for (int i = 0; i < game.size(); i++) {
            if (game.value(1 << i) <= 0) {
                return undefined(
                        SharingMethod.PROPORTIONAL,
                        "Not defined: " + game.players().get(i)
                                + "'s standalone " + word(game, "value", "cost") + " is " + format(game.value(1 << i))
                                + " (every one must be positive).");
            }
        }
        double total = standaloneSum(game);
        double[] x = new double[game.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = game.value(game.grandMask()) * game.value(1 << i) / total;
        }
        return core.allocation(
                SharingMethod.PROPORTIONAL,
                x,
                "The grand coalition's " + word(game, "value", "cost") + " in proportion to the standalone "
                        + word(game, "values", "costs") + ".");
    }

    private static Allocation undefined(SharingMethod method, String note) {
        return new Allocation(method, List.of(), false, List.of(), 0, note);
    }

    private static double standaloneSum(CooperativeGame game) {
        double total = 0;
        for (int i = 0; i < game.size(); i++) {
            total += game.value(1 << i);
        }
        return total;
    }

    private static String word(CooperativeGame game, String profit, String cost) {
        return game.kind() == GameKind.COST ? cost : profit;
    }

    static String format(double value) {
        String text = String.format(Locale.ROOT, "%.6f", value);
        if (text.contains(".")) {
            text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return text.equals("-0") ? "0" : text;
    }

    private static double[] toArray(List<Double> values) {
        double[] array = new double[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }

    /** Core check of a split, with a tolerance relative to the game's largest |value|. */
    static final class CoreCheck {
        private final CooperativeGame game;
        final double tolerance;

        CoreCheck(CooperativeGame game) {
            this.game = game;
            double largest = 0;
            for (double v : game.values()) {
                largest = Math.max(largest, Math.abs(v));
            }
            tolerance = 1e-9 * largest + 1e-9;
        }

        /** The split x (in the game's units) as an allocation, with its largest-excess coalition. */
        Allocation allocation(SharingMethod method, double[] x, String note) {
            double sign = game.kind() == GameKind.COST ? -1 : 1;
            int worstMask = 0;
            double worstExcess = Double.NEGATIVE_INFINITY;
            double[] sums = new double[game.grandMask() + 1];
            // The same doubles as ScaledProfitGame.sum(x, mask), in one pass instead of n per coalition.
            ScaledProfitGame.coalitionSums(x, sums);
            for (int mask = 1; mask < game.grandMask(); mask++) {
                double excess = sign * (game.value(mask) - sums[mask]);
                if (excess > worstExcess) {
                    worstExcess = excess;
                    worstMask = mask;
                }
            }
            List<Double> values = new ArrayList<>(x.length);
            for (double value : x) {
                values.add(value);
            }
            boolean inCore = worstExcess <= tolerance;
            return new Allocation(
                    method,
                    values,
                    inCore,
                    inCore ? List.of() : game.membersOf(worstMask),
                    inCore ? 0 : worstExcess,
                    note);
        }
    }
}
