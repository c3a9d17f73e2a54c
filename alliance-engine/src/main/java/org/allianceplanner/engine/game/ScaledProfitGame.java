package org.allianceplanner.engine.game;

import org.allianceplanner.model.game.CooperativeGame;
import org.allianceplanner.model.game.GameKind;

/**
 * A game in the form every LP here works on: profits (a cost game negated), divided by the largest
 * |value| so that the LPs see numbers of order 1 whatever the currency. {@link #toGame} maps a split
 * back to the game's own units and sign.
 */
final class ScaledProfitGame {
    /** Tolerance on scaled values: LP answers closer than this are equal. */
    static final double LP_TOLERANCE = 1e-7;

    final int players;
    final int grand;
    /** Scaled profit-form value by coalition mask. */
    final double[] value;
    /** +1 for a profit game, −1 for a cost game. */
    final double sign;
    /** The largest |value| of the game, or 1 when all values are 0. */
    final double scale;

    ScaledProfitGame(CooperativeGame game) {
        players = game.size();
        grand = game.grandMask();
        sign = game.kind() == GameKind.COST ? -1 : 1;
        double largest = 0;
        for (double v : game.values()) {
            largest = Math.max(largest, Math.abs(v));
        }
        scale = largest > 0 ? largest : 1;
        value = new double[grand + 1];
        for (int mask = 0; mask <= grand; mask++) {
            value[mask] = sign * game.value(mask) / scale;
        }
    }

    /** Σ_{i ∈ mask} x_i. */
    static double sum(double[] x, int mask) {
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            if ((mask & 1 << i) != 0) {
                total += x[i];
            }
        }
        return total;
    }

    /**
     * Fills {@code sums[mask]} with Σ_{i ∈ mask} x_i for every mask below {@code sums.length}, in one
     * pass: a coalition's sum is the sum without its highest player plus that player's x. The terms are
     * added in player order, as {@link #sum} adds them, so each sum is the same double.
     */
    static void coalitionSums(double[] x, double[] sums) {
        sums[0] = 0;
        for (int mask = 1; mask < sums.length; mask++) {
            int highest = 31 - Integer.numberOfLeadingZeros(mask);
            sums[mask] = sums[mask ^ 1 << highest] + x[highest];
        }
    }

    /** The largest excess v(S) − x(S) over the proper non-empty coalitions S, in one O(2^n) pass. */
    double maxExcess(double[] x) {
        double[] sums = new double[grand + 1];
        coalitionSums(x, sums);
        double largest = Double.NEGATIVE_INFINITY;
        for (int mask = 1; mask < grand; mask++) {
            largest = Math.max(largest, value[mask] - sums[mask]);
        }
        return largest;
    }

    /** Σ_i v({i}). */
    double standaloneSum() {
        double total = 0;
        for (int i = 0; i < players; i++) {
            total += value[1 << i];
        }
        return total;
    }

    /** A split of this scaled profit game in the original game's units and sign. */
    double[] toGame(double[] x) {
        double[] back = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            back[i] = sign * x[i] * scale;
        }
        return back;
    }

    /** A scaled excess or ε back in the original game's units (an excess keeps its sign). */
    double excessToGame(double excess) {
        return excess * scale;
    }
}
