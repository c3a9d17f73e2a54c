package org.allianceplanner.engine.game;

import java.util.Arrays;

/**
 * The equal-profit method of Frisk, Göthe-Lundgren, Jörnsten and Rönnqvist (2010, EJOR 205): minimize
 * f s.t. f ≥ x_i/v(i) − x_j/v(j) for every ordered pair i ≠ j, with x in the core, or in the least core
 * at ε* when the core is empty. Works on a scaled profit game; the ratio x_i/v(i) is the same in the
 * cost form (the negations cancel), where it equalizes the players' relative savings. Above {@link
 * RowGeneration#FULL_LP_MAX_PLAYERS} players the core rows are generated ({@link RowGeneration}) instead
 * of written all 2^n at once; the pair rows are always written (n(n−1) of them).
 */
final class EqualProfit {
    private EqualProfit() {}

    /**
     * The split in scaled profit units.
     *
     * @param allowedExcess the ε the coalitions may keep: 0 when the core is non-empty, ε* otherwise
     */
    static double[] of(ScaledProfitGame game, double allowedExcess) {
        int n = game.players;
        double[] free = new double[n];
        Arrays.fill(free, Double.NEGATIVE_INFINITY);
        try (GlopLp lp = new GlopLp("equal-profit", free, "spread")) {
            lp.addCoalition(game.grand, 0, game.value[game.grand], game.value[game.grand]);
            boolean generated = n > RowGeneration.FULL_LP_MAX_PLAYERS;
            for (int mask = 1; mask < game.grand && !generated; mask++) {
                lp.addCoalition(mask, 0, game.value[mask] - allowedExcess, Double.POSITIVE_INFINITY);
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (i != j) {
                        // spread − x_i/v(i) + x_j/v(j) ≥ 0
                        var row = lp.solver.makeConstraint(0, Double.POSITIVE_INFINITY);
                        row.setCoefficient(lp.extra, 1);
                        row.setCoefficient(lp.x[i], -1 / game.value[1 << i]);
                        row.setCoefficient(lp.x[j], 1 / game.value[1 << j]);
                    }
                }
            }
            // The spread is never negative (each pair bounds it both ways); the bound keeps a one-player
            // game, which has no pair, bounded.
            lp.extra.setLb(0);
            lp.minimizeExtra();
            if (generated) {
                return RowGeneration.solve(game, lp, 0, allowedExcess);
            }
            lp.solveOptimal();
            return lp.solution();
        }
    }
}
