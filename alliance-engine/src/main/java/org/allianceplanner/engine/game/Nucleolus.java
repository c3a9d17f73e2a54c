package org.allianceplanner.engine.game;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Schmeidler's nucleolus over the imputations (x_i ≥ v(i), Σ x_i = v(N)) by the sequence of linear
 * programs (Kopelowitz 1967; Maschler, Peleg and Shapley 1979), on a scaled profit game.
 *
 * <p>LP k minimizes ε subject to x(S) + ε ≥ v(S) for every coalition S still free, and x(S) = v(S) − ε_j
 * for every coalition fixed at an earlier level j. Its optimum ε_k is the k-th largest excess of the
 * nucleolus. The classic mistake (Guajardo and Jörnsten 2015) is then to fix every coalition that is
 * tight at the solution the solver returned: when LP k has several optimal solutions, a coalition may
 * be tight at that one by accident but below ε_k at others, including the nucleolus; fixing it at ε_k
 * cuts the nucleolus off and later levels return a wrong point. So a coalition is fixed only when its
 * excess equals ε_k in <em>every</em> optimal solution: for each coalition tight at the returned
 * solution, a second LP minimizes its excess over the optimal face (ε held at ε_k); it is fixed only
 * if that minimum is still ε_k. At least one coalition always qualifies (if each could drop below ε_k
 * at some optimal solution, the average of those solutions would beat ε_k). Coalitions whose indicator
 * vector is in the span of the fixed ones (and N) have a determined excess and leave the free set. The
 * sequence ends when the fixed coalitions span R^n: x is then unique, and it is recomputed from those
 * n equations to remove the LP's round-off.
 */
final class Nucleolus {
    private Nucleolus() {}

    /**
     * The nucleolus of {@code game} in scaled profit units, or null when the game has no imputation
     * (Σ v(i) &gt; v(N)).
     */
    static double @Nullable [] of(ScaledProfitGame game) {
        int n = game.players;
        double tolerance = ScaledProfitGame.LP_TOLERANCE;
        if (game.standaloneSum() > game.value[game.grand] + tolerance) {
            return null;
        }
        Span span = new Span(n);
        span.add(game.grand, game.value[game.grand]);
        List<Integer> fixedMasks = new ArrayList<>();
        List<Double> fixedExcesses = new ArrayList<>();
        boolean[] free = new boolean[game.grand];
        Arrays.fill(free, 1, game.grand, true);
        double[] lowerBounds = new double[n];
        for (int i = 0; i < n; i++) {
            lowerBounds[i] = game.value[1 << i];
        }
        while (span.rank() < n) {
            try (GlopLp lp = new GlopLp("nucleolus level " + (fixedMasks.size() + 1), lowerBounds, "epsilon")) {
                lp.addCoalition(game.grand, 0, game.value[game.grand], game.value[game.grand]);
                for (int k = 0; k < fixedMasks.size(); k++) {
                    double target = game.value[fixedMasks.get(k)] - fixedExcesses.get(k);
                    lp.addCoalition(fixedMasks.get(k), 0, target, target);
                }
                for (int mask = 1; mask < game.grand; mask++) {
                    if (free[mask]) {
                        lp.addCoalition(mask, 1, game.value[mask], Double.POSITIVE_INFINITY);
                    }
                }
                lp.minimizeExtra();
                double epsilon = lp.solveOptimal();
                double[] x = lp.solution();
                // Hold ε at its optimum: the LP's feasible set is now the optimal face of level k.
                lp.extra.setBounds(epsilon, epsilon);
                List<Integer> newlyFixed = new ArrayList<>();
                int closestMask = -1;
                double closestExcess = Double.NEGATIVE_INFINITY;
                for (int mask = 1; mask < game.grand; mask++) {
                    if (!free[mask] || game.value[mask] - ScaledProfitGame.sum(x, mask) < epsilon - tolerance) {
                        continue;
                    }
                    lp.maximizeSum(mask);
                    double leastExcess = game.value[mask] - lp.solveOptimal();
                    if (leastExcess >= epsilon - tolerance) {
                        newlyFixed.add(mask);
                    } else if (leastExcess > closestExcess) {
                        closestExcess = leastExcess;
                        closestMask = mask;
                    }
                }
                if (newlyFixed.isEmpty()) {
                    // Only round-off can get here (see the class comment); the coalition closest to
                    // staying at ε_k is the one that does in exact arithmetic.
                    if (closestMask < 0) {
                        throw new IllegalStateException("The nucleolus LP at level " + (fixedMasks.size() + 1)
                                + " has no tight coalition at ε = " + epsilon + "; GLOP's answer is inconsistent.");
                    }
                    newlyFixed.add(closestMask);
                }
                for (int mask : newlyFixed) {
                    fixedMasks.add(mask);
                    fixedExcesses.add(epsilon);
                    free[mask] = false;
                    span.add(mask, game.value[mask] - epsilon);
                }
                for (int mask = 1; mask < game.grand; mask++) {
                    if (free[mask] && span.contains(mask)) {
                        free[mask] = false;
                    }
                }
            }
        }
        return span.solve();
    }

    /**
     * Linearly independent coalition equations x(S) = b_S, kept in row-echelon form for span tests and
     * kept as given for the final solve.
     */
    private static final class Span {
        private final int n;
        private final List<double[]> echelon = new ArrayList<>();
        private final List<Integer> pivots = new ArrayList<>();
        private final List<double[]> rows = new ArrayList<>();
        private final List<Double> rightHandSides = new ArrayList<>();

        Span(int n) {
            this.n = n;
        }

        int rank() {
            return echelon.size();
        }

        boolean contains(int mask) {
            return reduce(mask) == null;
        }

        /** Adds x(mask) = rightHandSide if mask is independent of the equations so far. */
        void add(int mask, double rightHandSide) {
            double[] reduced = reduce(mask);
            if (reduced == null) {
                return;
            }
            int pivot = 0;
            for (int j = 1; j < n; j++) {
                if (Math.abs(reduced[j]) > Math.abs(reduced[pivot])) {
                    pivot = j;
                }
            }
            echelon.add(reduced);
            pivots.add(pivot);
            rows.add(indicator(mask));
            rightHandSides.add(rightHandSide);
        }

        /** The vector of mask reduced by the echelon rows, or null when it is in their span. */
        private double @Nullable [] reduce(int mask) {
            double[] vector = indicator(mask);
            for (int k = 0; k < echelon.size(); k++) {
                double[] row = echelon.get(k);
                int pivot = pivots.get(k);
                double factor = vector[pivot] / row[pivot];
                if (factor != 0) {
                    for (int j = 0; j < n; j++) {
                        vector[j] -= factor * row[j];
                    }
                }
            }
            for (double entry : vector) {
                if (Math.abs(entry) > 1e-9) {
                    return vector;
                }
            }
            return null;
        }

        private double[] indicator(int mask) {
            double[] vector = new double[n];
            for (int i = 0; i < n; i++) {
                vector[i] = (mask & 1 << i) != 0 ? 1 : 0;
            }
            return vector;
        }

        /** The unique x of the n independent equations, by Gaussian elimination with partial pivoting. */
        double[] solve() {
            double[][] a = new double[n][];
            double[] b = new double[n];
            for (int k = 0; k < n; k++) {
                a[k] = rows.get(k).clone();
                b[k] = rightHandSides.get(k);
            }
            for (int col = 0; col < n; col++) {
                int best = col;
                for (int r = col + 1; r < n; r++) {
                    if (Math.abs(a[r][col]) > Math.abs(a[best][col])) {
                        best = r;
                    }
                }
                double[] swapRow = a[col];
                a[col] = a[best];
                a[best] = swapRow;
                double swapB = b[col];
                b[col] = b[best];
                b[best] = swapB;
                for (int r = col + 1; r < n; r++) {
                    double factor = a[r][col] / a[col][col];
                    if (factor != 0) {
                        for (int j = col; j < n; j++) {
                            a[r][j] -= factor * a[col][j];
                        }
                        b[r] -= factor * b[col];
                    }
                }
            }
            double[] x = new double[n];
            for (int r = n - 1; r >= 0; r--) {
                double total = b[r];
                for (int j = r + 1; j < n; j++) {
                    total -= a[r][j] * x[j];
                }
                x[r] = total / a[r][r];
            }
            return x;
        }
    }
}
