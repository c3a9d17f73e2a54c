package org.allianceplanner.engine.game;

import java.util.Arrays;

/**
 * Solves a gain-sharing LP whose rows are x(S) + c · extra ≥ v(S) − allowed for every proper coalition
 * S without writing the 2^n rows: it starts from the singletons and the (n−1)-player coalitions, and
 * after each solve scans all coalitions (one subset-sum pass, O(2^n)) for those the solution violates,
 * adds the most violated ones and solves again (a cutting-plane method). When no coalition is violated
 * by more than {@link #TOLERANCE}, the solution is feasible for the full LP and optimal, since the LP
 * with fewer rows has an objective at least as good. Not thread-safe (it drives one {@link GlopLp}).
 */
final class RowGeneration {
    /**
     * Most players for which the LPs are written with all their 2^n rows (so their results stay what
     * they were); above, the rows are generated.
     */
    static final int FULL_LP_MAX_PLAYERS = 12;
    /** Scaled violation below which a coalition counts as satisfied. */
    static final double TOLERANCE = 1e-9;
    /** Most coalitions added per round. */
    private static final int ROWS_PER_ROUND = 64;
    /** Rounds after which the method gives up; each round adds at least one new row. */
    private static final int MAX_ROUNDS = 20_000;

    private RowGeneration() {}

    /**
     * Solves {@code lp} (its objective and its other rows already set) with the coalition rows added
     * lazily, and returns its solution x.
     *
     * @param extraCoefficient c, the coefficient of the extra variable in each coalition row
     * @param allowed the excess each coalition may keep
     */
    static double[] solve(ScaledProfitGame game, GlopLp lp, double extraCoefficient, double allowed) {
        int n = game.players;
        boolean[] added = new boolean[game.grand + 1];
        added[0] = true;
        added[game.grand] = true;
        for (int i = 0; i < n && n > 1; i++) {
            add(game, lp, 1 << i, extraCoefficient, allowed, added);
            add(game, lp, game.grand ^ 1 << i, extraCoefficient, allowed, added);
        }
        double[] sums = new double[game.grand + 1];
        for (int round = 0; round < MAX_ROUNDS; round++) {
            lp.solveOptimal();
            double[] x = lp.solution();
            double extra = extraCoefficient == 0 ? 0 : extraCoefficient * lp.extra.solutionValue();
            ScaledProfitGame.coalitionSums(x, sums);
            int[] violated = mostViolated(game, sums, allowed + extra + TOLERANCE, added);
            if (violated.length == 0) {
                return x;
            }
            for (int mask : violated) {
                add(game, lp, mask, extraCoefficient, allowed, added);
            }
        }
        throw new IllegalStateException("The cutting-plane LP did not converge in " + MAX_ROUNDS
                + " rounds; the game's values may be too far apart in magnitude.");
    }

    private static void add(
            ScaledProfitGame game, GlopLp lp, int mask, double extraCoefficient, double allowed, boolean[] added) {
        if (!added[mask]) {
            lp.addCoalition(mask, extraCoefficient, game.value[mask] - allowed, Double.POSITIVE_INFINITY);
            added[mask] = true;
        }
    }

    /**
     * Up to {@link #ROWS_PER_ROUND} coalitions not yet added whose excess v(S) − x(S) exceeds
     * {@code threshold}, the largest first-found (a bounded min-heap keeps the largest).
     */
    private static int[] mostViolated(ScaledProfitGame game, double[] sums, double threshold, boolean[] added) {
        int[] heapMask = new int[ROWS_PER_ROUND];
        double[] heapExcess = new double[ROWS_PER_ROUND];
        int size = 0;
        for (int mask = 1; mask < game.grand; mask++) {
            double excess = game.value[mask] - sums[mask];
            if (excess <= threshold || added[mask]) {
                continue;
            }
            if (size < ROWS_PER_ROUND) {
                heapMask[size] = mask;
                heapExcess[size] = excess;
                siftUp(heapMask, heapExcess, size++);
            } else if (excess > heapExcess[0]) {
                heapMask[0] = mask;
                heapExcess[0] = excess;
                siftDown(heapMask, heapExcess, size);
            }
        }
        return Arrays.copyOf(heapMask, size);
    }

    private static void siftUp(int[] masks, double[] keys, int index) {
        while (index > 0) {
            int parent = (index - 1) / 2;
            if (keys[parent] <= keys[index]) {
                return;
            }
            swap(masks, keys, parent, index);
            index = parent;
        }
    }

    private static void siftDown(int[] masks, double[] keys, int size) {
        int index = 0;
        while (true) {
            int smallest = index;
            for (int child = 2 * index + 1; child <= 2 * index + 2 && child < size; child++) {
                if (keys[child] < keys[smallest]) {
                    smallest = child;
                }
            }
            if (smallest == index) {
                return;
            }
            swap(masks, keys, smallest, index);
            index = smallest;
        }
    }

    private static void swap(int[] masks, double[] keys, int a, int b) {
        int mask = masks[a];
        masks[a] = masks[b];
        masks[b] = mask;
        double key = keys[a];
        keys[a] = keys[b];
        keys[b] = key;
    }
}
