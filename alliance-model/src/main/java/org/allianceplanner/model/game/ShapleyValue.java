package org.allianceplanner.model.game;

import java.util.ArrayList;
import java.util.List;

/**
 * The exact Shapley value by the subset formula φ_i = Σ_{S ∌ i} |S|!(n−|S|−1)!/n! · (v(S ∪ {i}) − v(S)).
 * It reads every coalition once per player, so it is exact up to {@value #MAX_EXACT_PLAYERS} players;
 * beyond, use {@link SampledShapley}. Stateless and thread-safe.
 */
public final class ShapleyValue {
    /** Most players for which the exact value is computed (n · 2^n work). */
    public static final int MAX_EXACT_PLAYERS = 16;

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
        // weight[s] = s!(n-s-1)!/n!, built by ratios to stay exact in doubles for n <= 16
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
