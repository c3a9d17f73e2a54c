package org.allianceplanner.engine.footprint;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.allianceplanner.engine.solver.Cancellation;
import org.allianceplanner.engine.solver.Elapsed;
import org.allianceplanner.engine.solver.MipSolve;
import org.allianceplanner.engine.solver.MipSolver;
import org.allianceplanner.engine.solver.OrTools;
import org.allianceplanner.model.footprint.FootprintPlan;
import org.allianceplanner.model.plan.SolveReport;
import org.allianceplanner.model.plant.LineStatus;
import org.jspecify.annotations.Nullable;

/**
 * Translates one coalition's footprint into a mixed-integer program, solves it and hands the solution
 * to {@link PlanDecoder}. With {@link RoutePricing} (large models) the only classes of the lever that
 * touch OR-Tools.
 *
 * <h2>The model</h2>
 *
 * Indices: demand rows d = (model m, market k) of the members' models; routes r = (d, plant p) where p
 * is a member's plant with a line l(r) of m's platform and a freight lane to k; channels c = (d,
 * member q) where q's dealers cover k with share σ_c and commission κ_c per vehicle (0 for the
 * owner's own dealers). All money is in the base currency per year.
 *
 * <pre>
 * maximize   Σ_r (price_d − tariff_r − conversion_r − freight_r)·x_r − Σ_c κ_c·s_c
 *            − Σ_p (fixed_p·o_p + closure_p·(1 − o_p)) − Σ_l (fixed_l + installation_l)·z_l
 * subject to Σ_{r of p} x_r ≤ capacity_p·o_p                       plant capacity
 *            Σ_{r on l} x_r ≤ capacity_l·z_l                       line capacity
 *            z_l ≤ o_p(l)                                          a line runs only in an open plant
 *            Σ_{r of d} x_r = Σ_{c of d} s_c,  s_c ≤ σ_c·D_d       sales go through dealers that reach
 *            Σ_{r of d} x_r ≤ D_d  (= D_d when all demand must be served)
 *            Σ_p capacity_p·o_p ≥ Σ_d D_d   when all demand must be served (d that can be sold): the sum
 *                                            of the plant rows, kept as a row for the solver's cover cuts
 *            x_r ≤ min(D_d, capacity)·z_l(r)  (or ·o_p when the line is free)   linking, tightens the LP
 *            single sourcing: x_r ≤ D_d·y_r (= when all demand must be served), Σ_{r of d} y_r ≤ 1,
 *            y_r ≤ z_l(r)
 *            x, s ≥ 0;  o_p ∈ {0,1} if the plant may close, else 1;
 *            z_l ∈ {0,1}, except an existing line without fixed cost, which is simply available
 * </pre>
 *
 * With one channel, s is not a variable: the reach bound goes on Σ x and the commission on x.
 * Installation is the annualized retooling cost of a possible line; closure the annualized closure
 * cost.
 */
final class FootprintModel {
    private final FootprintData data;
    private final FootprintOptions options;

    FootprintModel(FootprintData data, FootprintOptions options) {
        this.data = data;
        this.options = options;
    }

    /** The binary decisions of a plan, enough to fix the integer part of the model. */
    record Decisions(boolean[] open, boolean[] lineOn, boolean[] routeUsed) {}

    /** A solution of the model: flows on routes, sales on channels, the binary decisions. */
    record Solution(double[] x, double[] s, Decisions decisions, double objective) {}

    /** What one solve returned: the report and, when a plan was found, the solution. */
    record Outcome(SolveReport report, @Nullable Solution solution) {}

    /** Shadow prices of capacities in the LP with decisions fixed. */
    record Duals(double[] plantCapacity, double[] lineCapacity, Solution solution) {}

    /** Solves the MIP, with {@code hint} (a feasible solution) as warm start where the solver takes one. */
    Outcome solveMip(@Nullable Solution hint) {
        return solveMip(hint, null);
    }

    /**
     * Solves the MIP restricted to the routes in {@code routes} (all routes when null). A restricted
     * MIP's plans are plans of the whole model, but its bound is not a bound of the whole model.
     */
    Outcome solveMip(@Nullable Solution hint, @Nullable BitSet routes) {
        MPSolver solver = MipSolve.create(
                options.solver(), options.timeLimitSeconds(), options.relativeGap(), options.seed(), subMips());
        try {
            Built built = new Built(solver, null, false, routes);
            // Only SCIP takes the hint: HiGHS 1.12 behind OR-Tools 9.15 crashes the JVM on one. The
            // members' plans still guard every solver, as the caller keeps them when they are better.
            if (hint != null && options.solver() == MipSolver.SCIP) {
                built.hint(solver, hint);
            }
            SolveReport report = MipSolve.solve(
                    solver, options.solver(), options.timeLimitSeconds(), options.relativeGap(), "the footprint model");
            return new Outcome(report, report.hasPlan() ? built.read(report.objective()) : null);
        } finally {
            solver.delete();
        }
    }

    /**
     * With continuous flows, the only binaries open plants and lines, and HiGHS's sub-MIP heuristics
     * cost more than they find: without them the coalitions of the benchmark solve about twice as
     * fast to the same optima. With single sourcing every route is a binary and they find the plans.
     */
    private MipSolve.SubMipHeuristics subMips() {
        return options.singleSourcing() ? MipSolve.SubMipHeuristics.ON : MipSolve.SubMipHeuristics.OFF;
    }

    /** An LP-rounded plan and the LP bound that measures it. */
    record Rounded(Solution solution, double bound, double seconds) {}

    /**
     * Solves the linear relaxation (a valid upper bound on the optimum), keeps every plant and line
     * the relaxation uses, and solves the linear program of the flows for those decisions: a feasible
     * plan whose gap to the bound is proven. For large models, where fixed costs are small against
     * contribution, this alone often proves a gap below the requested one.
     */
    Rounded solveRounded() {
        OrTools.load();
        long start = System.nanoTime();
        MPSolver solver = largeLinearProgramSolver();
        Decisions decisions;
        double bound;
        try {
            // The relaxation leaves out the linking rows x ≤ D·z: at scale they double the rows and
            // slow the LP far more than they tighten a bound whose fixed costs are small.
            Built built = new Built(solver, null, true, null);
            MPSolver.ResultStatus status;
            try {
                status = Cancellation.solving(solver::interruptSolve, solver::solve);
            } catch (IllegalArgumentException unknownStatus) {
                throw new IllegalStateException("The linear relaxation of the footprint model did not finish"
                        + " within the time limit of " + options.timeLimitSeconds() + " s. Maybe give it more time"
                        + " (a longer time limit).");
            }
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                throw new IllegalStateException("The linear relaxation of the footprint model ended " + status
                        + "; this is a bug: please report it with the scenario.");
            }
            bound = solver.objective().value();
            Solution relaxedSolution = built.read(bound);
            boolean[] open = new boolean[data.plants.size()];
            boolean[] lineOn = new boolean[data.lines.size()];
            for (int p = 0; p < open.length; p++) {
                open[p] = built.open[p] == null || built.open[p].solutionValue() > 1e-9;
            }
            for (int l = 0; l < lineOn.length; l++) {
                lineOn[l] = built.lineOn[l] == null ? open[data.linePlant[l]] : built.lineOn[l].solutionValue() > 1e-9;
            }
            for (int r = 0; r < data.routeCount(); r++) {
                if (relaxedSolution.x()[r] > 0) {
                    lineOn[data.routeLine[r]] = true;
                    open[data.routePlant[r]] = true;
                }
            }
            boolean[] routeUsed = new boolean[data.routeCount()];
            for (int d = 0; d < data.demands.size(); d++) {
                int best = -1;
                for (int r = data.routeStart[d]; r < data.routeStart[d + 1]; r++) {
                    if (best < 0 || relaxedSolution.x()[r] > relaxedSolution.x()[best]) {
                        best = r;
                    }
                }
                if (best >= 0) {
                    routeUsed[best] = true;
                }
            }
            decisions = new Decisions(open, lineOn, routeUsed);
        } finally {
            solver.delete();
        }
        Solution rounded = solveFlows(decisions);
        return new Rounded(rounded, bound, Elapsed.secondsSince(start));
    }

    /**
     * HiGHS's dual simplex for the large linear programs, much faster there than GLOP. Its objective
     * is sound, but OR-Tools 9.15 reports wrong dual values for it, so shadow prices come from GLOP.
     */
    private MPSolver largeLinearProgramSolver() {
        MPSolver solver = MPSolver.createSolver("HIGHS");
        solver.setSolverSpecificParametersAsString("output_flag=false");
        solver.setTimeLimit(Math.max(1L, Math.round(options.timeLimitSeconds() * 1000)));
        return solver;
    }

    /** The best flows for fixed decisions, without shadow prices. */
    private Solution solveFlows(Decisions decisions) {
        MPSolver solver = largeLinearProgramSolver();
        try {
            Built built = build(solver, decisions);
            MPSolver.ResultStatus status = Cancellation.solving(solver::interruptSolve, solver::solve);
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                throw new IllegalStateException("The linear program of the rounded plan's flows ended " + status
                        + "; this is a bug or the time limit: please report it with the scenario.");
            }
            return built.read(solver.objective().value());
        } finally {
            solver.delete();
        }
    }

    /**
     * Solves the linear program left when the plan's decisions are fixed: the best flows for those
     * decisions, and the shadow price of every plant and line capacity; null when {@code deadlineNanos}
     * (a {@link System#nanoTime} value) comes first.
     */
    @Nullable
    Duals solveFixed(Decisions decisions, long deadlineNanos) {
        if (System.nanoTime() >= deadlineNanos) {
            return null;
        }
        OrTools.load();
        MPSolver solver = MPSolver.createSolver("GLOP");
        try {
            Built built = build(solver, decisions);
            MPSolver.ResultStatus status =
                    solveBefore(solver, deadlineNanos, "The linear program with the plan's decisions fixed");
            if (status == null) {
                return null;
            }
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                throw new IllegalStateException("The linear program with the plan's decisions fixed ended " + status
                        + ", though the plan itself is feasible: this is a bug; please report it with the scenario.");
            }
            double[] plantDuals = new double[data.plants.size()];
            for (int p = 0; p < plantDuals.length; p++) {
                plantDuals[p] = Math.abs(built.plantRows[p].dualValue());
            }
            double[] lineDuals = new double[data.lines.size()];
            for (int l = 0; l < lineDuals.length; l++) {
                lineDuals[l] = Math.abs(built.lineRows[l].dualValue());
            }
            return new Duals(
                    plantDuals, lineDuals, built.read(solver.objective().value()));
        } finally {
            solver.delete();
        }
    }

    /** How close to its deadline a solve that ended without an optimum counts as stopped by it. */
    private static final long TIME_LIMIT_SLACK_NANOS = 50_000_000L;

    /**
     * Solves {@code solver} with its time limit set to {@code deadlineNanos} (a {@link System#nanoTime}
     * value): the status, or null when the deadline stopped it. A status the Java enum cannot name is
     * how OR-Tools 9.15 reports some time limits; far from the deadline it is a bug, reported as such
     * with {@code what} the solve was.
     */
    static MPSolver.@Nullable ResultStatus solveBefore(MPSolver solver, long deadlineNanos, String what) {
        solver.setTimeLimit(Math.max(1L, (deadlineNanos - System.nanoTime()) / 1_000_000));
        MPSolver.ResultStatus status;
        try {
            status = Cancellation.solving(solver::interruptSolve, solver::solve);
        } catch (IllegalArgumentException unknownStatus) {
            if (System.nanoTime() >= deadlineNanos - TIME_LIMIT_SLACK_NANOS) {
                return null;
            }
            throw new IllegalStateException(what + " ended with a status OR-Tools cannot name ("
                    + unknownStatus.getMessage() + "); this is a bug: please report it with the scenario.");
        }
        if (status != MPSolver.ResultStatus.OPTIMAL && System.nanoTime() >= deadlineNanos - TIME_LIMIT_SLACK_NANOS) {
            return null;
        }
        return status;
    }

    /** The model's variables and rows in one solver, built with all binaries free or fixed. */
    private final class Built {
        final MPVariable[] x;
        final @Nullable MPVariable[] s;
        final @Nullable MPVariable[] open;
        final @Nullable MPVariable[] lineOn;
        final @Nullable MPVariable[] routeUsed;
        final MPConstraint[] plantRows;
        final MPConstraint[] lineRows;
        final @Nullable Decisions fixed;
        final boolean relaxed;
        /** The routes that get a variable; all when null. */
        final @Nullable BitSet routesWithVariables;

        Built(MPSolver solver, @Nullable Decisions fixed, boolean relaxed, @Nullable BitSet routesWithVariables) {
            this.fixed = fixed;
            this.routesWithVariables = routesWithVariables;
            this.relaxed = relaxed;
            int plants = data.plants.size();
            int lines = data.lines.size();
            int routes = data.routeCount();
            MPObjective objective = solver.objective();
            objective.setMaximization();
            double offset = 0;

            open = new MPVariable[plants];
            for (int p = 0; p < plants; p++) {
                boolean isOpen = fixed == null || fixed.open()[p];
                if (fixed == null && data.plants.get(p).closureAllowed()) {
                    open[p] = binary(solver, "o" + p);
                    objective.setCoefficient(open[p], data.plantClosureAnnual[p] - data.plantFixed[p]);
                    offset -= data.plantClosureAnnual[p];
                } else {
                    offset -= isOpen ? data.plantFixed[p] : data.plantClosureAnnual[p];
                }
            }
            lineOn = new MPVariable[lines];
            for (int l = 0; l < lines; l++) {
                double cost = data.lineFixed[l] + data.lineInstallationAnnual[l];
                boolean free = cost == 0 && data.lineInstallationAnnual[l] == 0 && isExisting(l);
                if (fixed != null) {
                    offset -= fixed.lineOn()[l] ? cost : 0;
                } else if (!free) {
                    lineOn[l] = binary(solver, "z" + l);
                    objective.setCoefficient(lineOn[l], -cost);
                    MPVariable plantOpen = open[data.linePlant[l]];
                    if (plantOpen != null) {
                        MPConstraint inOpenPlant = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
                        inOpenPlant.setCoefficient(lineOn[l], 1);
                        inOpenPlant.setCoefficient(plantOpen, -1);
                    }
                }
            }
            objective.setOffset(offset);

            x = new MPVariable[routes];
            s = new MPVariable[data.channelPartner.length];
            routeUsed = new MPVariable[routes];
            plantRows = new MPConstraint[plants];
            lineRows = new MPConstraint[lines];
            for (int p = 0; p < plants; p++) {
                double capacity = data.plants.get(p).capacityUnitsPerYear();
                if (open[p] != null) {
                    plantRows[p] = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "plant" + p);
                    plantRows[p].setCoefficient(open[p], -capacity);
                } else {
                    boolean isOpen = fixed == null || fixed.open()[p];
                    plantRows[p] = solver.makeConstraint(Double.NEGATIVE_INFINITY, isOpen ? capacity : 0, "plant" + p);
                }
            }
            for (int l = 0; l < lines; l++) {
                double capacity = data.lines.get(l).capacityUnitsPerYear();
                if (lineOn[l] != null) {
                    lineRows[l] = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "line" + l);
                    lineRows[l].setCoefficient(lineOn[l], -capacity);
                } else {
                    boolean running = fixed == null || fixed.lineOn()[l];
                    lineRows[l] = solver.makeConstraint(Double.NEGATIVE_INFINITY, running ? capacity : 0, "line" + l);
                }
            }

            double demandWithRows = 0;
            for (int d = 0; d < data.demands.size(); d++) {
                demandWithRows += addDemandRow(solver, objective, d);
            }
            if (options.serveAllDemand() && fixed == null) {
                addCapacityCover(solver, demandWithRows);
            }
        }

        /**
         * When all demand must be served, the plants left open must together hold it: Σ_p capacity_p·o_p
         * ≥ Σ_d D_d over the demand rows that can be sold (plants that may not close count as open). The
         * row is the sum of the plant capacity rows, so it leaves the relaxation and the plans as they
         * are; but as a row of its own it is a knapsack over plant openings, from which the solver can
         * derive cover cuts (so many plants at least must open). Figures in docs/BENCHMARKS.md
         * (Holmberg).
         */
        private void addCapacityCover(MPSolver solver, double demand) {
            double alwaysOpenCapacity = 0;
            for (int p = 0; p < open.length; p++) {
                if (open[p] == null) {
                    alwaysOpenCapacity += data.plants.get(p).capacityUnitsPerYear();
                }
            }
            MPConstraint cover =
                    solver.makeConstraint(demand - alwaysOpenCapacity, Double.POSITIVE_INFINITY, "capacityCover");
            for (int p = 0; p < open.length; p++) {
                if (open[p] != null) {
                    cover.setCoefficient(open[p], data.plants.get(p).capacityUnitsPerYear());
                }
            }
        }

        private MPVariable binary(MPSolver solver, String name) {
            return relaxed ? solver.makeNumVar(0, 1, name) : solver.makeBoolVar(name);
        }

        private boolean isExisting(int l) {
            return data.lines.get(l).status() == LineStatus.EXISTING;
        }

        /**
         * Adds demand row {@code d}'s variables and rows; returns its demand when it got them (it can be
         * sold), else 0.
         */
        private double addDemandRow(MPSolver solver, MPObjective objective, int d) {
            double demand = data.demands.get(d).unitsPerYear();
            int firstChannel = data.channelStart[d];
            int channels = data.channelStart[d + 1] - firstChannel;
            int firstRoute = data.routeStart[d];
            int lastRoute = data.routeStart[d + 1];
            if (channels == 0 || firstRoute == lastRoute) {
                // Nothing can be sold: no variable; a must-serve row is caught by the diagnosis before.
                return 0;
            }
            double singleChannelCommission = channels == 1 ? data.channelCommission[firstChannel] : 0;
            double reach = channels == 1 ? data.channelShare[firstChannel] * demand : demand;
            MPConstraint served = solver.makeConstraint(options.serveAllDemand() ? demand : 0, Math.min(demand, reach));
            MPConstraint balance = channels > 1 ? solver.makeConstraint(0, 0) : null;
            MPConstraint oneSource = options.singleSourcing() && fixed == null
                    ? solver.makeConstraint(Double.NEGATIVE_INFINITY, 1)
                    : null;
            for (int r = firstRoute; r < lastRoute; r++) {
                if (routesWithVariables != null && !routesWithVariables.get(r)) {
                    continue;
                }
                int p = data.routePlant[r];
                int l = data.routeLine[r];
                double upper = demand;
                if (fixed != null) {
                    boolean usable =
                            fixed.open()[p] && fixed.lineOn()[l] && (!options.singleSourcing() || fixed.routeUsed()[r]);
                    upper = usable ? demand : 0;
                }
                x[r] = solver.makeNumVar(0, upper, "");
                objective.setCoefficient(x[r], data.routeMargin(d, r) - singleChannelCommission);
                served.setCoefficient(x[r], 1);
                if (balance != null) {
                    balance.setCoefficient(x[r], 1);
                }
                plantRows[p].setCoefficient(x[r], 1);
                lineRows[l].setCoefficient(x[r], 1);
                if (fixed != null) {
                    continue;
                }
                MPVariable gate = lineOn[l] != null ? lineOn[l] : open[p];
                double linkCapacity = Math.min(
                        demand,
                        Math.min(
                                data.lines.get(l).capacityUnitsPerYear(),
                                data.plants.get(p).capacityUnitsPerYear()));
                if (oneSource != null) {
                    routeUsed[r] = binary(solver, "");
                    oneSource.setCoefficient(routeUsed[r], 1);
                    // When the whole demand must be served from one plant, the route chosen carries all
                    // of it: x = D·y holds in every plan, and as an equality it lets presolve replace
                    // the flow by the binary, so capacities become knapsack rows over route choices.
                    MPConstraint link = options.serveAllDemand()
                            ? solver.makeConstraint(0, 0)
                            : solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
                    link.setCoefficient(x[r], 1);
                    link.setCoefficient(routeUsed[r], options.serveAllDemand() ? -demand : -linkCapacity);
                    if (gate != null) {
                        MPConstraint gated = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
                        gated.setCoefficient(routeUsed[r], 1);
                        gated.setCoefficient(gate, -1);
                    }
                } else if (gate != null && !relaxed) {
                    MPConstraint link = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
                    link.setCoefficient(x[r], 1);
                    link.setCoefficient(gate, -linkCapacity);
                }
            }
            if (balance != null) {
                for (int c = firstChannel; c < firstChannel + channels; c++) {
                    s[c] = solver.makeNumVar(0, data.channelShare[c] * demand, "");
                    objective.setCoefficient(s[c], -data.channelCommission[c]);
                    balance.setCoefficient(s[c], -1);
                }
            }
            return demand;
        }

        void hint(MPSolver solver, Solution solution) {
            List<MPVariable> variables = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            for (int r = 0; r < x.length; r++) {
                if (x[r] != null) {
                    variables.add(x[r]);
                    values.add(solution.x()[r]);
                }
                if (routeUsed[r] != null) {
                    variables.add(routeUsed[r]);
                    values.add(solution.decisions().routeUsed()[r] ? 1.0 : 0.0);
                }
            }
            for (int c = 0; c < s.length; c++) {
                if (s[c] != null) {
                    variables.add(s[c]);
                    values.add(solution.s()[c]);
                }
            }
            for (int p = 0; p < open.length; p++) {
                if (open[p] != null) {
                    variables.add(open[p]);
                    values.add(solution.decisions().open()[p] ? 1.0 : 0.0);
                }
            }
            for (int l = 0; l < lineOn.length; l++) {
                if (lineOn[l] != null) {
                    variables.add(lineOn[l]);
                    values.add(solution.decisions().lineOn()[l] ? 1.0 : 0.0);
                }
            }
            solver.setHint(
                    variables.toArray(MPVariable[]::new),
                    values.stream().mapToDouble(Double::doubleValue).toArray());
        }

        Solution read(double objectiveValue) {
            double[] flows = new double[x.length];
            boolean[] used = new boolean[x.length];
            for (int r = 0; r < x.length; r++) {
                flows[r] = x[r] == null ? 0 : clean(x[r].solutionValue());
                used[r] = flows[r] > 0;
            }
            double[] sales = new double[s.length];
            for (int d = 0; d < data.demands.size(); d++) {
                int first = data.channelStart[d];
                int last = data.channelStart[d + 1];
                if (last - first == 1) {
                    double total = 0;
                    for (int r = data.routeStart[d]; r < data.routeStart[d + 1]; r++) {
                        total += flows[r];
                    }
                    sales[first] = total;
                } else {
                    for (int c = first; c < last; c++) {
                        sales[c] = s[c] == null ? 0 : clean(s[c].solutionValue());
                    }
                }
            }
            boolean[] plantOpen = new boolean[open.length];
            for (int p = 0; p < open.length; p++) {
                plantOpen[p] = open[p] != null ? open[p].solutionValue() > 0.5 : fixed == null || fixed.open()[p];
            }
            boolean[] running = new boolean[lineOn.length];
            for (int l = 0; l < lineOn.length; l++) {
                if (lineOn[l] != null) {
                    running[l] = lineOn[l].solutionValue() > 0.5;
                } else if (fixed != null) {
                    running[l] = fixed.lineOn()[l];
                } else {
                    running[l] = plantOpen[data.linePlant[l]];
                }
            }
            return new Solution(flows, sales, new Decisions(plantOpen, running, used), objectiveValue);
        }
    }

    private Built build(MPSolver solver, @Nullable Decisions fixed) {
        return new Built(solver, fixed, false, null);
    }

    /** Flows below a millionth of a vehicle are solver noise. */
    private static double clean(double value) {
        return Math.abs(value) < 1e-6 ? 0 : value;
    }

    /** The solution that puts the members' standalone plans side by side, feasible by construction. */
    Solution union(List<FootprintPlan> memberPlans) {
        return new PlanUnion(data).solution(memberPlans);
    }
}
