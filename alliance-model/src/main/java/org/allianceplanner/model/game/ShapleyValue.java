package org.allianceplanner.model.game;

import java.util.ArrayList;
import java.util.List;

/**
 * The exact Shapley value by the subset formula φ_i = Σ_{S ∌ i} |S|!(n−|S|−1)!/n! · (v(S ∪ {i}) − v(S)).
 * It reads every coalition once per player (n · 2^n work: about 20 million terms, well under a second,
 * at {@value #MAX_EXACT_PLAYERS} players, the most a {@link CooperativeGame} holds); for a coalition
 * function too costly to evaluate on every coalition, estimate it by sampling orders
 * ({@code engine.game.SampledShapley}). Stateless and thread-safe.
 */
public final class ShapleyValue {
    /** Most players for which the exact value is computed: every game's (n · 2^n work). */
    public static final int MAX_EXACT_PLAYERS = CooperativeGame.MAX_PLAYERS;

    private ShapleyValue() {}

    /**
     * Each player's Shapley value, in the game's player order, in the game's units (a cost game's
     * values are costs).
     *
     * @throws IllegalArgumentException when the game has more than {@value #MAX_EXACT_PLAYERS} players
     */
    public static List<Double> exact(CooperativeGame game) {
        int n = game.size();
        if (n > MAX_EXACT_PLAYERS) {
            throw new IllegalArgumentException("The exact Shapley value is limited to " + MAX_EXACT_PLAYERS
                    + " players; this game has " + n + ". Maybe estimate it with SampledShapley.estimate.");
        }
        // weight[s] = s!(n-s-1)!/n!, built by ratios (a relative error of a few ulps for n <= 20)
        double[] weight = new double[n];
        weight[0] = 1.0 / n;
        for (int s = 1; s < n; s++) {
            weight[s] = weight[s - 1] * s / (n - s);
        }
        double[] phi = new double[n];
        int grand = game.grandMask();
        for (int mask = 0; mask < grand; mask++) {
            double without = game.value(mask);
            double w = weight[Integer.bitCount(mask)];
            for (int i = 0; i < n; i++) {
                int bit = 1 << i;
                if ((mask & bit) == 0) {
                    phi[i] += w * (game.value(mask | bit) - without);
                }
            }
        }
        List<Double> values = new ArrayList<>(n);
        for (double value : phi) {
            values.add(value);
        }
        return values;
    }
}
