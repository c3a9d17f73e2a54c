package org.allianceplanner.engine.game;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * The Shapley value estimated from random orders of joining (Castro, Gómez and Tejada 2009): each
 * sample draws a uniformly random permutation of the players and credits every player with its
 * marginal contribution when it joins; a player's estimate is the mean over the samples, with a 95 %
 * confidence half-width from the normal approximation (1.96 · sample standard deviation / √samples).
 *
 * <p>Coalition values come from an oracle, so that large games can plan only the coalitions the
 * samples visit. Each call memoizes the oracle's answers, so a coalition is asked for at most once per
 * call. The same seed and sample count give the same estimate. Stateless and thread-safe if the oracle
 * is.
 */
public final class SampledShapley {
    private static final double Z_95 = 1.959963984540054;

    private SampledShapley() {}

    /**
     * An estimated Shapley value.
     *
     * @param means each player's estimated Shapley value, in player order
     * @param halfWidths95 each player's 95 % confidence half-width: the true value lies in mean ± half
     *     width with about 95 % confidence
     * @param samples the number of permutations drawn
     */
    public record Estimate(List<Double> means, List<Double> halfWidths95, int samples) {
        public Estimate {
            means = List.copyOf(means);
            halfWidths95 = List.copyOf(halfWidths95);
            if (means.size() != halfWidths95.size()) {
                throw new IllegalArgumentException("An estimate needs one half-width per mean, not "
                        + halfWidths95.size() + " for " + means.size() + ".");
            }
        }
    }

    /**
     * Estimates the Shapley value of a game of {@code players} players.
     *
     * @param players number of players, 1 to 30; bit {@code i} of a coalition mask stands for player i
     * @param valueOfMask the value of a coalition given by its mask; must give 0 for mask 0
     * @param samples number of random permutations, at least 2
     * @param seed seed of the random permutations
     */
    public static Estimate estimate(int players, ToDoubleFunction<Integer> valueOfMask, int samples, long seed) {
        if (players < 1 || players > 30) {
            throw new IllegalArgumentException("Sampling needs 1 to 30 players, not " + players + ".");
        }
        if (samples < 2) {
            throw new IllegalArgumentException(
                    "Sampling needs at least 2 samples for a confidence interval, not " + samples + ".");
        }
        Map<Integer, Double> memo = new HashMap<>();
        ToDoubleFunction<Integer> value = mask -> memo.computeIfAbsent(mask, m -> valueOfMask.applyAsDouble(m));
        SplittableRandom random = new SplittableRandom(seed);
        double[] mean = new double[players];
        double[] sumSquares = new double[players]; // Welford's running sum of squared deviations
        int[] order = new int[players];
        for (int k = 1; k <= samples; k++) {
            for (int i = 0; i < players; i++) {
                order[i] = i;
            }
            for (int i = players - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            int mask = 0;
            double before = value.applyAsDouble(0);
            for (int player : order) {
                mask |= 1 << player;
                double after = value.applyAsDouble(mask);
                double marginal = after - before;
                before = after;
                double delta = marginal - mean[player];
                mean[player] += delta / k;
                sumSquares[player] += delta * (marginal - mean[player]);
            }
        }
        List<Double> means = new ArrayList<>(players);
        List<Double> halfWidths = new ArrayList<>(players);
        for (int i = 0; i < players; i++) {
            means.add(mean[i]);
            double variance = sumSquares[i] / (samples - 1);
            halfWidths.add(Z_95 * Math.sqrt(variance / samples));
        }
        return new Estimate(means, halfWidths, samples);
    }
}
