package org.allianceplanner.engine.sourcing;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.allianceplanner.engine.solver.Cancellation;
import org.allianceplanner.engine.solver.MipSolve;
import org.allianceplanner.engine.solver.MipSolver;
import org.allianceplanner.engine.solver.OrTools;
import org.allianceplanner.model.plan.SolveReport;
import org.jspecify.annotations.Nullable;

/**
 * Translates {@link SourcingData} into a mixed-integer program, solves it and reads the solution back
 * as plain arrays. The only class of the lever that touches OR-Tools.
 *
 * <p>Variables: {@code x[a,t]} units bought over arc a at tier t; {@code z[k,g,t]} (binary, t ≥ 1) group
 * g buys offer k at tier t; {@code u[o,b]} (binary) buyer b adopts option o; {@code w[o,g]} (binary)
 * group g pays option o's engineering; {@code q[n,i]} the part of need n bought as its i-th slot.
 *
 * <p>Minimize Σ unitCost(a,t)·x[a,t] + Σ annualCost(o)·w[o,g] subject to: each slot's purchases equal
 * the needs assigned to it; a need is bought as its own variant unless its buyer adopts one option from
 * it (at most one, and not one whose target the buyer replaces in turn); a group's volume with an offer
 * at tier t ≥ 1 lies between the tier's minimum and the supplier's capacity when z = 1 and is zero
 * otherwise, one tier at most; suppliers' capacities; and under a dual-sourcing rule no supplier gets
 * more than its share of a group's volume of a variant. Tier 0 starts at zero volume and needs no
 * binary: as tiers fall in price, an optimum never buys one offer at two tiers.
 */
final class SourcingModel {
    /** What a counterfactual does with one option: leave it to the model, forbid it, or sink its cost. */
    enum OptionRule {
        FREE,
        FORBIDDEN,
        /** The engineering is paid in every group that could use it; buyers adopt if it pays. */
        SUNK
    }

    /** A plan as plain numbers: units per arc (over tiers), and which buyer adopts which option. */
    record Solution(double[] arcUnits, boolean[][] adopted) {}

    /** What one solve returned: the report and, when a plan was found, the solution. */
    record Outcome(SolveReport report, @Nullable Solution solution) {}

    private final SourcingData data;
    private final SourcingOptions options;
    private final int[][] arcsOfOffer;
    private final double[] slotPotential;
    /** Per variant × groups + group, the most the group could buy of the variant. */
    private final double[] groupVariantPotential;
    /** Per option and buyer, whether the buyer has a need the option applies to. */
    private final boolean[][] applies;

    SourcingModel(SourcingData data, SourcingOptions options) {
        this.data = data;
        this.options = options;
        List<List<Integer>> byOffer = new ArrayList<>();
        for (int k = 0; k < data.offerCount(); k++) {
            byOffer.add(new ArrayList<>());
        }
        for (int a = 0; a < data.arcCount(); a++) {
            byOffer.get(data.arcOffer[a]).add(a);
        }
        arcsOfOffer = new int[byOffer.size()][];
        for (int k = 0; k < byOffer.size(); k++) {
            arcsOfOffer[k] = byOffer.get(k).stream().mapToInt(Integer::intValue).toArray();
        }
        slotPotential = new double[data.slotPlant.length];
        applies = new boolean[data.options.size()][data.members.size()];
        groupVariantPotential = new double[data.variants.size() * data.groupCount];
        for (int n = 0; n < data.needUnits.length; n++) {
            for (int slot : data.needSlots[n]) {
                slotPotential[slot] += data.needUnits[n];
            }
            for (int o : data.needOptions[n]) {
                applies[o][data.needBuyer[n]] = true;
            }
        }
        for (int slot = 0; slot < slotPotential.length; slot++) {
            int group = data.groupOfBuyer[data.plantBuyer[data.slotPlant[slot]]];
            groupVariantPotential[data.slotVariant[slot] * data.groupCount + group] += slotPotential[slot];
        }
    }

    boolean applies(int option, int buyer) {
        return applies[option][buyer];
    }

    /** Solves the MIP within the options' time limit, without a hint. */
    Outcome solve(OptionRule[] rules) {
        return solve(null, rules, options.timeLimitSeconds());
    }

    /**
     * Solves the MIP within {@code timeLimitSeconds}; {@code hint} (a feasible solution) warm-starts
     * solvers that take one.
     */
    Outcome solve(@Nullable Solution hint, OptionRule[] rules, double timeLimitSeconds) {
        MPSolver solver = MipSolve.create(options.solver(), timeLimitSeconds, options.relativeGap(), options.seed());
        try {
            Built built = new Built(solver, rules, null);
            if (hint != null && options.solver() == MipSolver.SCIP) {
                built.hint(solver, hint);
            }
            SolveReport report = MipSolve.solve(
                    solver, options.solver(), timeLimitSeconds, options.relativeGap(), "the sourcing model");
            return new Outcome(report, report.hasPlan() ? built.read() : null);
        } finally {
            solver.delete();
        }
    }

    /**
     * The cost saved per year by one more unit of each supplier's capacity: the dual values of the
     * capacity rows of the linear program with the solution's tiers and adoptions fixed (GLOP).
     */
    double[] capacitySavings(Solution solution) {
        OrTools.load();
        MPSolver solver = MPSolver.createSolver("GLOP");
        try {
            OptionRule[] free = new OptionRule[data.options.size()];
            Arrays.fill(free, OptionRule.FREE);
            Built built = new Built(solver, free, solution);
            MPSolver.ResultStatus status = Cancellation.solving(solver::interruptSolve, solver::solve);
            double[] savings = new double[data.suppliers.size()];
            if (status != MPSolver.ResultStatus.OPTIMAL) {
                Arrays.fill(savings, Double.NaN);
                return savings;
            }
            for (int s = 0; s < savings.length; s++) {
                MPConstraint row = built.capacity[s];
                savings[s] = row == null ? 0 : Math.max(0, -row.dualValue());
            }
            return savings;
        } finally {
            solver.delete();
        }
    }

    /**
     * A plan without branching, for when the MIP finds none in its time: {@link #polish} from the first
     * tiers and no commonization. Feasible whenever the needs can be bought at all; no bound comes
     * with it.
     */
    @Nullable
    Solution repricingHeuristic() {
        return polish(new Solution(new double[data.arcCount()], new boolean[data.options.size()][data.members.size()]));
    }

    /**
     * Improves a plan without branching: re-solves the flows' linear program (GLOP) with its adoptions
     * and the tiers its volumes reach fixed, then again with the tiers the new volumes reach, until they
     * stop rising (at most five rounds). Each round costs no more than the last at the tiers reached,
     * since the last plan is feasible for it. The start need not buy every need (its tiers and
     * adoptions are what count); {@code null} when the first round finds no plan.
     */
    @Nullable
    Solution polish(Solution start) {
        Solution current = start;
        Solution best = null;
        for (int round = 0; round < 5; round++) {
            Solution flows = solveFixed(current);
            if (flows == null) {
                break;
            }
            best = flows;
            if (Arrays.equals(tiersOf(flows), tiersOf(current))) {
                break;
            }
            current = flows;
        }
        return best;
    }

    private @Nullable Solution solveFixed(Solution fixed) {
        OrTools.load();
        MPSolver solver = MPSolver.createSolver("GLOP");
        try {
            OptionRule[] free = new OptionRule[data.options.size()];
            Arrays.fill(free, OptionRule.FREE);
            Built built = new Built(solver, free, fixed);
            return Cancellation.solving(solver::interruptSolve, solver::solve) == MPSolver.ResultStatus.OPTIMAL
                    ? built.read()
                    : null;
        } finally {
            solver.delete();
        }
    }

    /** The model in one solver; with {@code fixed} every discrete choice is fixed to that solution's. */
    private final class Built {
        final MPVariable[][] x;
        final Map<Integer, MPVariable[]> z = new HashMap<>();
        final MPVariable[][] u;
        final MPVariable[][] w;
        final MPVariable[][] q;
        final MPConstraint[] capacity;

        Built(MPSolver solver, OptionRule[] rules, @Nullable Solution fixed) {
            int[] fixedTier = fixed == null ? null : tiersOf(fixed);
            MPObjective objective = solver.objective();
            objective.setMinimization();

            x = new MPVariable[data.arcCount()][];
            for (int a = 0; a < x.length; a++) {
                int offer = data.arcOffer[a];
                int tiers = data.offerTierMin[offer].length;
                double upper = Math.min(
                        data.suppliers.get(data.offerSupplier[offer]).capacityUnitsPerYear(),
                        slotPotential[data.arcSlot[a]]);
                x[a] = new MPVariable[tiers];
                for (int t = 0; t < tiers; t++) {
                    boolean allowed = fixedTier == null || fixedTier[offer * data.groupCount + data.groupOfArc(a)] == t;
                    x[a][t] = solver.makeNumVar(0, allowed ? upper : 0, "");
                    objective.setCoefficient(x[a][t], data.unitCost(a, t));
                }
            }

            int optionCount = data.options.size();
            int buyers = data.members.size();
            u = new MPVariable[optionCount][buyers];
            w = new MPVariable[optionCount][data.groupCount];
            for (int o = 0; o < optionCount; o++) {
                for (int b = 0; b < buyers; b++) {
                    if (!applies[o][b]) {
                        continue;
                    }
                    int g = data.groupOfBuyer[b];
                    double lower = 0;
                    double upper = rules[o] == OptionRule.FORBIDDEN ? 0 : 1;
                    if (fixed != null) {
                        lower = upper = fixed.adopted()[o][b] ? 1 : 0;
                    }
                    u[o][b] = decision(solver, fixed, lower, upper);
                    if (w[o][g] == null) {
                        double paid = rules[o] == OptionRule.SUNK ? 1 : 0;
                        if (fixed != null) {
                            paid = Math.max(paid, anyAdopts(fixed, o, g) ? 1 : 0);
                            w[o][g] = decision(solver, fixed, paid, paid);
                        } else {
                            w[o][g] = decision(solver, null, paid, rules[o] == OptionRule.FORBIDDEN ? 0 : 1);
                        }
                        objective.setCoefficient(w[o][g], data.optionAnnualCost[o]);
                    }
                    MPConstraint pays = solver.makeConstraint(0, Double.POSITIVE_INFINITY, "");
                    pays.setCoefficient(w[o][g], 1);
                    pays.setCoefficient(u[o][b], -1);
                }
            }
            addAdoptionRules(solver);

            q = new MPVariable[data.needUnits.length][];
            double[] fixedNeedOfSlot = new double[data.slotPlant.length];
            List<List<MPVariable>> shareOfSlot = new ArrayList<>();
            for (int slot = 0; slot < data.slotPlant.length; slot++) {
                shareOfSlot.add(new ArrayList<>());
            }
            for (int n = 0; n < q.length; n++) {
                int[] slots = data.needSlots[n];
                double units = data.needUnits[n];
                if (slots.length == 1) {
                    fixedNeedOfSlot[slots[0]] += units;
                    continue;
                }
                q[n] = new MPVariable[slots.length];
                MPConstraint whole = solver.makeConstraint(units, units, "");
                // Own variant: q[n,0] ≤ units · (1 − Σ u[o,b]) over the options from it.
                MPConstraint own = solver.makeConstraint(Double.NEGATIVE_INFINITY, units, "");
                for (int i = 0; i < slots.length; i++) {
                    q[n][i] = solver.makeNumVar(0, units, "");
                    whole.setCoefficient(q[n][i], 1);
                    shareOfSlot.get(slots[i]).add(q[n][i]);
                }
                own.setCoefficient(q[n][0], 1);
                for (int i = 1; i < slots.length; i++) {
                    MPVariable adopt = u[data.needOptions[n][i - 1]][data.needBuyer[n]];
                    own.setCoefficient(adopt, units);
                    MPConstraint swapped = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "");
                    swapped.setCoefficient(q[n][i], 1);
                    swapped.setCoefficient(adopt, -units);
                }
            }

            List<List<Integer>> arcsOfSlot = new ArrayList<>();
            for (int slot = 0; slot < data.slotPlant.length; slot++) {
                arcsOfSlot.add(new ArrayList<>());
            }
            for (int a = 0; a < data.arcCount(); a++) {
                arcsOfSlot.get(data.arcSlot[a]).add(a);
            }
            for (int slot = 0; slot < data.slotPlant.length; slot++) {
                MPConstraint balance = solver.makeConstraint(fixedNeedOfSlot[slot], fixedNeedOfSlot[slot], "");
                for (int a : arcsOfSlot.get(slot)) {
                    for (MPVariable units : x[a]) {
                        balance.setCoefficient(units, 1);
                    }
                }
                for (MPVariable share : shareOfSlot.get(slot)) {
                    balance.setCoefficient(share, -1);
                }
            }

            addTiers(solver, fixedTier, fixed);
            capacity = new MPConstraint[data.suppliers.size()];
            for (int a = 0; a < data.arcCount(); a++) {
                int s = data.offerSupplier[data.arcOffer[a]];
                if (capacity[s] == null) {
                    capacity[s] = solver.makeConstraint(
                            Double.NEGATIVE_INFINITY, data.suppliers.get(s).capacityUnitsPerYear(), "");
                }
                for (MPVariable units : x[a]) {
                    capacity[s].setCoefficient(units, 1);
                }
            }
            addDualSourcing(solver);
        }

        private MPVariable decision(MPSolver solver, @Nullable Solution fixed, double lower, double upper) {
            return fixed == null ? solver.makeIntVar(lower, upper, "") : solver.makeNumVar(lower, upper, "");
        }

        /** At most one option per replaced variant and buyer; no buyer both replaces a variant and moves to it. */
        private void addAdoptionRules(MPSolver solver) {
            int optionCount = data.options.size();
            for (int b = 0; b < data.members.size(); b++) {
                Map<Integer, MPConstraint> onePerVariant = new HashMap<>();
                for (int o = 0; o < optionCount; o++) {
                    if (u[o][b] == null) {
                        continue;
                    }
                    onePerVariant
                            .computeIfAbsent(data.optionFrom[o], v -> solver.makeConstraint(0, 1, ""))
                            .setCoefficient(u[o][b], 1);
                    for (int next = 0; next < optionCount; next++) {
                        if (u[next][b] != null && data.optionFrom[next] == data.optionTo[o]) {
                            MPConstraint noChain = solver.makeConstraint(0, 1, "");
                            noChain.setCoefficient(u[o][b], 1);
                            noChain.setCoefficient(u[next][b], 1);
                        }
                    }
                }
            }
        }

        private void addTiers(MPSolver solver, int @Nullable [] fixedTier, @Nullable Solution fixed) {
            for (int k = 0; k < data.offerCount(); k++) {
                double[] min = data.offerTierMin[k];
                if (min.length == 1 || fixed != null) {
                    continue;
                }
                double capacityOfSupplier =
                        data.suppliers.get(data.offerSupplier[k]).capacityUnitsPerYear();
                Map<Integer, List<Integer>> arcsByGroup = new HashMap<>();
                for (int a : arcsOfOffer[k]) {
                    arcsByGroup
                            .computeIfAbsent(data.groupOfArc(a), g -> new ArrayList<>())
                            .add(a);
                }
                for (Map.Entry<Integer, List<Integer>> group : arcsByGroup.entrySet()) {
                    double potential = 0;
                    for (int a : group.getValue()) {
                        potential += slotPotential[data.arcSlot[a]];
                    }
                    double upper = Math.min(capacityOfSupplier, potential);
                    // A dual-sourcing rule caps the supplier's share of the group's volume of the variant.
                    int variant = data.offerVariant[k];
                    upper = Math.min(
                            upper,
                            data.maxSupplierShareOfVariant[variant]
                                    * groupVariantPotential[variant * data.groupCount + group.getKey()]);
                    // The tolerance of tierReached: a share of a sum may round just below a tier's minimum.
                    upper = upper * (1 + 1e-9) + 1e-6;
                    MPVariable[] tierChoice = new MPVariable[min.length];
                    MPConstraint oneTier = solver.makeConstraint(0, 1, "");
                    for (int t = 1; t < min.length; t++) {
                        if (min[t] > upper) {
                            // Out of reach: the tier's minimum exceeds what the group could ever buy.
                            for (int a : group.getValue()) {
                                x[a][t].setUb(0);
                            }
                            continue;
                        }
                        tierChoice[t] = solver.makeIntVar(0, 1, "");
                        oneTier.setCoefficient(tierChoice[t], 1);
                        MPConstraint atLeast = solver.makeConstraint(0, Double.POSITIVE_INFINITY, "");
                        MPConstraint atMost = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "");
                        for (int a : group.getValue()) {
                            atLeast.setCoefficient(x[a][t], 1);
                            atMost.setCoefficient(x[a][t], 1);
                        }
                        atLeast.setCoefficient(tierChoice[t], -min[t]);
                        atMost.setCoefficient(tierChoice[t], -upper);
                    }
                    z.put(k * data.groupCount + group.getKey(), tierChoice);
                }
            }
            if (fixed != null && fixedTier != null) {
                // With the tiers fixed, a group's volume must still reach the tier it pays.
                for (int k = 0; k < data.offerCount(); k++) {
                    Map<Integer, MPConstraint> reach = new HashMap<>();
                    for (int a : arcsOfOffer[k]) {
                        int g = data.groupOfArc(a);
                        int t = fixedTier[k * data.groupCount + g];
                        if (t == 0) {
                            continue;
                        }
                        double min = data.offerTierMin[k][t];
                        reach.computeIfAbsent(g, group -> solver.makeConstraint(min, Double.POSITIVE_INFINITY, ""))
                                .setCoefficient(x[a][t], 1);
                    }
                }
            }
        }

        private void addDualSourcing(MPSolver solver) {
            // Arcs by (variant, group), then by supplier within.
            Map<Long, Map<Integer, List<Integer>>> arcs = new HashMap<>();
            for (int a = 0; a < data.arcCount(); a++) {
                int variant = data.slotVariant[data.arcSlot[a]];
                if (data.maxSupplierShareOfVariant[variant] >= 1) {
                    continue;
                }
                long key = (long) variant * data.groupCount + data.groupOfArc(a);
                arcs.computeIfAbsent(key, k -> new HashMap<>())
                        .computeIfAbsent(data.offerSupplier[data.arcOffer[a]], s -> new ArrayList<>())
                        .add(a);
            }
            arcs.forEach((key, bySupplier) -> {
                double share = data.maxSupplierShareOfVariant[(int) (key / data.groupCount)];
                for (List<Integer> own : bySupplier.values()) {
                    MPConstraint limit = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0, "");
                    for (List<Integer> any : bySupplier.values()) {
                        for (int a : any) {
                            for (MPVariable units : x[a]) {
                                limit.setCoefficient(units, -share);
                            }
                        }
                    }
                    for (int a : own) {
                        for (MPVariable units : x[a]) {
                            limit.setCoefficient(units, 1 - share);
                        }
                    }
                }
            });
        }

        void hint(MPSolver solver, Solution hint) {
            int[] tiers = tiersOf(hint);
            List<MPVariable> variables = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            for (int a = 0; a < x.length; a++) {
                int chosen = tiers[data.arcOffer[a] * data.groupCount + data.groupOfArc(a)];
                for (int t = 0; t < x[a].length; t++) {
                    variables.add(x[a][t]);
                    values.add(t == chosen ? hint.arcUnits()[a] : 0.0);
                }
            }
            z.forEach((key, choice) -> {
                for (int t = 1; t < choice.length; t++) {
                    if (choice[t] != null) {
                        variables.add(choice[t]);
                        values.add(tiers[key] == t ? 1.0 : 0.0);
                    }
                }
            });
            for (int o = 0; o < u.length; o++) {
                for (int b = 0; b < u[o].length; b++) {
                    if (u[o][b] != null) {
                        variables.add(u[o][b]);
                        values.add(hint.adopted()[o][b] ? 1.0 : 0.0);
                    }
                }
                for (int g = 0; g < w[o].length; g++) {
                    if (w[o][g] != null) {
                        variables.add(w[o][g]);
                        values.add(anyAdopts(hint, o, g) ? 1.0 : 0.0);
                    }
                }
            }
            solver.setHint(
                    variables.toArray(MPVariable[]::new),
                    values.stream().mapToDouble(Double::doubleValue).toArray());
        }

        Solution read() {
            double[] units = new double[x.length];
            for (int a = 0; a < x.length; a++) {
                double total = 0;
                for (MPVariable variable : x[a]) {
                    total += variable.solutionValue();
                }
                units[a] = Math.abs(total) < 1e-6 ? 0 : total;
            }
            boolean[][] adopted = new boolean[u.length][data.members.size()];
            for (int o = 0; o < u.length; o++) {
                for (int b = 0; b < u[o].length; b++) {
                    adopted[o][b] = u[o][b] != null && u[o][b].solutionValue() > 0.5;
                }
            }
            return new Solution(units, adopted);
        }
    }

    /** The tier each (offer, group) reaches with a solution's volumes, indexed offer × groups + group. */
    int[] tiersOf(Solution solution) {
        double[] volume = new double[data.offerCount() * data.groupCount];
        for (int a = 0; a < data.arcCount(); a++) {
            volume[data.arcOffer[a] * data.groupCount + data.groupOfArc(a)] += solution.arcUnits()[a];
        }
        int[] tiers = new int[volume.length];
        for (int key = 0; key < volume.length; key++) {
            tiers[key] = data.tierReached(key / data.groupCount, volume[key]);
        }
        return tiers;
    }

    private boolean anyAdopts(Solution solution, int option, int group) {
        for (int b = 0; b < data.members.size(); b++) {
            if (data.groupOfBuyer[b] == group && solution.adopted()[option][b]) {
                return true;
            }
        }
        return false;
    }
}
