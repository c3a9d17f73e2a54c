package org.allianceplanner.engine.game;

import java.util.Arrays;

/**
 * The least-core value ε* = min ε s.t. x(S) ≥ v(S) − ε for every proper non-empty coalition S and
 * x(N) = v(N) (Maschler, Peleg and Shapley 1979), on a scaled profit game. Up to {@link
 * RowGeneration#FULL_LP_MAX_PLAYERS} players the LP has a row per coalition; above, its rows are generated
 * ({@link RowGeneration}) and ε* is the largest excess of the split found, at most {@link
 * RowGeneration#TOLERANCE} above the LP's optimum, so that some split always achieves it.
 */
final class LeastCore {
    private LeastCore() {}

    /** ε* in scaled units; 0 for a one-player game, which has no proper coalition. */
    static double value(ScaledProfitGame game) {
        if (game.players == 1) {
            return 0;
        }
        double[] free = new double[game.players];
        Arrays.fill(free, Double.NEGATIVE_INFINITY);
        try (GlopLp lp = new GlopLp("least core", free, "epsilon")) {
            lp.addCoalition(game.grand, 0, game.value[game.grand], game.value[game.grand]);
            if (game.players > RowGeneration.FULL_LP_MAX_PLAYERS) {
                lp.minimizeExtra();
                return game.maxExcess(RowGeneration.solve(game, lp, 1, 0));
            }
            for (int mask = 1; mask < game.grand; mask++) {
                lp.addCoalition(mask, 1, game.value[mask], Double.POSITIVE_INFINITY);
            }
            lp.minimizeExtra();
            return lp.solveOptimal();
        }
    }
}
