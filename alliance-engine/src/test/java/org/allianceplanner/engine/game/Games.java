package org.allianceplanner.engine.game;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.allianceplanner.model.game.CooperativeGame;
import org.allianceplanner.model.game.GameKind;

/** Games for the tests, written as the literature writes them. */
final class Games {
    private Games() {}

    /**
     * The game whose non-empty coalitions' values are given in the literature's lexicographic order:
     * by size, then lexicographically, e.g. {1},{2},{3},{1,2},{1,3},{2,3},{1,2,3}. That is not mask order
     * ({1,2} is mask 3, before {3}, mask 4). Players are named P1, P2, …
     */
    static CooperativeGame lexicographic(GameKind kind, double... values) {
        int n = 0;
        while ((1 << n) - 1 < values.length) {
            n++;
        }
        if ((1 << n) - 1 != values.length) {
            throw new IllegalArgumentException(values.length + " values do not make a game.");
        }
        List<Double> byMask = new ArrayList<>();
        for (int mask = 0; mask < 1 << n; mask++) {
            byMask.add(0.0);
        }
        List<Integer> order = lexicographicMasks(n);
        for (int k = 0; k < values.length; k++) {
            byMask.set(order.get(k), values[k]);
        }
        List<String> players = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            players.add("P" + i);
        }
        return new CooperativeGame(kind, players, byMask);
    }

    /** The non-empty coalitions of n players in lexicographic order, as masks. */
    static List<Integer> lexicographicMasks(int n) {
        List<Integer> masks = new ArrayList<>();
        for (int size = 1; size <= n; size++) {
            addCombinations(n, size, 0, 0, masks);
        }
        return masks;
    }

    private static void addCombinations(int n, int left, int from, int mask, List<Integer> masks) {
        if (left == 0) {
            masks.add(mask);
            return;
        }
        for (int i = from; i < n; i++) {
            addCombinations(n, left - 1, i + 1, mask | 1 << i, masks);
        }
    }

    /** A game from values by mask (index 0 ignored and set to 0). */
    static CooperativeGame ofMasks(GameKind kind, double[] byMask) {
        int n = Integer.numberOfTrailingZeros(byMask.length);
        List<Double> values = new ArrayList<>();
        for (int mask = 0; mask < byMask.length; mask++) {
            values.add(mask == 0 ? 0.0 : byMask[mask]);
        }
        List<String> players = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            players.add("P" + i);
        }
        return new CooperativeGame(kind, players, values);
    }

    /**
     * A random profit game of n players: integer standalone values in 0..20 plus an integer synergy in
     * 0..8·(|S|−1) per coalition, so that the imputation set is mostly non-empty but the core often is.
     */
    static double[] randomProfitValues(int n, Random random) {
        double[] v = new double[1 << n];
        for (int mask = 1; mask < 1 << n; mask++) {
            int size = Integer.bitCount(mask);
            if (size == 1) {
                v[mask] = random.nextInt(21);
            } else {
                double standalone = 0;
                for (int i = 0; i < n; i++) {
                    if ((mask & 1 << i) != 0) {
                        standalone += v[1 << i];
                    }
                }
                v[mask] = standalone + random.nextInt(8 * (size - 1) + 1);
            }
        }
        return v;
    }
}
