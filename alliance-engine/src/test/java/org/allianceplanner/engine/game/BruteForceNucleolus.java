package org.allianceplanner.engine.game;

import java.util.Arrays;
import org.allianceplanner.model.game.CooperativeGame;

/**
 * The nucleolus of a 3-player profit game by its definition, independently of any LP: the imputation
 * on a grid whose excess vector, sorted from the largest, is lexicographically smallest.
 */
final class BruteForceNucleolus {
    private BruteForceNucleolus() {}

    /** The best imputation on a grid of {@code steps} steps of the surplus v(N) − Σ v(i) per axis. */
    static double[] ofThreePlayers(CooperativeGame game, int steps) {
        double v1 = game.value(1);
        double v2 = game.value(2);
        double v3 = game.value(4);
        double surplus = game.value(7) - v1 - v2 - v3;
        double step = surplus / steps;
        double[] best = null;
        double[] bestExcesses = null;
        for (int i = 0; i <= steps; i++) {
            for (int j = 0; i + j <= steps; j++) {
                double[] x = {v1 + i * step, v2 + j * step, v3 + (steps - i - j) * step};
                double[] excesses = new double[6];
                for (int mask = 1; mask < 7; mask++) {
                    excesses[mask - 1] = game.value(mask) - ScaledProfitGame.sum(x, mask);
                }
                Arrays.sort(excesses);
                if (bestExcesses == null || lexicographicallyBelow(excesses, bestExcesses)) {
                    best = x;
                    bestExcesses = excesses;
                }
            }
        }
        return best;
    }

    /** a &lt; b comparing from the largest entry (both sorted ascending). */
    private static boolean lexicographicallyBelow(double[] a, double[] b) {
        for (int k = a.length - 1; k >= 0; k--) {
            if (a[k] < b[k] - 1e-12) {
                return true;
            }
            if (a[k] > b[k] + 1e-12) {
                return false;
            }
        }
        return false;
    }
}
