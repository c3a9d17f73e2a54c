package org.allianceplanner.engine.footprint;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.allianceplanner.engine.solver.Elapsed;
import org.allianceplanner.engine.solver.OrTools;
import org.allianceplanner.model.plant.LineStatus;
import org.allianceplanner.model.plant.Plant;
import org.allianceplanner.model.plant.PlatformLine;
import org.jspecify.annotations.Nullable;

/**
 * Solves the footprint model's linear programs over all routes without building a variable per
 * route: column generation. The second translator of the lever (with {@link FootprintModel}); no
 * OR-Tools type leaves it.
 *
 * <h2>The linear programs</h2>
 *
 * The <em>relaxation</em> is {@link FootprintModel}'s model with o and z continuous in [0, 1] and without
 * the linking rows x ≤ D·z, exactly the relaxation {@code FootprintModel.solveRounded} solves; the
 * <em>flows</em> program has o and z fixed to a plan's decisions. Two reformulations keep their optimum
 * and shrink them:
 *
 * <ul>
 *   <li>The dealer channels of a demand row that charge the same commission become one
 *       <em>tranche</em> of their summed reach, and the most expensive tranches are cut so the tranches
 *       together reach at most the demand. Sales then need one balance row per demand row, Σ_r x_r =
 *       Σ_j t_j, and no served row: for any volume the cheapest way to sell it fills the tranches in
 *       order of commission, as the channels would.
 *   <li>x_r ≤ min(D_d, capacity of its plant, capacity of its line, reach), bounds the rows imply.
 * </ul>
 *
 * <h2>Pricing</h2>
 *
 * The restricted program holds every plant and line row, every o and z, and, for the demand rows
 * generated so far, their balance row, tranches and generated routes: at first the rows most likely to
 * sell, each with its most profitable routes. After each solve (GLOP; OR-Tools 9.15's HiGHS interface
 * returns row activities where duals belong) every route is priced with the duals — plant π_p ≥ 0,
 * line λ_l ≥ 0, balance β_d (the cheapest commission for a row not yet in the program) — at reduced
 * cost margin_r − π_p − λ_l − β_d, and the best routes of each demand row with a positive reduced cost
 * join. When none is left the restricted optimum is the optimum over all routes.
 *
 * <p>The bound does not rest on that stopping rule or on the solver's tolerances: every round computes
 * the Lagrangian value of the plant, line and z ≤ o duals (signs clamped to what the rows require)
 * with each demand row's own constraints kept: offset + Σ rhs·y + the o and z terms + Σ_d the most row
 * d earns selling through its tranches from routes worth margin − π − λ (a greedy fill). Any such
 * duals give an upper bound on the linear program, hence on the mixed-integer optimum; the smallest
 * one seen is reported, so a run the time limit stops still proves a bound.
 */
final class RoutePricing {
    private static final System.Logger LOG = System.getLogger(RoutePricing.class.getName());
    /** Routes each demand row starts with, the most profitable first. */
    private static final int ROUTES_TO_START = 2;
    /** Routes each demand row may gain per round. */
    private static final int ROUTES_PER_ROUND = 2;
    /** A reduced cost below this (base currency per vehicle) is solver noise. */
    private static final double PRICE_TOLERANCE = 1e-6;

    private final FootprintData data;
    private final int[] trancheStart;
    private final double[] trancheCommission;
    private final double[] trancheCapacity;
    /** Most vehicles a demand row can sell: Σ of its tranches. */
    private final double[] reach;

    private final double[] plantCapacity;
    private final double[] lineCapacity;

    RoutePricing(FootprintData data) {
        this.data = data;
        plantCapacity =
                data.plants.stream().mapToDouble(Plant::capacityUnitsPerYear).toArray();
        lineCapacity = data.lines.stream()
                .mapToDouble(PlatformLine::capacityUnitsPerYear)
                .toArray();
        int rows = data.demands.size();
        trancheStart = new int[rows + 1];
        List<double[]> tranches = new ArrayList<>();
        reach = new double[rows];
        for (int d = 0; d < rows; d++) {
            trancheStart[d] = tranches.size();
            double demand = data.demands.get(d).unitsPerYear();
            Integer[] channels = new Integer[data.channelStart[d + 1] - data.channelStart[d]];
            for (int i = 0; i < channels.length; i++) {
                channels[i] = data.channelStart[d] + i;
            }
            Arrays.sort(channels, (a, b) -> Double.compare(data.channelCommission[a], data.channelCommission[b]));
            double left = demand;
            int i = 0;
            while (i < channels.length && left > 0) {
                double commission = data.channelCommission[channels[i]];
                double capacity = 0;
                while (i < channels.length && data.channelCommission[channels[i]] == commission) {
                    capacity += data.channelShare[channels[i]] * demand;
                    i++;
                }
                capacity = Math.min(capacity, left);
                left -= capacity;
                tranches.add(new double[] {commission, capacity});
            }
            reach[d] = demand - left;
        }
        trancheStart[rows] = tranches.size();
        trancheCommission = new double[tranches.size()];
        trancheCapacity = new double[tranches.size()];
        for (int j = 0; j < tranches.size(); j++) {
            trancheCommission[j] = tranches.get(j)[0];
            trancheCapacity[j] = tranches.get(j)[1];
        }
    }

    /**
     * What one run of column generation ended with.
     *
     * @param solution the restricted program's optimum as a plan: flows, sales per channel and, for the
     *     relaxation, every plant and line with any flow or a positive o or z switched on (so the plan is
     *     feasible); {@code null} when the time limit stopped the first solve
     * @param objective the restricted program's optimum (for the relaxation not a plan's profit)
     * @param bound the smallest Lagrangian upper bound seen on the program over all routes
     * @param converged true when no route with a positive reduced cost was left (objective = optimum)
     *     or the bound came within the requested tolerance of the objective
     * @param rounds restricted programs solved
     * @param generated every route the restricted program held
     * @param plantDuals shadow price of each plant's capacity in the last round (flows program)
     * @param lineDuals shadow price of each line's capacity in the last round (flows program)
     * @param seconds wall-clock time of the run
     */
    record Result(
            FootprintModel.@Nullable Solution solution,
            double objective,
            double bound,
            boolean converged,
            int rounds,
            BitSet generated,
            double[] plantDuals,
            double[] lineDuals,
            double seconds) {}

    /**
     * The optimum of the linear relaxation over all routes: prices until no route with a positive
     * reduced cost is left or {@code deadlineNanos} ({@link System#nanoTime}) passes.
     */
    Result solveRelaxation(long deadlineNanos) {
        try (Run run = new Run(null)) {
            run.addStartColumns(new BitSet());
            return run.iterate(deadlineNanos, 0);
        }
    }

    /** The relaxation and, when it found a solution, the best flows for the plants and lines it uses. */
    record Rounding(Result relaxation, @Nullable Result flows) {}

    /**
     * The linear relaxation over all routes, then the best flows over all routes for the plants and
     * lines the relaxation uses: o and z are fixed in the same program, so the simplex goes on from the
     * relaxation's basis. Each phase stops once its Lagrangian bound is within {@code closeEnough}
     * (relative) of its restricted optimum, or at {@code deadlineNanos}.
     */
    Rounding solveRounded(long deadlineNanos, double closeEnough) {
        try (Run run = new Run(null)) {
            run.addStartColumns(new BitSet());
            Result relaxation = run.iterate(deadlineNanos, closeEnough);
            FootprintModel.Solution solution = relaxation.solution();
            if (solution == null || System.nanoTime() >= deadlineNanos) {
                return new Rounding(relaxation, null);
            }
            run.fix(solution.decisions());
            return new Rounding(relaxation, run.iterate(deadlineNanos, closeEnough));
        }
    }

    /**
     * The best flows over all routes for fixed {@code decisions}, starting from the usable routes of
     * {@code start}.
     */
    Result solveFlows(FootprintModel.Decisions decisions, BitSet start, long deadlineNanos) {
        try (Run run = new Run(decisions)) {
            run.addStartColumns(start);
            return run.iterate(deadlineNanos, 0);
        }
    }

    /** One restricted program in one GLOP solver, grown by pricing. */
    private final class Run implements AutoCloseable {
        private FootprintModel.@Nullable Decisions fixed;
        private final int plants = data.plants.size();
        private final int lines = data.lines.size();
        private final int rows = data.demands.size();

        private final @Nullable MPVariable[] open = new MPVariable[plants];
        private final @Nullable MPVariable[] lineOn = new MPVariable[lines];
        private final MPConstraint[] plantRows = new MPConstraint[plants];
        private final MPConstraint[] lineRows = new MPConstraint[lines];
        /** Row z_l ≤ o_p of line l, when both are variables. */
        private final @Nullable MPConstraint[] lineInOpenPlant = new MPConstraint[lines];

        private final @Nullable MPConstraint[] balance = new MPConstraint[rows];
        private final double[] openLower = new double[plants];
        private final double[] openUpper = new double[plants];
        private final double[] lineLower = new double[lines];
        private final double[] lineUpper = new double[lines];
        private final double[] plantRhs = new double[plants];
        private final double[] lineRhs = new double[lines];
        private double offset;

        private final BitSet generated = new BitSet();
        private final List<MPVariable> columns = new ArrayList<>();
        private final IntList columnRoute = new IntList();

        private final MPSolver solver;

        Run(FootprintModel.@Nullable Decisions fixed) {
            OrTools.load();
            this.fixed = fixed;
            solver = MPSolver.createSolver("GLOP");
            build();
        }

        @Override
        public void close() {
            solver.delete();
        }

        /** Fixes o and z to {@code decisions}: from now on the program is the flows program. */
        void fix(FootprintModel.Decisions decisions) {
            fixed = decisions;
            for (int p = 0; p < plants; p++) {
                MPVariable o = open[p];
                if (o != null) {
                    double value = decisions.open()[p] ? 1 : 0;
                    o.setBounds(value, value);
                    openLower[p] = value;
                    openUpper[p] = value;
                }
            }
            for (int l = 0; l < lines; l++) {
                MPVariable z = lineOn[l];
                if (z != null) {
                    double value = decisions.lineOn()[l] ? 1 : 0;
                    z.setBounds(value, value);
                    lineLower[l] = value;
                    lineUpper[l] = value;
                }
            }
        }

        /**
         * Solves and prices until no route enters, the best bound is within {@code closeEnough}
         * (relative) of the restricted optimum, or the deadline passes.
         */
        Result iterate(long deadlineNanos, double closeEnough) {
            long started = System.nanoTime();
            double[] pi = new double[plants];
            double[] lambda = new double[lines];
            double[] theta = new double[lines];
            double[] beta = new double[rows];
            double bound = Double.POSITIVE_INFINITY;
            double objective = Double.NaN;
            FootprintModel.Solution solution = null;
            boolean converged = false;
            int rounds = 0;
            while (true) {
                long solveStart = System.nanoTime();
                if (solveStart >= deadlineNanos) {
                    break;
                }
                MPSolver.ResultStatus status =
                        FootprintModel.solveBefore(solver, deadlineNanos, "A restricted footprint linear program");
                if (status == null) {
                    // The time limit stopped this round; the last round's plan and bound stand.
                    break;
                }
                if (status != MPSolver.ResultStatus.OPTIMAL) {
                    throw new IllegalStateException("A restricted footprint linear program ended " + status
                            + "; this is a bug: please report it with the scenario.");
                }
                rounds++;
                objective = solver.objective().value();
                solution = read();
                for (int p = 0; p < plants; p++) {
                    pi[p] = Math.max(0, plantRows[p].dualValue());
                }
                for (int l = 0; l < lines; l++) {
                    lambda[l] = Math.max(0, lineRows[l].dualValue());
                    MPConstraint row = lineInOpenPlant[l];
                    theta[l] = row == null ? 0 : Math.max(0, row.dualValue());
                }
                for (int d = 0; d < rows; d++) {
                    MPConstraint row = balance[d];
                    beta[d] = row != null ? row.dualValue() : eligible(d) ? cheapestCommission(d) : 0;
                }
                long pricingStart = System.nanoTime();
                IntList entering = new IntList();
                double lagrangian = price(pi, lambda, theta, beta, entering);
                bound = Math.min(bound, lagrangian);
                long round = rounds;
                double restricted = objective;
                double solveSeconds = (pricingStart - solveStart) / 1e9;
                double pricingSeconds = Elapsed.secondsSince(pricingStart);
                LOG.log(
                        System.Logger.Level.DEBUG,
                        () -> String.format(
                                Locale.ROOT,
                                "%s round %d: %,d routes, LP %.6e, Lagrangian bound %.6e, %,d enter;"
                                        + " solve %.1f s, pricing %.1f s",
                                fixed == null ? "relaxation" : "flows",
                                round,
                                columns.size(),
                                restricted,
                                lagrangian,
                                entering.size(),
                                solveSeconds,
                                pricingSeconds));
                if (entering.size() == 0 || bound - objective <= closeEnough * Math.max(1, Math.abs(objective))) {
                    converged = true;
                    break;
                }
                for (int i = 0; i < entering.size(); i++) {
                    addColumn(entering.get(i));
                }
            }
            return new Result(
                    solution,
                    objective,
                    bound == Double.POSITIVE_INFINITY ? Double.NaN : bound,
                    converged,
                    rounds,
                    generated,
                    pi,
                    lambda,
                    Elapsed.secondsSince(started));
        }

        private void build() {
            // Warm starts need the basis of the last solve, which presolve would lose.
            // Dual simplex from the last basis: new columns and fixed bounds keep it close to optimal.
            solver.setSolverSpecificParametersAsString("use_preprocessing: false use_dual_simplex: true");
            MPObjective objective = solver.objective();
            objective.setMaximization();
            offset = 0;
            for (int p = 0; p < plants; p++) {
                double capacity = plantCapacity[p];
                if (fixed == null && data.plants.get(p).closureAllowed()) {
                    open[p] = solver.makeNumVar(0, 1, "o" + p);
                    openUpper[p] = 1;
                    objective.setCoefficient(open[p], data.plantClosureAnnual[p] - data.plantFixed[p]);
                    offset -= data.plantClosureAnnual[p];
                    plantRows[p] = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "plant" + p);
                    plantRows[p].setCoefficient(open[p], -capacity);
                } else {
                    boolean isOpen = fixed == null || fixed.open()[p];
                    offset -= isOpen ? data.plantFixed[p] : data.plantClosureAnnual[p];
                    plantRhs[p] = isOpen ? capacity : 0;
                    plantRows[p] = solver.makeConstraint(Double.NEGATIVE_INFINITY, plantRhs[p], "plant" + p);
                }
            }
            for (int l = 0; l < lines; l++) {
                double capacity = lineCapacity[l];
                double cost = data.lineFixed[l] + data.lineInstallationAnnual[l];
                boolean free = cost == 0 && data.lines.get(l).status() == LineStatus.EXISTING;
                if (fixed != null) {
                    offset -= fixed.lineOn()[l] ? cost : 0;
                    lineRhs[l] = fixed.lineOn()[l] ? capacity : 0;
                    lineRows[l] = solver.makeConstraint(Double.NEGATIVE_INFINITY, lineRhs[l], "line" + l);
                } else if (free) {
                    lineRhs[l] = capacity;
                    lineRows[l] = solver.makeConstraint(Double.NEGATIVE_INFINITY, capacity, "line" + l);
                } else {
                    lineOn[l] = solver.makeNumVar(0, 1, "z" + l);
                    lineUpper[l] = 1;
                    objective.setCoefficient(lineOn[l], -cost);
                    lineRows[l] = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "line" + l);
                    lineRows[l].setCoefficient(lineOn[l], -capacity);
                    MPVariable plantOpen = open[data.linePlant[l]];
                    if (plantOpen != null) {
                        lineInOpenPlant[l] = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
                        lineInOpenPlant[l].setCoefficient(lineOn[l], 1);
                        lineInOpenPlant[l].setCoefficient(plantOpen, -1);
                    }
                }
            }
            objective.setOffset(offset);
        }

        /** Demand row d can sell: it has a route and dealers that reach its market. */
        private boolean eligible(int d) {
            return reach[d] > 0 && data.routeStart[d] < data.routeStart[d + 1];
        }

        /** Adds row d's balance row and sales tranches. */
        private void activate(int d) {
            MPConstraint row = solver.makeConstraint(0, 0);
            balance[d] = row;
            for (int j = trancheStart[d]; j < trancheStart[d + 1]; j++) {
                MPVariable sales = solver.makeNumVar(0, trancheCapacity[j], "");
                solver.objective().setCoefficient(sales, -trancheCommission[j]);
                row.setCoefficient(sales, -1);
            }
        }

        /**
         * Adds the usable routes of {@code start}, the routes of a greedy plan, then the rows most likely
         * to sell, each with its most profitable routes: rows by their best margin, until they could
         * fill twice the capacity. Other
         * rows join when pricing finds them worth it; until then their balance dual is taken as the
         * cheapest commission, at which selling nothing is optimal for a row no route pays in.
         */
        void addStartColumns(BitSet start) {
            for (int r = start.nextSetBit(0); r >= 0; r = start.nextSetBit(r + 1)) {
                if (usable(r)) {
                    addColumn(r);
                }
            }
            double capacity = 0;
            for (int p = 0; p < plants; p++) {
                capacity += fixed == null || fixed.open()[p] ? plantCapacity[p] : 0;
            }
            List<Integer> candidates = new ArrayList<>();
            double[] bestMargin = new double[rows];
            for (int d = 0; d < rows; d++) {
                bestMargin[d] = Double.NEGATIVE_INFINITY;
                if (!eligible(d)) {
                    continue;
                }
                for (int r = data.routeStart[d]; r < data.routeStart[d + 1]; r++) {
                    if (usable(r)) {
                        bestMargin[d] = Math.max(bestMargin[d], data.routeMargin(d, r) - cheapestCommission(d));
                    }
                }
                if (bestMargin[d] > 0) {
                    candidates.add(d);
                }
            }
            candidates.sort((a, b) -> Double.compare(bestMargin[b], bestMargin[a]));
            // A greedy plan, best rows first on their best routes with room left, gives the first
            // program the routes that fill the capacity and so duals close to the final ones.
            double[] plantLeft = new double[plants];
            for (int p = 0; p < plants; p++) {
                plantLeft[p] = fixed == null || fixed.open()[p] ? plantCapacity[p] : 0;
            }
            double[] lineLeft = lineCapacity.clone();
            for (int d : candidates) {
                double left = reach[d];
                while (left > 0) {
                    int pick = -1;
                    for (int r = data.routeStart[d]; r < data.routeStart[d + 1]; r++) {
                        if (usable(r)
                                && plantLeft[data.routePlant[r]] > 0
                                && lineLeft[data.routeLine[r]] > 0
                                && (pick < 0 || data.routeMargin(d, r) > data.routeMargin(d, pick))) {
                            pick = r;
                        }
                    }
                    if (pick < 0) {
                        break;
                    }
                    double units =
                            Math.min(left, Math.min(plantLeft[data.routePlant[pick]], lineLeft[data.routeLine[pick]]));
                    plantLeft[data.routePlant[pick]] -= units;
                    lineLeft[data.routeLine[pick]] -= units;
                    left -= units;
                    addColumn(pick);
                }
            }
            int[] best = new int[ROUTES_TO_START];
            double[] bestValue = new double[ROUTES_TO_START];
            double reached = 0;
            for (int d : candidates) {
                if (reached >= 2 * capacity) {
                    break;
                }
                reached += reach[d];
                int found = 0;
                for (int r = data.routeStart[d]; r < data.routeStart[d + 1]; r++) {
                    if (usable(r) && !generated.get(r)) {
                        found = insert(best, bestValue, found, r, data.routeMargin(d, r));
                    }
                }
                for (int i = 0; i < found; i++) {
                    addColumn(best[i]);
                }
            }
        }

        private boolean usable(int r) {
            return fixed == null || (fixed.open()[data.routePlant[r]] && fixed.lineOn()[data.routeLine[r]]);
        }

        private double upper(int d, int r) {
            return Math.min(reach[d], Math.min(plantCapacity[data.routePlant[r]], lineCapacity[data.routeLine[r]]));
        }

        private int demandOf(int r) {
            int d = Arrays.binarySearch(data.routeStart, r);
            if (d < 0) {
                return -d - 2;
            }
            while (d + 1 < data.routeStart.length && data.routeStart[d + 1] == r) {
                d++;
            }
            return d;
        }

        private void addColumn(int r) {
            if (generated.get(r)) {
                return;
            }
            int d = demandOf(r);
            if (!eligible(d)) {
                return;
            }
            if (balance[d] == null) {
                activate(d);
            }
            MPConstraint row = balance[d];
            generated.set(r);
            MPVariable x = solver.makeNumVar(0, upper(d, r), "");
            solver.objective().setCoefficient(x, data.routeMargin(d, r));
            row.setCoefficient(x, 1);
            plantRows[data.routePlant[r]].setCoefficient(x, 1);
            lineRows[data.routeLine[r]].setCoefficient(x, 1);
            columns.add(x);
            columnRoute.add(r);
        }

        /**
         * Prices every route; puts the best few of each row with a positive reduced cost in {@code
         * entering} and returns the Lagrangian bound of these duals over all variables.
         */
        private double price(double[] pi, double[] lambda, double[] theta, double[] beta, IntList entering) {
            double bound = offset;
            // o_p's reduced cost: (closure − fixed) + capacity·π_p + Σ θ_l over its lines (rows z_l − o_p ≤ 0).
            double[] openReduced = new double[plants];
            for (int l = 0; l < lines; l++) {
                bound += lineRhs[l] * lambda[l];
                if (lineOn[l] != null) {
                    double cost = data.lineFixed[l] + data.lineInstallationAnnual[l];
                    double reduced = -cost + lineCapacity[l] * lambda[l] - theta[l];
                    bound += Math.max(lineLower[l] * reduced, lineUpper[l] * reduced);
                    openReduced[data.linePlant[l]] += theta[l];
                }
            }
            for (int p = 0; p < plants; p++) {
                bound += plantRhs[p] * pi[p];
                if (open[p] != null) {
                    openReduced[p] += data.plantClosureAnnual[p] - data.plantFixed[p] + plantCapacity[p] * pi[p];
                    bound += Math.max(openLower[p] * openReduced[p], openUpper[p] * openReduced[p]);
                }
            }
            int[] best = new int[ROUTES_PER_ROUND];
            double[] bestValue = new double[ROUTES_PER_ROUND];
            int widest = 0;
            for (int d = 0; d < rows; d++) {
                widest = Math.max(widest, data.routeStart[d + 1] - data.routeStart[d]);
            }
            double[] value = new double[widest];
            double[] room = new double[widest];
            for (int d = 0; d < rows; d++) {
                if (!eligible(d)) {
                    continue;
                }
                double cheapest = cheapestCommission(d);
                int found = 0;
                int worth = 0;
                for (int r = data.routeStart[d]; r < data.routeStart[d + 1]; r++) {
                    if (!usable(r)) {
                        continue;
                    }
                    double net = data.routeMargin(d, r) - pi[data.routePlant[r]] - lambda[data.routeLine[r]];
                    double reduced = net - beta[d];
                    if (reduced > PRICE_TOLERANCE && !generated.get(r)) {
                        found = insert(best, bestValue, found, r, reduced);
                    }
                    if (net > cheapest) {
                        value[worth] = net;
                        room[worth] = upper(d, r);
                        worth++;
                    }
                }
                for (int i = 0; i < found; i++) {
                    entering.add(best[i]);
                }
                bound += rowBound(d, value, room, worth);
            }
            return bound;
        }

        /** The restricted program's solution as a plan of the whole model. */
        private FootprintModel.Solution read() {
            double[] x = new double[data.routeCount()];
            boolean[] used = new boolean[x.length];
            boolean[] plantOpen = new boolean[plants];
            boolean[] running = new boolean[lines];
            for (int i = 0; i < columns.size(); i++) {
                double value = columns.get(i).solutionValue();
                if (value > 1e-6) {
                    int r = columnRoute.get(i);
                    x[r] = value;
                    used[r] = true;
                    plantOpen[data.routePlant[r]] = true;
                    running[data.routeLine[r]] = true;
                }
            }
            for (int p = 0; p < plants; p++) {
                MPVariable o = open[p];
                plantOpen[p] |= fixed != null ? fixed.open()[p] : o == null || o.solutionValue() > 1e-9;
            }
            for (int l = 0; l < lines; l++) {
                MPVariable z = lineOn[l];
                if (fixed != null) {
                    running[l] |= fixed.lineOn()[l];
                } else if (z != null) {
                    running[l] |= z.solutionValue() > 1e-9;
                } else {
                    running[l] |= plantOpen[data.linePlant[l]];
                }
                // A running line needs its plant open; relaxed z > 0 implies o > 0 already.
                plantOpen[data.linePlant[l]] |= running[l];
            }
            double[] s = new double[data.channelPartner.length];
            for (int d = 0; d < rows; d++) {
                if (balance[d] == null) {
                    continue;
                }
                double sold = 0;
                for (int r = data.routeStart[d]; r < data.routeStart[d + 1]; r++) {
                    sold += x[r];
                }
                splitSales(d, sold, s);
            }
            FootprintModel.Solution unpriced =
                    new FootprintModel.Solution(x, s, new FootprintModel.Decisions(plantOpen, running, used), 0);
            double profit = new PlanDecoder(data).breakdown(unpriced).profit();
            return new FootprintModel.Solution(x, s, unpriced.decisions(), profit);
        }

        /** Sells {@code sold} vehicles of row d through its cheapest channels first. */
        private void splitSales(int d, double sold, double[] s) {
            double demand = data.demands.get(d).unitsPerYear();
            Integer[] channels = new Integer[data.channelStart[d + 1] - data.channelStart[d]];
            for (int i = 0; i < channels.length; i++) {
                channels[i] = data.channelStart[d] + i;
            }
            Arrays.sort(channels, (a, b) -> Double.compare(data.channelCommission[a], data.channelCommission[b]));
            double left = sold;
            for (int c : channels) {
                double units = Math.min(left, data.channelShare[c] * demand);
                s[c] = units;
                left -= units;
            }
        }
    }

    /**
     * The most row d can add to the Lagrangian: sell through its tranches, cheapest first, from routes
     * worth {@code value} per vehicle (net of plant and line prices) with room {@code room}, best first.
     * Keeping the row's own constraints in the Lagrangian makes the bound independent of its balance
     * dual, and at most its reach counts. Reorders the first {@code count} entries.
     */
    private double rowBound(int d, double[] value, double[] room, int count) {
        double total = 0;
        int j = trancheStart[d];
        int end = trancheStart[d + 1];
        double trancheLeft = j < end ? trancheCapacity[j] : 0;
        // Picks the best route left each time: the reach is usually full after one or two.
        for (int taken = 0; taken < count && j < end; taken++) {
            int pick = taken;
            for (int i = taken + 1; i < count; i++) {
                if (value[i] > value[pick]) {
                    pick = i;
                }
            }
            double v = value[pick];
            double left = room[pick];
            value[pick] = value[taken];
            room[pick] = room[taken];
            while (left > 0 && j < end && v > trancheCommission[j]) {
                double units = Math.min(left, trancheLeft);
                total += units * (v - trancheCommission[j]);
                left -= units;
                trancheLeft -= units;
                if (trancheLeft <= 0) {
                    j++;
                    trancheLeft = j < end ? trancheCapacity[j] : 0;
                }
            }
            if (j < end && v <= trancheCommission[j]) {
                break;
            }
        }
        return total;
    }

    private double cheapestCommission(int d) {
        return trancheCommission[trancheStart[d]];
    }

    /** Inserts r with value v into the descending top list; returns its new length. */
    private static int insert(int[] best, double[] bestValue, int found, int r, double value) {
        int at = found;
        while (at > 0 && bestValue[at - 1] < value) {
            at--;
        }
        if (at >= best.length) {
            return found;
        }
        int length = Math.min(found + 1, best.length);
        for (int i = length - 1; i > at; i--) {
            best[i] = best[i - 1];
            bestValue[i] = bestValue[i - 1];
        }
        best[at] = r;
        bestValue[at] = value;
        return length;
    }
}
