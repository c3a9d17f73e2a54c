package org.allianceplanner.engine.sourcing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.allianceplanner.engine.solver.Elapsed;
import org.allianceplanner.engine.solver.PlanningException;
import org.allianceplanner.model.plan.SolveReport;
import org.allianceplanner.model.plan.SolveStatus;
import org.allianceplanner.model.scenario.Scenario;
import org.allianceplanner.model.sourcing.plan.CoalitionSourcing;
import org.allianceplanner.model.sourcing.plan.PartNeed;
import org.allianceplanner.model.sourcing.plan.PartnerProcurement;
import org.allianceplanner.model.sourcing.plan.SourcingPlan;
import org.jspecify.annotations.Nullable;

/**
 * The sourcing lever (DESIGN.md §2.2): buys the parts a coalition's plants need — from
 * {@link PartNeeds}, i.e. after the footprint lever, on its volumes — at the lowest yearly cost of
 * purchases at all-units tier prices, import tariffs, inbound freight and annualized commonization
 * engineering, within supplier capacities and dual-sourcing rules.
 *
 * <p>{@link #compare} prices the same needs twice: each member buying on its own, and the coalition
 * pooling its volume (a supplier's tier is reached by all members' volume) and its engineering (paid
 * once). The pooled solve starts from the separate plan, which is feasible for it and costs no more at
 * pooled tiers, and keeps it when the solver finds nothing cheaper: pooling never costs more.
 *
 * <p>Every solve first drafts a plan without branching ({@link SourcingGreedy}, polished by the fixed-tier
 * linear program), hands it to the MIP as a hint (solvers that take one) and keeps it when the MIP finds
 * nothing cheaper; the draft's time counts against the time limit.
 */
public final class SourcingLever {
    private SourcingLever() {}

    /**
     * The cheapest purchase of {@code needs} for the coalition {@code partnerIds}, pooled or each member
     * on its own.
     *
     * @throws PlanningException when some need cannot be bought; the message names the rules in conflict
     * @throws IllegalArgumentException when a need belongs to a plant outside the coalition
     */
    public static SourcingPlan plan(
            Scenario scenario,
            Collection<String> partnerIds,
            List<PartNeed> needs,
            boolean pooled,
            SourcingOptions options) {
        return solve(new SourcingData(scenario, sorted(partnerIds), needs, pooled), options, null)
                .plan();
    }

    /**
     * The coalition's needs bought separately and pooled, and what pooling saves each member.
     *
     * @throws PlanningException when some need cannot be bought; the message names the rules in conflict
     */
    public static CoalitionSourcing compare(
            Scenario scenario, Collection<String> partnerIds, List<PartNeed> needs, SourcingOptions options) {
        List<String> members = sorted(partnerIds);
        Solved separate = solve(new SourcingData(scenario, members, needs, false), options, null);
        SourcingPlan pooled = members.size() == 1
                ? separate.plan()
                : solve(new SourcingData(scenario, members, needs, true), options, separate.solution())
                        .plan();
        List<PartnerProcurement> byPartner = new ArrayList<>();
        for (String member : members) {
            byPartner.add(new PartnerProcurement(member, separate.plan().costOf(member), pooled.costOf(member)));
        }
        return new CoalitionSourcing(members, separate.plan(), pooled, byPartner);
    }

    private record Solved(SourcingPlan plan, SourcingModel.@Nullable Solution solution) {}

    private static Solved solve(
            SourcingData data, SourcingOptions options, SourcingModel.@Nullable Solution separatePlan) {
        List<String> conflicts = SourcingInfeasibility.conflicts(data);
        if (!conflicts.isEmpty()) {
            throw new PlanningException(noPlan(data), conflicts);
        }
        long start = System.nanoTime();
        SourcingModel model = new SourcingModel(data, options);
        SourcingDecoder decoder = new SourcingDecoder(data, model);
        SourcingGreedy.Draft draft = new SourcingGreedy(data, model).build();
        SourcingModel.Solution greedy = model.polish(draft.solution());
        if (greedy == null && draft.complete()) {
            greedy = draft.solution();
        }
        SourcingModel.Solution hint = cheaper(decoder, greedy, separatePlan);
        SourcingModel.OptionRule[] free = rules(data, -1, SourcingModel.OptionRule.FREE);
        double mipSeconds = Math.max(1, options.timeLimitSeconds() - Elapsed.secondsSince(start));
        SourcingModel.Outcome outcome = model.solve(hint, free, mipSeconds);
        SolveReport report = outcome.report();
        if (report.status() == SolveStatus.INFEASIBLE && greedy == null && separatePlan == null) {
            throw new PlanningException(
                    noPlan(data),
                    List.of("Every need has a supplier on its own, but not all at once: the suppliers that"
                            + " several variants or plants share lack the capacity for all of them, or a"
                            + " dual-sourcing rule spreads volume onto suppliers that are full."));
        }
        SourcingModel.Solution chosen = cheaper(decoder, outcome.solution(), greedy);
        if (chosen == null && separatePlan == null) {
            // The MIP ran out of time without a plan: price the needs by the tiers their volumes reach.
            chosen = model.repricingHeuristic();
        }
        boolean warmStarted = false;
        if (separatePlan != null && cheaper(decoder, chosen, separatePlan) == separatePlan) {
            chosen = separatePlan;
            warmStarted = true;
        }
        if (chosen == null) {
            return new Solved(decoder.empty(withSeconds(report, Elapsed.secondsSince(start))), null);
        }
        if (!report.hasPlan()) {
            // Only our own heuristics found a plan: feasible, with no bound we can vouch for.
            report = new SolveReport(SolveStatus.FEASIBLE, Double.NaN, Double.NaN, Double.NaN, report.seconds());
        }
        report = withSeconds(report, Elapsed.secondsSince(start));
        double[] capacitySavings = null;
        double[] commonizationSavings = new double[data.options.size()];
        Arrays.fill(commonizationSavings, Double.NaN);
        if (options.explain()) {
            capacitySavings = model.capacitySavings(chosen);
            for (int o = 0; o < data.options.size(); o++) {
                commonizationSavings[o] = savingOf(data, model, decoder, chosen, o);
            }
        }
        return new Solved(decoder.decode(chosen, report, capacitySavings, commonizationSavings, warmStarted), chosen);
    }

    /**
     * What option {@code o} saves per year in purchases, tariffs and freight (its own engineering left
     * out): the plan against the best plan with the opposite choice — the option forbidden when the plan
     * adopts it, its engineering sunk when it does not. NaN when that solve finds no plan.
     */
    private static double savingOf(
            SourcingData data, SourcingModel model, SourcingDecoder decoder, SourcingModel.Solution plan, int o) {
        boolean adopted = false;
        for (boolean adopts : plan.adopted()[o]) {
            adopted |= adopts;
        }
        SourcingModel.OptionRule rule = adopted ? SourcingModel.OptionRule.FORBIDDEN : SourcingModel.OptionRule.SUNK;
        SourcingModel.Outcome other = model.solve(rules(data, o, rule));
        if (other.solution() == null) {
            return Double.NaN;
        }
        double withPlan = decoder.cost(plan).total() - decoder.engineeringOf(plan, o);
        double withOther = decoder.cost(other.solution()).total() - decoder.engineeringOf(other.solution(), o);
        return adopted ? withOther - withPlan : withPlan - withOther;
    }

    /** The cheaper of two plans at the tiers their volumes reach; the first on a tie; null when both are. */
    private static SourcingModel.@Nullable Solution cheaper(
            SourcingDecoder decoder, SourcingModel.@Nullable Solution first, SourcingModel.@Nullable Solution second) {
        if (first == null) {
            return second;
        }
        if (second == null) {
            return first;
        }
        return decoder.cost(second).total() < decoder.cost(first).total() ? second : first;
    }

    private static SolveReport withSeconds(SolveReport report, double seconds) {
        return new SolveReport(report.status(), report.objective(), report.bound(), report.relativeGap(), seconds);
    }

    private static SourcingModel.OptionRule[] rules(SourcingData data, int option, SourcingModel.OptionRule rule) {
        SourcingModel.OptionRule[] rules = new SourcingModel.OptionRule[data.options.size()];
        Arrays.fill(rules, SourcingModel.OptionRule.FREE);
        if (option >= 0) {
            rules[option] = rule;
        }
        return rules;
    }

    private static String noPlan(SourcingData data) {
        return "No sourcing plan of " + String.join("+", data.members) + " covers all part needs:";
    }

    private static List<String> sorted(Collection<String> partnerIds) {
        if (partnerIds.isEmpty()) {
            throw new IllegalArgumentException("A coalition needs at least one partner.");
        }
        return partnerIds.stream().distinct().sorted().toList();
    }
}
